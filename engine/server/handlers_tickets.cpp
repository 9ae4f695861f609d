// ticket.issue, ticket.get, ticket.cancel, feedback.submit.

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"

#include "protocol/params.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int MAX_COMMENT = 2000;

Reply issue(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    IssueRequest request;
    request.service = r.requiredString(u"service"_s);
    request.category = r.optionalString(u"category"_s, u"standard"_s, false);
    request.lang = r.optionalString(u"lang"_s, u"az"_s, false, 16);
    request.requestId = r.optionalString(u"requestId"_s, {}, true, 128);
    request.device = s.device();
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.flow().issue(request, ctx.now()),
                           [&ctx](const Outcome &o) { return ticketResult(ctx, o.ticket, true); });
}

Reply get(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const QString id = r.requiredString(u"id"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::deferred([&ctx, id]() -> Answer {
        std::optional<Ticket> ticket;
        if (const Ticket *live = ctx.core.query().ticket(id))
            ticket = *live;
        else
            ticket = ctx.store.findTicket(id);
        if (!ticket)
            return makeWireError(wirecode::NOT_FOUND, u"unknown ticket"_s);
        return ticketResult(ctx, ticket);
    });
}

Reply cancel(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const QString id = r.requiredString(u"id"_s);
    const QString reason = r.optionalString(u"reason"_s, {}, true, MAX_COMMENT);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.flow().cancel(id, reason, ctx.now()),
                           [&ctx](const Outcome &o) { return ticketResult(ctx, o.ticket); });
}

Reply feedback(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const QString ticket = r.requiredString(u"ticket"_s);
    const int rating = int(r.requiredInt(u"rating"_s, 1, 5));
    const QString comment = r.optionalString(u"comment"_s, {}, true, MAX_COMMENT);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.reports().submitFeedback(ticket, rating, comment, ctx.now()),
                           [](const Outcome &) { return QJsonObject{}; });
}

} // namespace

void registerTicketMethods(Dispatcher &d)
{
    const RoleMask kiosk = roleBit(Role::Kiosk);
    const RoleMask manager = roleBit(Role::Manager);
    const RoleMask counter = roleBit(Role::Counter);
    d.add(u"ticket.issue"_s, kiosk | manager, issue);
    d.add(u"ticket.get"_s, ALL_ROLES & ~roleBit(Role::Display), get);
    d.add(u"ticket.cancel"_s, manager | counter, cancel);
    d.add(u"feedback.submit"_s, counter | kiosk, feedback);
}

} // namespace novbe
