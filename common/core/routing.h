#pragma once

#include "ticket.h"

#include <QDateTime>

#include <vector>

namespace novbe {

// Call order of protocol.md section 6, for one counter at time `now`.
struct CallKey
{
    bool appointmentDue = false; // checked-in appointment whose slot has started
    qint64 slotStartMs = 0;      // ms since the epoch
    double score = 0.0;          // (waitMin + boostMin) x weight
    qint64 queuedAtMs = 0;       // ms since the epoch
    qint64 orderKey = 0;
};

CallKey callKey(const Ticket &ticket, int boostMin, double weight, const QDateTime &now);
// True when `a` is called before `b`.
bool callsBefore(const CallKey &a, const CallKey &b);

// Other call orders, for comparing policies (the simulator). The engine's
// callNext always uses WeightedWait (the rule above); every policy calls a
// started appointment slot first and weighs services by the counter's weight.
//   WeightedWait:   (waitMin + boostMin) x weight (the engine's rule)
//   Fifo:           waitMin x weight, categories ignored
//   StrictPriority: any ticket of a category with boostMin > 0 before every
//                   other, FIFO within each class
//   Interleave:     two priority tickets, then one standard (when both wait)
enum class RoutingPolicy {
    WeightedWait,
    Fifo,
    StrictPriority,
    Interleave,
};

struct RoutingCandidate
{
    const Ticket *ticket = nullptr;
    int boostMin = 0;
    double weight = 1.0;
};

// The ticket `policy` calls next among `candidates` (waiting tickets of the
// counter's services), or null. `priorityRun` counts the counter's priority
// calls in a row (Interleave reads and updates it; others reset it).
const Ticket *pickNext(RoutingPolicy policy, const std::vector<RoutingCandidate> &candidates,
                       const QDateTime &now, int *priorityRun);

} // namespace novbe
