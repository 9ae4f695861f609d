// CounterDesks: everything a counter does.
#include "counterdesks.h"

#include "queueenginestate.h"
#include "routing.h"
#include "transitions.h"
#include "waitestimate.h"

namespace novbe {

using namespace engineops;

namespace {

QString counterLabel(const CounterStatus &c)
{
    return QStringLiteral("counter %1").arg(c.id);
}

// The counter must be open and hold no ticket to call.
Status checkCanCall(const CounterStatus &c)
{
    switch (c.state) {
        case CounterState::Idle: return okStatus();
        case CounterState::Closed:
            return makeError(ErrorCode::InvalidState,
                             counterLabel(c) + QStringLiteral(" is closed"));
        case CounterState::Paused:
            return makeError(ErrorCode::InvalidState,
                             counterLabel(c) + QStringLiteral(" is paused"));
        case CounterState::Calling:
        case CounterState::Serving: break;
    }
    return makeError(ErrorCode::InvalidState,
                     counterLabel(c) + QStringLiteral(" already has a current ticket"));
}

// Moves `t` to called at counter `c` and emits the events.
void callAt(QueueEngineState &s, Outcome &out, Ticket t, CounterStatus c, const QDateTime &now)
{
    const bool wasWaiting = t.state == TicketState::Waiting;
    t.state = TicketState::Called;
    t.calledAt = now;
    if (!t.firstCalledAt.isValid())
        t.firstCalledAt = now;
    t.counter = c.id;
    c.state = CounterState::Calling;
    c.ticket = t.id;
    c.changedAt = now;
    DomainEvent &e = ticketEvent(s, out, EventType::TicketCalled, t, now);
    e.counter = c;
    e.recall = false;
    out.ticket = t;
    if (wasWaiting)
        queueChanged(s, out, t.service, now);
    counterChanged(s, out, c, now);
    out.counter = c;
}

// A counter and its current ticket in one of `states`.
struct AtCounter
{
    CounterStatus counter;
    Ticket ticket;
};

Result<AtCounter> ticketAt(const QueueEngineState &s, const QString &counter,
                           std::initializer_list<TicketState> states, const QString &action)
{
    Result<CounterStatus> c = findCounter(s, counter);
    if (!c)
        return c.error();
    Result<Ticket> t = currentTicket(s, *c, states, action);
    if (!t)
        return t.error();
    return AtCounter{*c, *t};
}

// The counter let go of its ticket: idle, emits counter.changed.
void freeCounter(QueueEngineState &s, Outcome &out, CounterStatus c, const QDateTime &now)
{
    c.ticket.clear();
    c.state = CounterState::Idle;
    counterChanged(s, out, c, now);
    out.counter = *s.counter(c.id);
}

// Ends the counter's current ticket with `action`; the counter becomes idle.
Status endCurrent(QueueEngineState &s, Outcome &out, const QString &counter, TicketAction action,
                  EventType type, const QDateTime &now, const std::function<void(Ticket &)> &edit)
{
    Result<AtCounter> at = ticketAt(s, counter, {TicketState::Called, TicketState::Serving},
                                    ticketActionName(action));
    if (!at)
        return at.error();
    Ticket ticket = at->ticket;
    const auto next = nextState(ticket.state, action);
    if (!next)
        return makeError(
            ErrorCode::InvalidState,
            QStringLiteral("cannot %1 ticket %2 while it is %3")
                .arg(ticketActionName(action), ticket.number, ticketStateName(ticket.state)));
    ticket.state = *next;
    edit(ticket);
    ticketEvent(s, out, type, ticket, now);
    out.ticket = ticket;
    freeCounter(s, out, at->counter, now);
    return okStatus();
}

// One counter-only operation: find the counter, let `edit` change it (or
// refuse), then record it and emit counter.changed.
Result<Outcome> changeCounter(QueueEngineState &s, const QString &counter, const QDateTime &now,
                              const std::function<Status(CounterStatus &)> &edit)
{
    return guarded(s, now, [&](Outcome &out) -> Status {
        Result<CounterStatus> c = findCounter(s, counter);
        if (!c)
            return c.error();
        CounterStatus cs = *c;
        if (Status st = edit(cs); !st)
            return st;
        counterChanged(s, out, cs, now);
        out.counter = *s.counter(counter);
        return okStatus();
    });
}

} // namespace

Result<Outcome> CounterDesks::openCounter(const QString &counter, const QString &operatorId,
                                          const QString &operatorName, const QDateTime &now)
{
    return changeCounter(d, counter, now, [&](CounterStatus &cs) -> Status {
        if (!cs.operatorId.isEmpty() && cs.operatorId != operatorId)
            return makeError(ErrorCode::CounterBusy,
                             counterLabel(cs) + QStringLiteral(" is open by another operator"));
        cs.operatorId = operatorId;
        cs.operatorName = operatorName;
        if (cs.state == CounterState::Closed)
            cs.state = cs.ticket.isEmpty() ? CounterState::Idle : CounterState::Calling;
        return okStatus();
    });
}

Result<Outcome> CounterDesks::closeCounter(const QString &counter, const QDateTime &now)
{
    return changeCounter(d, counter, now, [&](CounterStatus &cs) -> Status {
        if (!cs.ticket.isEmpty())
            return makeError(ErrorCode::InvalidState,
                             counterLabel(cs) + QStringLiteral(" still has a current ticket"));
        cs.state = CounterState::Closed;
        cs.operatorId.clear();
        cs.operatorName.clear();
        cs.pauseReason.clear();
        return okStatus();
    });
}

Result<Outcome> CounterDesks::releaseCounter(const QString &counter, const QDateTime &now)
{
    return changeCounter(d, counter, now, [&](CounterStatus &cs) -> Status {
        cs.operatorId.clear();
        cs.operatorName.clear();
        if (cs.ticket.isEmpty()) {
            cs.state = CounterState::Closed;
            cs.pauseReason.clear();
        }
        return okStatus();
    });
}

Result<Outcome> CounterDesks::pause(const QString &counter, const QString &reason,
                                    const QDateTime &now)
{
    return changeCounter(d, counter, now, [&](CounterStatus &cs) -> Status {
        if (cs.state != CounterState::Idle)
            return makeError(ErrorCode::InvalidState,
                             counterLabel(cs)
                                 + QStringLiteral(" can pause only when open and free"));
        cs.state = CounterState::Paused;
        cs.pauseReason = reason;
        return okStatus();
    });
}

Result<Outcome> CounterDesks::resume(const QString &counter, const QDateTime &now)
{
    return changeCounter(d, counter, now, [&](CounterStatus &cs) -> Status {
        if (cs.state != CounterState::Paused)
            return makeError(ErrorCode::InvalidState,
                             counterLabel(cs) + QStringLiteral(" is not paused"));
        cs.state = CounterState::Idle;
        cs.pauseReason.clear();
        return okStatus();
    });
}

Result<Outcome> CounterDesks::callNext(const QString &counter, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        Result<CounterStatus> c = findCounter(d, counter);
        if (!c)
            return c.error();
        if (Status st = checkCanCall(*c); !st)
            return st;
        out.counter = *c;
        const TicketEntry *next = nextFor(d, d.index().findCounter(counter), now);
        if (next)
            callAt(d, out, next->ticket, *c, now);
        return okStatus();
    });
}

