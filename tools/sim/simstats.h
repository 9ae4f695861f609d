#pragma once

// Figures of one simulated day: waits, estimate errors, overtaking and
// counter use, per service, per category and in total.

#include "simulator.h"

#include <QString>

#include <vector>

namespace novbe::sim {

struct WaitSummary
{
    int count = 0;    // tickets called
    int unserved = 0; // never called
    int p50Sec = 0;
    int p90Sec = 0;
    int maxSec = 0;
    double withinTarget = 0; // share called within the service's target wait
};

// The estimate given at issue against the wait that followed (error = eta - actual).
struct EtaSummary
{
    int count = 0;
    double maeSec = 0;
    double p90AbsSec = 0;
    double biasSec = 0;         // mean error: > 0 the estimate was too long
    double withinTolerance = 0; // share with |error| <= max(20 % of the wait, 3 min)
};

struct SummaryRow
{
    QString key;
    WaitSummary wait;
    EtaSummary eta;
    double overtakeMin = 0; // largest overtaking observed
    double boundMin = 0;    // the policy's promise; < 0: no bound
};

struct CounterSummary
{
    QString id;
    double staffedHours = 0;
    double utilisation = 0; // busy / staffed
    double idleWhileWaitingMin = 0;
};

struct DaySummary
{
    QString policy;
    std::vector<SummaryRow> services;   // walk-ins, config order
    std::vector<SummaryRow> categories; // walk-ins, config order, then "appointment"
    SummaryRow total;                   // walk-ins
    SummaryRow priority;                // walk-ins of categories with a boost
    SummaryRow standard;
    std::vector<CounterSummary> counters;
    double utilisation = 0;
    double idleWhileWaitingMin = 0;
    int tickets = 0;
    int refused = 0;
    int booked = 0;
    int neverCame = 0;
    int refusedLate = 0;
    int retriedEarly = 0;
};

DaySummary summarize(const CentreConfig &config, const SimResult &result, RoutingPolicy policy);

// The share of the walk-ins of service group `group` issued in [fromMs, toMs)
// called within `limitSec` (<= 0: their service's target wait); 1 when there
// are none.
double shareWithinTarget(const CentreConfig &config, const SimResult &result, const QString &group,
                         qint64 fromMs, qint64 toMs, int limitSec);

} // namespace novbe::sim
