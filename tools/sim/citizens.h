#pragma once

// Who comes on the simulated day and what they will do, drawn once from the
// profile before the day runs, so every policy and staffing plan sees the same
// citizens. Times are local milliseconds since midnight.

#include "dayprofile.h"
#include "rng.h"

#include <vector>

namespace novbe::sim {

// What happens to one citizen at the counters.
struct Plan
{
    qint64 serviceMs = 0; // at the first service
    bool noShow = false;  // has left when called
    int transferTo = -1;  // service (config index) to transfer to after the first, or -1
    qint64 secondMs = 0;  // service time there
};

struct WalkIn
{
    qint64 atMs = 0;
    int service = -1; // config index
    int category = 0; // config index
    Plan plan;
};

struct Booking
{
    int service = -1;
    qint64 slotMs = 0;
    bool comes = true;
    qint64 arriveMs = 0;
    Plan plan;
};

// A counter staffed from openMs to closeMs; `last`: the stretch ends when its
// services close, and it stays until their queues are empty (otherwise it
// closes after its current ticket).
struct Shift
{
    int counter = 0;
    qint64 openMs = 0;
    qint64 closeMs = 0;
    bool last = true;
};

struct Break
{
    int counter = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// Everything the day is made of.
struct DayInput
{
    std::vector<WalkIn> walkIns; // by arrival time
    std::vector<Booking> bookings;
    std::vector<Shift> shifts;
    std::vector<Break> breaks;
};

// Draws the day from the profile with Rng(profile.seed); staffing from `plan`
// (or every counter's default hours when null).
DayInput drawDay(const CentreConfig &config, const DayProfile &profile, const StaffingPlan *plan);

std::vector<WalkIn> drawWalkIns(const CentreConfig &config, const DayProfile &profile, Rng &rng);
std::vector<Booking> drawBookings(const CentreConfig &config, const DayProfile &profile, Rng &rng);
std::vector<Shift> shiftsFor(const CentreConfig &config, const StaffingPlan *plan);
std::vector<Break> breaksFor(const CentreConfig &config, const DayProfile &profile,
                             const StaffingPlan *plan);
// The service group whose counters a counter counts for: its first service's.
QString counterGroup(const CentreConfig &config, int counter);

} // namespace novbe::sim