Result<Outcome> CounterDesks::callTicket(const QString &counter, const QString &ticketId,
                                         const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        Result<CounterStatus> c = findCounter(d, counter);
        if (!c)
            return c.error();
        if (Status st = checkCanCall(*c); !st)
            return st;
        const Ticket *it = d.ticket(ticketId);
        if (!it)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("unknown ticket \"%1\"").arg(ticketId));
        if (!nextState(it->state, TicketAction::Call))
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("ticket %1 is %2 and cannot be called")
                                 .arg(it->number, ticketStateName(it->state)));
        if (d.index().weight(d.index().findCounter(counter), d.index().findService(it->service))
            <= 0)
            return makeError(
                ErrorCode::InvalidState,
                QStringLiteral("%1 does not serve \"%2\"").arg(counterLabel(*c), it->service));
        callAt(d, out, *it, *c, now);
        return okStatus();
    });
}

Result<Outcome> CounterDesks::recall(const QString &counter, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        Result<AtCounter> at = ticketAt(d, counter, {TicketState::Called},
                                        QStringLiteral("recall"));
        if (!at)
            return at.error();
        Ticket ticket = at->ticket;
        if (ticket.recalls >= d.config().centre.maxRecalls)
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("ticket %1 was already recalled %2 times (the maximum)")
                                 .arg(ticket.number)
                                 .arg(ticket.recalls));
        ticket.recalls += 1;
        ticket.calledAt = now;
        DomainEvent &e = ticketEvent(d, out, EventType::TicketCalled, ticket, now);
        e.counter = at->counter;
        e.recall = true;
        out.ticket = ticket;
        out.counter = at->counter;
        return okStatus();
    });
}

