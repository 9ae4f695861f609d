// counter.* methods: the session's bound counter acts.

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"
#include "sessionregistry.h"

#include "protocol/params.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

using CounterOp = std::function<Result<Outcome>(EngineContext &, const QString &counter,
                                                const QJsonObject &params)>;

WireError noCounter()
{
    return makeWireError(wirecode::NO_COUNTER, u"open a counter first (counter.open)"_s);
}

Reply open(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const QString id = r.requiredString(u"counter"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    if (s.operatorId().isEmpty())
        return Reply::fail(
            makeWireError(wirecode::NO_OPERATOR, u"log in first (operator.login)"_s));
    if (!ctx.config().counter(id))
        return Reply::fail(makeWireError(wirecode::NOT_FOUND, u"unknown counter"_s));
    if (ctx.sessions.counterSession(id, &s))
        return Reply::fail(
            makeWireError(wirecode::COUNTER_BUSY, u"the counter is opened by another session"_s));
    if (s.counter() == id)
        return Reply::value(counterResult(ctx, ctx.core.query().counter(id)));
    if (!s.counter().isEmpty())
        return Reply::fail(
            makeWireError(wirecode::INVALID_STATE,
                          u"this session already has counter %1 open"_s.arg(s.counter())));
    Result<Outcome> result = ctx.core.desks().openCounter(id, s.operatorId(), s.operatorName(),
                                                          ctx.now());
    if (result.ok())
        s.setCounter(id);
    return Reply::fromCore(
        std::move(result), [&ctx](const Outcome &o) { return counterResult(ctx, o.counter); },
        [p = QPointer<Session>(&s)] {
            if (p)
                p->setCounter({});
        });
}

Reply close(EngineContext &ctx, Session &s, const QJsonObject &)
{
    const QString id = s.counter();
    if (id.isEmpty())
        return Reply::fail(noCounter());
    Result<Outcome> result = ctx.core.desks().closeCounter(id, ctx.now());
    if (result.ok())
        s.setCounter({});
    return Reply::fromCore(
        std::move(result), [&ctx](const Outcome &o) { return counterResult(ctx, o.counter); },
        [p = QPointer<Session>(&s), id] {
            if (p)
                p->setCounter(id);
        });
}

// A counter method answering {ticket}.
Handler ticketOp(CounterOp op)
{
    return [op](EngineContext &ctx, Session &s, const QJsonObject &params) {
        if (s.counter().isEmpty())
            return Reply::fail(noCounter());
        return Reply::fromCore(op(ctx, s.counter(), params),
                               [&ctx](const Outcome &o) { return ticketResult(ctx, o.ticket); });
    };
}

// A counter method answering {counter}.
Handler counterOp(CounterOp op)
{
    return [op](EngineContext &ctx, Session &s, const QJsonObject &params) {
        if (s.counter().isEmpty())
            return Reply::fail(noCounter());
        return Reply::fromCore(op(ctx, s.counter(), params),
                               [&ctx](const Outcome &o) { return counterResult(ctx, o.counter); });
    };
}

Result<Outcome> invalidParams(const ParamReader &r)
{
    const WireError e = *r.error();
    return makeError(ErrorCode::InvalidParams, e.message, e.data.toVariantMap());
}

void registerCalls(Dispatcher &d, RoleMask who)
{
    d.add(u"counter.callNext"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &) {
              return ctx.core.desks().callNext(c, ctx.now());
          }));
    d.add(u"counter.callTicket"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &p) {
              ParamReader r(p);
              const QString id = r.requiredString(u"id"_s);
              return r.ok() ? ctx.core.desks().callTicket(c, id, ctx.now()) : invalidParams(r);
          }));
    d.add(u"counter.recall"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &) {
              return ctx.core.desks().recall(c, ctx.now());
          }));
    d.add(u"counter.start"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &) {
              return ctx.core.desks().start(c, ctx.now());
          }));
    d.add(u"counter.noShow"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &) {
              return ctx.core.desks().noShow(c, ctx.now());
          }));
    d.add(u"counter.park"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &) {
              return ctx.core.desks().park(c, ctx.now());
          }));
}

void registerEnds(Dispatcher &d, RoleMask who)
{
    d.add(u"counter.finish"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &p) {
              ParamReader r(p);
              const QString outcome = r.optionalString(u"outcome"_s, {}, true, 64);
              return r.ok() ? ctx.core.desks().finish(c, outcome, ctx.now()) : invalidParams(r);
          }));
    d.add(u"counter.transfer"_s, who,
          ticketOp([](EngineContext &ctx, const QString &c, const QJsonObject &p) {
              ParamReader r(p);
              const QString service = r.requiredString(u"service"_s);
              const QString placement = r.requiredEnum(u"placement"_s,
                                                       {u"first"_s, u"last"_s, u"original"_s});
              const QString note = r.optionalString(u"note"_s, {}, true, 500);
              if (!r.ok())
                  return invalidParams(r);
              return ctx.core.desks().transfer(c, service, *placementFromName(placement), note,
                                               ctx.now());
          }));
    d.add(u"counter.pause"_s, who,
          counterOp([](EngineContext &ctx, const QString &c, const QJsonObject &p) {
              ParamReader r(p);
              const QString reason = r.requiredString(u"reason"_s, 200);
              return r.ok() ? ctx.core.desks().pause(c, reason, ctx.now()) : invalidParams(r);
          }));
    d.add(u"counter.resume"_s, who,
          counterOp([](EngineContext &ctx, const QString &c, const QJsonObject &) {
              return ctx.core.desks().resume(c, ctx.now());
          }));
}

} // namespace

void registerCounterMethods(Dispatcher &d)
{
    const RoleMask counter = roleBit(Role::Counter);
    d.add(u"counter.open"_s, counter, open);
    d.add(u"counter.close"_s, counter, close);
    registerCalls(d, counter);
    registerEnds(d, counter);
}

} // namespace novbe
