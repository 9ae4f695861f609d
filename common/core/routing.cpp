#include "routing.h"

namespace novbe {

CallKey callKey(const Ticket &ticket, int boostMin, double weight, const QDateTime &now)
{
    CallKey key;
    key.queuedAtMs = ticket.queuedAt.toMSecsSinceEpoch();
    key.orderKey = ticket.orderKey;
    if (!ticket.appointment.isEmpty() && ticket.slotStart.isValid() && ticket.slotStart <= now) {
        key.appointmentDue = true;
        key.slotStartMs = ticket.slotStart.toMSecsSinceEpoch();
        return key;
    }
    const double waitMin = double(ticket.queuedAt.msecsTo(now)) / 60000.0;
    key.score = (waitMin + boostMin) * weight;
    return key;
}

bool callsBefore(const CallKey &a, const CallKey &b)
{
    if (a.appointmentDue != b.appointmentDue)
        return a.appointmentDue;
    if (a.appointmentDue && a.slotStartMs != b.slotStartMs)
        return a.slotStartMs < b.slotStartMs;
    if (!a.appointmentDue && a.score != b.score)
        return a.score > b.score;
    if (a.queuedAtMs != b.queuedAtMs)
        return a.queuedAtMs < b.queuedAtMs;
    return a.orderKey < b.orderKey;
}

namespace {

enum class Only { All, Priority, Standard };

bool isDueAppointment(const Ticket &t, const QDateTime &now)
{
    return !t.appointment.isEmpty() && t.slotStart.isValid() && t.slotStart <= now;
}

bool admits(Only only, const RoutingCandidate &c, const QDateTime &now)
{
    if (only == Only::All || isDueAppointment(*c.ticket, now))
        return true;
    return (c.boostMin > 0) == (only == Only::Priority);
}

const RoutingCandidate *best(const std::vector<RoutingCandidate> &candidates, Only only,
                             bool boosted, const QDateTime &now)
{
    const RoutingCandidate *found = nullptr;
    CallKey foundKey;
    for (const RoutingCandidate &c : candidates) {
        if (!c.ticket || !admits(only, c, now))
            continue;
        const CallKey key = callKey(*c.ticket, boosted ? c.boostMin : 0, c.weight, now);
        if (!found || callsBefore(key, foundKey)) {
            found = &c;
            foundKey = key;
        }
    }
    return found;
}

} // namespace

const Ticket *pickNext(RoutingPolicy policy, const std::vector<RoutingCandidate> &candidates,
                       const QDateTime &now, int *priorityRun)
{
    int run = priorityRun ? *priorityRun : 0;
    const RoutingCandidate *c = nullptr;
    switch (policy) {
        case RoutingPolicy::WeightedWait: c = best(candidates, Only::All, true, now); break;
        case RoutingPolicy::Fifo: c = best(candidates, Only::All, false, now); break;
        case RoutingPolicy::StrictPriority: c = best(candidates, Only::Priority, false, now); break;
        case RoutingPolicy::Interleave:
            c = best(candidates, run < 2 ? Only::Priority : Only::Standard, false, now);
            break;
    }
    if (!c)
        c = best(candidates, Only::All, false, now);
    if (priorityRun)
        *priorityRun = c && policy == RoutingPolicy::Interleave && c->boostMin > 0 ? run + 1 : 0;
    return c ? c->ticket : nullptr;
}

} // namespace novbe
