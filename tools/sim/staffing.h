#pragma once

// Staffing what-if: the fewest counters of each service group in each hour
// that still serve the target share of that hour's walk-ins within the limit.

#include "simulator.h"

#include <QString>

namespace novbe::sim {

struct StaffingTarget
{
    double share = 0.9; // of the group's walk-ins issued in the hour
    int withinMin = 15; // <= 0: each service's own target wait
};

struct StaffingResult
{
    StaffingPlan plan;
    std::map<QString, int> available;             // counters each group has
    std::map<QString, std::vector<double>> share; // achieved, per group and hour
    std::map<QString, std::vector<int>> walkIns;  // issued, per group and hour
    int runs = 0;                                 // simulated days it took
};

// How the fewest counters of an hour are found.
//   Linear: every group from 0, one more counter where the target fails
//           (as many days as the largest group needs counters). The default.
//   Bisect: the same path searched by bisection (pathsearch.h), far fewer
//           days. Same table only when, along the path, a group that meets
//           the target keeps meeting it with more counters: true on the
//           sample day, not on the 12x day (docs/simulation.md).
enum class StaffingMethod { Bisect, Linear };

// Greedy, hour by hour: with the later hours fully staffed, the fewest
// counters for hour h such that every hour up to h meets the target (or, when
// even all counters cannot, as many as the group has). The days simulated for
// hour h start from one copy of the day up to h:00 (the hours before are
// settled) and stop once every ticket of hours <= h is called or past the limit.
StaffingResult searchStaffing(const CentreConfig &config, const DayProfile &profile,
                              RoutingPolicy policy, const StaffingTarget &target,
                              StaffingMethod method = StaffingMethod::Linear);

QString staffingMarkdown(const StaffingResult &result, const StaffingTarget &target);

} // namespace novbe::sim
