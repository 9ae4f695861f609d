#pragma once

// Runs one simulated day through the real QueueEngine (common/core) on a
// virtual clock: no sleeping, no network, no copy of the rules. What the
// citizens and operators do comes from the DayProfile and a seeded Rng; what
// the centre does with it (numbers, call order, estimates, check-in rules) is
// the engine's.

#include "dayprofile.h"

#include "core/routing.h"

#include "core/operation.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace novbe::sim {

struct SimOptions
{
    RoutingPolicy policy = RoutingPolicy::WeightedWait;
    std::optional<StaffingPlan> staffing; // none: every counter works its services' hours
    bool checkInvariants = false;         // check the core's invariants after every step
    bool estimates = true;                // ask the engine for each ticket's etaSec (else 0)
    qint64 stopAtMs = 0; // > 0: stop before the first event at or after this local time
    // Every successful operation of the engine, in order (e.g. to journal the day).
    std::function<void(const Outcome &)> onOutcome;
};

// One ticket's first wait (transfers are not counted again).
struct TicketRecord
{
    int service = -1;  // index in the centre config's services
    int category = -1; // index in the centre config's categories
    bool appointment = false;
    qint64 issuedMs = 0; // local milliseconds since midnight
    int etaSec = 0;      // the engine's estimate right after issue
    int waitSec = -1;    // issue (or slot start, if later) to first call; -1: never called
};

struct CounterRecord
{
    qint64 staffedMs = 0;          // open, not on a break
    qint64 busyMs = 0;             // holding a ticket
    qint64 idleWhileWaitingMs = 0; // open, free, and a ticket it serves waits
};

struct SimResult
{
    std::vector<TicketRecord> tickets;
    std::vector<CounterRecord> counters; // config order
    // [service][category]: the most minutes a later walk-in of the same
    // service was called before a waiting walk-in of that category.
    std::vector<std::vector<double>> overtakeMin;
    int refused = 0;                        // walk-ins the engine refused (closed, limit)
    int booked = 0;                         // appointments booked
    int neverCame = 0;                      // booked, nobody came
    int refusedLate = 0;                    // came more than the allowed minutes late
    int retriedEarly = 0;                   // came too early, waited for check-in to open
    qint64 lastEventMs = 0;                 // when the day's last citizen left
    std::vector<QString> invariantFailures; // the first few, when checked
};

SimResult runDay(const CentreConfig &config, const DayProfile &profile, const SimOptions &options);
struct DayInput;
// The day made of `input` (a replayed journal) instead of the profile's
// draws; the profile gives the date, walking and no-show times.
SimResult runDayInput(const CentreConfig &config, const DayProfile &profile,
                      const SimOptions &options, DayInput input);

QString policyName(RoutingPolicy policy);
std::optional<RoutingPolicy> policyFromName(const QString &name);

} // namespace novbe::sim
