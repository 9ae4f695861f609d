// Steps shared by the engine's operations.
#include "queueenginestate.h"
#include "routing.h"
#include "waitestimate.h"

namespace novbe::engineops {

DomainEvent &ticketEvent(QueueEngineState &s, Outcome &out, EventType type, const Ticket &t,
                         const QDateTime &now)
{
    s.putTicket(t);
    out.tickets.push_back(t);
    DomainEvent &e = s.addEvent(out, type, now);
    e.ticket = t;
    return e;
}

void counterChanged(QueueEngineState &s, Outcome &out, const CounterStatus &c,
                    const QDateTime &now)
{
    CounterStatus changed = c;
    changed.changedAt = now;
    s.putCounter(changed);
    out.counters.push_back(changed);
    DomainEvent &e = s.addEvent(out, EventType::CounterChanged, now);
    e.counter = changed;
    if (!changed.ticket.isEmpty())
        e.ticket = s.tickets.value(changed.ticket);
}

void queueChanged(QueueEngineState &s, Outcome &out, const QString &service,
                  const QDateTime &now)
{
    DomainEvent &e = s.addEvent(out, EventType::QueueChanged, now);
    e.service = service;
    e.waitingCount = int(s.waitingBy.value(service).size());
    e.etaSec = etaForNewTicket(s, service, now);
}

Result<CounterStatus> findCounter(const QueueEngineState &s, const QString &id)
{
    if (!s.config.counter(id) || !s.counters.contains(id))
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown counter \"%1\"").arg(id));
    return s.counters.value(id);
}

Result<Ticket> currentTicket(const QueueEngineState &s, const CounterStatus &c,
                             std::initializer_list<TicketState> states, const QString &action)
{
    if (c.ticket.isEmpty())
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("cannot %1: counter %2 has no current ticket").arg(action, c.id));
    const Ticket t = s.tickets.value(c.ticket);
    for (TicketState st : states) {
        if (t.state == st)
            return t;
    }
    return makeError(ErrorCode::InvalidState,
                     QStringLiteral("cannot %1 ticket %2 while it is %3")
                         .arg(action, t.number, ticketStateName(t.state)));
}

int etaForNewTicket(const QueueEngineState &s, const QString &service, const QDateTime &)
{
    int free = 0;
    const int open = s.openCounters(service, &free);
    const int ahead = int(s.waitingBy.value(service).size());
    return estimateWaitSec(ahead, free, open, s.average(service));
}

WaitEstimate estimateFor(const QueueEngineState &s, const Ticket &t, const QDateTime &now)
{
    const Category *cat = s.config.category(t.category);
    const CallKey mine = callKey(t, cat ? cat->boostMin : 0, 1.0, now);
    int ahead = 0;
    for (const QString &id : s.waitingBy.value(t.service)) {
        if (id == t.id)
            continue;
        const Ticket other = s.tickets.value(id);
        const Category *oc = s.config.category(other.category);
        if (callsBefore(callKey(other, oc ? oc->boostMin : 0, 1.0, now), mine))
            ++ahead;
    }
    int free = 0;
    const int open = s.openCounters(t.service, &free);
    return WaitEstimate{ahead, estimateWaitSec(ahead, free, open, s.average(t.service))};
}

} // namespace novbe::engineops
