// Steps shared by the engine's operations.
#include "queueenginestate.h"
#include "routing.h"
#include "waitestimate.h"

#include <algorithm>

namespace novbe::engineops {

namespace {

bool isDue(const TicketEntry &e, const QDateTime &now)
{
    return hasSlot(e.ticket) && e.ticket.slotStart <= now;
}

CallKey keyOf(const QueueEngineState &s, const TicketEntry &e, double weight, const QDateTime &now)
{
    const Category *c = s.index().category(e.ticket.category);
    return callKey(e.ticket, c ? c->boostMin : 0, weight, now);
}

// The waiting tickets with the same effective key as `e` (ties the float
// score may order either way), as an index range of `waiting`.
std::pair<size_t, size_t> tieRange(const std::vector<const TicketEntry *> &waiting,
                                   qint64 effectiveMs)
{
    const auto lo = std::lower_bound(
        waiting.begin(), waiting.end(), effectiveMs,
        [](const TicketEntry *a, qint64 v) { return a->effectiveMs < v; });
    const auto hi = std::upper_bound(
        lo, waiting.end(), effectiveMs,
        [](qint64 v, const TicketEntry *a) { return v < a->effectiveMs; });
    return {size_t(lo - waiting.begin()), size_t(hi - waiting.begin())};
}

// How many appointment tickets of the list are due at `now` (a prefix: sorted by slot).
size_t dueCount(const std::vector<const TicketEntry *> &appointments, const QDateTime &now)
{
    size_t n = 0;
    while (n < appointments.size() && appointments[n]->ticket.slotStart <= now)
        ++n;
    return n;
}

} // namespace

DomainEvent &ticketEvent(QueueEngineState &s, Outcome &out, EventType type, const Ticket &t,
                         const QDateTime &now)
{
    s.putTicket(t);
    DomainEvent &e = s.addEvent(out, type, now);
    e.ticket = t;
    return e;
}

void counterChanged(QueueEngineState &s, Outcome &out, const CounterStatus &c, const QDateTime &now)
{
    CounterStatus changed = c;
    changed.changedAt = now;
    s.putCounter(changed);
    DomainEvent &e = s.addEvent(out, EventType::CounterChanged, now);
    e.counter = changed;
    if (!changed.ticket.isEmpty()) {
        const Ticket *t = s.ticket(changed.ticket);
        e.ticket = t ? *t : Ticket{};
    }
}

void queueChanged(QueueEngineState &s, Outcome &out, const QString &service, const QDateTime &now)
{
    const int n = s.index().findService(service);
    DomainEvent &e = s.addEvent(out, EventType::QueueChanged, now);
    e.service = service;
    e.waitingCount = int(s.tickets().waiting(n).size());
    e.etaSec = etaForNewTicket(s, n, now);
}

Result<CounterStatus> findCounter(const QueueEngineState &s, const QString &id)
{
    const CounterStatus *c = s.counter(id);
    if (!c)
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown counter \"%1\"").arg(id));
    return *c;
}

Result<Ticket> currentTicket(const QueueEngineState &s, const CounterStatus &c,
                             std::initializer_list<TicketState> states, const QString &action)
{
    if (c.ticket.isEmpty())
        return makeError(
            ErrorCode::InvalidState,
            QStringLiteral("cannot %1: counter %2 has no current ticket").arg(action, c.id));
    const Ticket *found = s.ticket(c.ticket);
    const Ticket t = found ? *found : Ticket{};
    for (TicketState st : states) {
        if (t.state == st)
            return t;
    }
    return makeError(ErrorCode::InvalidState,
                     QStringLiteral("cannot %1 ticket %2 while it is %3")
                         .arg(action, t.number, ticketStateName(t.state)));
}

int etaForNewTicket(const QueueEngineState &s, int service, const QDateTime &now)
{
    const int ahead = int(s.tickets().waiting(service).size());
    return forecastEtaSec(s, service, nullptr, ahead, now);
}

WaitEstimate estimateFor(const QueueEngineState &s, const TicketEntry &t, const QDateTime &now)
{
    const auto &appointments = s.tickets().appointments(t.service);
    const size_t due = dueCount(appointments, now);
    size_t ahead = 0;
    if (isDue(t, now)) {
        ahead = size_t(std::lower_bound(appointments.begin(), appointments.end(), &t,
                                        [](const TicketEntry *a, const TicketEntry *b) {
                                            return slotBefore(*a, *b);
                                        })
                       - appointments.begin());
    } else {
        const auto &waiting = s.tickets().waiting(t.service);
        const auto [lo, hi] = tieRange(waiting, t.effectiveMs);
        size_t dueBefore = 0;
        for (size_t i = 0; i < due; ++i)
            dueBefore += appointments[i]->effectiveMs < t.effectiveMs ? 1 : 0;
        ahead = due + lo - dueBefore;
        const CallKey mine = keyOf(s, t, 1.0, now);
        for (size_t i = lo; i < hi; ++i) {
            const TicketEntry &other = *waiting[i];
            if (&other != &t && !isDue(other, now) && callsBefore(keyOf(s, other, 1.0, now), mine))
                ++ahead;
        }
    }
    return WaitEstimate{int(ahead), forecastEtaSec(s, t.service, &t, int(ahead), now)};
}

const TicketEntry *nextFor(const QueueEngineState &s, int counter, const QDateTime &now)
{
    const TicketEntry *due = nullptr;
    for (int service : s.index().servicesOf(counter)) {
        const auto &appointments = s.tickets().appointments(service);
        if (!appointments.empty() && isDue(*appointments.front(), now)
            && (!due || slotBefore(*appointments.front(), *due)))
            due = appointments.front();
    }
    if (due)
        return due;
    const TicketEntry *best = nullptr;
    CallKey bestKey;
    for (int service : s.index().servicesOf(counter)) {
        const auto &waiting = s.tickets().waiting(service);
        const double weight = s.index().weight(counter, service);
        for (size_t i = 0; i < waiting.size() && waiting[i]->effectiveMs == waiting[0]->effectiveMs;
             ++i) {
            const CallKey key = keyOf(s, *waiting[i], weight, now);
            if (!best || callsBefore(key, bestKey)) {
                best = waiting[i];
                bestKey = key;
            }
        }
    }
    return best;
}

std::vector<const Ticket *> callOrder(const QueueEngineState &s, int service, const QDateTime &now)
{
    const auto &appointments = s.tickets().appointments(service);
    const auto &waiting = s.tickets().waiting(service);
    std::vector<const Ticket *> out;
    out.reserve(waiting.size());
    const size_t due = dueCount(appointments, now);
    for (size_t i = 0; i < due; ++i)
        out.push_back(&appointments[i]->ticket);
    std::vector<const TicketEntry *> ties;
    for (size_t i = 0; i < waiting.size();) {
        ties.clear();
        size_t j = i;
        for (; j < waiting.size() && waiting[j]->effectiveMs == waiting[i]->effectiveMs; ++j) {
            if (!isDue(*waiting[j], now))
                ties.push_back(waiting[j]);
        }
        if (ties.size() > 1) {
            std::stable_sort(ties.begin(), ties.end(),
                             [&](const TicketEntry *a, const TicketEntry *b) {
                                 return callsBefore(keyOf(s, *a, 1.0, now), keyOf(s, *b, 1.0, now));
                             });
        }
        for (const TicketEntry *e : ties)
            out.push_back(&e->ticket);
        i = j;
    }
    return out;
}

} // namespace novbe::engineops
