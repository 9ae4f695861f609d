#include "handlerutil.h"

#include "logging.h"
#include "session.h"
#include "trackingtokens.h"

#include "protocol/eventwire.h"
#include "protocol/params.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

template <typename T> void moveAppend(std::vector<T> &into, std::vector<T> &from)
{
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
}

} // namespace

ViewScope scopeOf(const EngineContext &context, const Session &session)
{
    return ViewScope{session.role() == Role::Display, context.config().device(session.device()),
                     session.role() == Role::Manager};
}

void appendOutcome(Outcome &into, Outcome from)
{
    moveAppend(into.appointments, from.appointments);
    moveAppend(into.events, from.events);
    if (from.ticket)
        into.ticket = std::move(from.ticket);
    if (from.counter)
        into.counter = std::move(from.counter);
    if (from.appointment)
        into.appointment = std::move(from.appointment);
}

Outcome releaseSessionCounter(EngineContext &context, Session &session)
{
    const QString counter = session.counter();
    if (counter.isEmpty())
        return {};
    session.setCounter({});
    Result<Outcome> result = context.core.desks().releaseCounter(counter, context.now());
    if (!result.ok()) {
        qCWarning(lcServer).noquote()
            << "release of counter" << counter << "failed:" << result.error().message;
        return {};
    }
    return std::move(result).value();
}

QByteArray ticketResult(const EngineContext &context, const std::optional<Ticket> &ticket,
                        bool withTracking)
{
    JsonWriter w(1024);
    w.beginObject().key("ticket");
    if (!ticket) {
        w.null().endObject();
        return w.take();
    }
    const Ticket *live = context.core.query().ticket(ticket->id);
    const Ticket &t = live ? *live : *ticket;
    if (t.state == TicketState::Waiting && t.serviceDay == context.core.query().serviceDay()) {
        const WaitEstimate estimate = context.core.query().estimate(t.id, context.now());
        writeTicket(w, t, &estimate);
    } else {
        writeTicket(w, t);
    }
    if (withTracking && context.tracking)
        w.field("tracking", context.tracking->tokenFor(t.id));
    w.endObject();
    return w.take();
}

QByteArray counterResult(const EngineContext &context, const std::optional<CounterStatus> &counter)
{
    JsonWriter w(1024);
    w.beginObject().key("counter");
    if (!counter) {
        w.null().endObject();
        return w.take();
    }
    const std::optional<CounterStatus> live = context.core.query().counter(counter->id);
    const CounterStatus &c = live ? *live : *counter;
    writeCounter(w, c, context.core.query().index(),
                 c.ticket.isEmpty() ? nullptr : context.core.query().ticket(c.ticket), false);
    w.endObject();
    return w.take();
}

std::variant<BookRequest, WireError> readBookRequest(const QJsonObject &params)
{
    ParamReader r(params);
    BookRequest request;
    request.service = r.requiredString(u"service"_s);
    request.start = r.requiredTime(u"start"_s);
    request.lang = r.optionalString(u"lang"_s, u"az"_s, false, 16);
    ParamReader citizen(r.optionalObject(u"citizen"_s));
    request.citizenName = citizen.optionalString(u"name"_s, {}, true, 200);
    request.citizenPhone = citizen.optionalString(u"phone"_s, {}, true, 40);
    if (auto error = r.error())
        return *error;
    if (auto error = citizen.error())
        return *error;
    return request;
}

} // namespace novbe
