#pragma once

// A simulated service day: how many citizens come for each service and when,
// how long they take, who they are and how they behave. Read from a JSON
// profile (resources/sim/asan-day.json describes every key).

#include "core/centreconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace novbe::sim {

struct ServiceLoad
{
    QString service;
    double walkInsPerDay = 0;   // expected walk-in tickets over the day
    double medianSec = 0;       // median service time (0: the config's default)
    double sigma = 0.5;         // log-normal shape; 0 = every service takes the median
    int appointmentsPerDay = 0; // slots booked in advance (capped by the config's capacity)
};

struct CategoryShare
{
    QString category;
    double share = 0;
};

struct DayProfile
{
    QDate date;
    std::uint64_t seed = 1;
    int shapeStartMin = 9 * 60;            // local minute of shape[0]
    std::vector<double> shape;             // relative arrival intensity per 15 minutes
    bool evenArrivals = false;             // true: arrivals spread evenly (no randomness)
    std::vector<CategoryShare> categories; // walk-in mix; the rest is "standard"
    double noShowRate = 0.03;
    double transferRate = 0.05;
    double neverComeRate = 0.29; // booked appointments nobody checks in for
    double earlyRate = 0.43;     // of those who come: about two hours early
    int earlyMin = 120;
    int walkSec = 20;         // from the call to the counter
    int noShowAfterSec = 120; // a called citizen who never comes: marked after
    int breakMin = 30;        // one break per counter, staggered over breakStartsMin
    std::vector<int> breakStartsMin;
    std::vector<ServiceLoad> services;
};

// Parses `json`; unknown services or categories of `config` are errors.
Result<DayProfile> parseDayProfile(const QByteArray &json, const CentreConfig &config);

// How many counters of each service group are staffed in each hour (hour
// firstHour + i). A group missing from perGroup keeps its default hours.
struct StaffingPlan
{
    int firstHour = 9;
    std::map<QString, std::vector<int>> perGroup;
};

// {"firstHour": 9, "groups": {"interior": [4, 6, 6, ...], ...}}
Result<StaffingPlan> parseStaffingPlan(const QByteArray &json, const CentreConfig &config);

// The centre and the day `factor` times as big: every counter `factor` times
// (ids "c01", "c01~2", ...), every service's walk-ins, appointments and slot
// places times `factor` (for measuring speed on large days).
void scaleDay(CentreConfig &config, DayProfile &profile, int factor);

} // namespace novbe::sim