Result<Outcome> CounterDesks::start(const QString &counter, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        Result<AtCounter> at = ticketAt(d, counter, {TicketState::Called}, QStringLiteral("start"));
        if (!at)
            return at.error();
        Ticket ticket = at->ticket;
        ticket.state = *nextState(ticket.state, TicketAction::Start);
        ticket.startedAt = now;
        ticketEvent(d, out, EventType::TicketServing, ticket, now);
        out.ticket = ticket;
        CounterStatus cs = at->counter;
        cs.state = CounterState::Serving;
        counterChanged(d, out, cs, now);
        out.counter = *d.counter(counter);
        return okStatus();
    });
}

Result<Outcome> CounterDesks::finish(const QString &counter, const QString &outcome,
                                     const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        const CounterStatus *c = d.counter(counter);
        const Ticket *found = c ? d.ticket(c->ticket) : nullptr;
        const Ticket cur = found ? *found : Ticket{};
        const ServiceConfig *svc = d.index().service(cur.service);
        if (!outcome.isEmpty() && svc && !svc->outcomes.isEmpty()
            && !svc->outcomes.contains(outcome))
            return makeError(ErrorCode::InvalidParams,
                             QStringLiteral("outcome \"%1\" is not offered for \"%2\"")
                                 .arg(outcome, cur.service));
        if (cur.state == TicketState::Called)
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("ticket %1 has not been started").arg(cur.number));
        return endCurrent(d, out, counter, TicketAction::Finish, EventType::TicketFinished, now,
                          [&](Ticket &t) {
                              t.endedAt = now;
                              t.outcome = outcome;
                              const double sec = double(t.startedAt.msecsTo(now)) / 1000.0;
                              const int n = d.index().findService(t.service);
                              d.setAverage(n, updateServiceAverage(d.average(n), sec));
                          });
    });
}

Result<Outcome> CounterDesks::noShow(const QString &counter, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        return endCurrent(d, out, counter, TicketAction::NoShow, EventType::TicketNoShow, now,
                          [&](Ticket &t) { t.endedAt = now; });
    });
}

Result<Outcome> CounterDesks::park(const QString &counter, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        return endCurrent(d, out, counter, TicketAction::Park, EventType::TicketParked, now,
                          [&](Ticket &t) { t.orderKey = d.lastSeq() + 1; });
    });
}

namespace {

// When the ticket's wait counts from, for a placement in `service`.
QDateTime placementTime(const QueueEngineState &s, const Ticket &t, const QString &service,
                        Placement placement, const QDateTime &now)
{
    switch (placement) {
        case Placement::Original: return t.issuedAt;
        case Placement::Last: return now;
        case Placement::First: break;
    }
    QDateTime earliest = now;
    for (const TicketEntry *e : s.tickets().waiting(s.index().findService(service)))
        earliest = std::min(earliest, e->ticket.queuedAt);
    return earliest.addMSecs(-1);
}

} // namespace

Result<Outcome> CounterDesks::transfer(const QString &counter, const QString &service,
                                       Placement placement, const QString &note,
                                       const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        if (!d.index().service(service))
            return makeError(ErrorCode::UnknownService,
                             QStringLiteral("unknown service \"%1\"").arg(service));
        Result<AtCounter> at = ticketAt(d, counter, {TicketState::Called, TicketState::Serving},
                                        QStringLiteral("transfer"));
        if (!at)
            return at.error();
        Ticket t = at->ticket;
        const QString from = t.service;
        t.state = *nextState(t.state, TicketAction::Transfer);
        t.queuedAt = placementTime(d, t, service, placement, now);
        t.service = service;
        t.counter.clear();
        t.calledAt = QDateTime();
        t.startedAt = QDateTime();
        t.recalls = 0;
        t.note = note;
        t.orderKey = placement == Placement::Original ? t.issueSeq : d.lastSeq() + 1;
        DomainEvent &e = ticketEvent(d, out, EventType::TicketTransferred, t, now);
        e.service = from;
        out.ticket = t;
        queueChanged(d, out, service, now);
        freeCounter(d, out, at->counter, now);
        return okStatus();
    });
}

} // namespace novbe
