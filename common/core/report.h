#pragma once

// The manager's report of a range of service days (reports.range): the day
// summaries (daysummary.h) merged and turned into figures. Definitions (also
// in docs/dashboard.md): wait = issue -> first call; service time = start ->
// finish of a done ticket; SLA % = first called within the service's
// targetWaitMin, over the tickets called; no-show % = no-shows / (served +
// no-shows); p90 = nearest rank (the smallest wait that at least 90 % of the
// called tickets did not exceed).

#include "daysummary.h"
#include "operatorkpi.h"

#include <vector>

namespace novbe {

struct ReportRow
{
    QString key;  // service, category, counter or operator id; "HH" for an hour
    QString name; // the operator's name (other rows: empty, names come from centre.get)
    int issued = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    double noShowPct = 0.0; // one decimal
    int called = 0;
    int calledInTarget = 0;
    double slaPct = 0.0; // one decimal; 100 when nobody was called
    int avgWaitSec = 0;
    int p90WaitSec = 0;
    int maxWaitSec = 0;
    int avgServiceSec = 0;
    int feedbackCount = 0;
    double avgRating = 0.0; // two decimals; 0 when nobody rated
    int pauseSec = 0;
    std::vector<PauseTotal> pauses; // by reason, longest first
    bool operator==(const ReportRow &) const = default;
};

struct QuarterRow
{
    QString time; // "HH:MM", the quarter's start (centre time)
    int issued = 0;
    int served = 0;
    int waiting = 0; // at the quarter's end, summed over the days
    bool operator==(const QuarterRow &) const = default;
};

// The waits of one service against its target: bucket i counts the called
// tickets whose wait was within WAIT_BUCKET_PCT[i] % of targetWaitMin (and
// over the bucket before); the last bucket counts the waits over 200 %.
inline constexpr std::array<int, 8> WAIT_BUCKET_PCT{25, 50, 75, 100, 125, 150, 200, 0};

struct WaitDistribution
{
    QString service;
    int targetSec = 0;
    std::vector<int> counts; // WAIT_BUCKET_PCT.size() entries
    bool operator==(const WaitDistribution &) const = default;
};

struct Report
{
    QString from; // YYYY-MM-DD
    QString to;
    int days = 0;
    ReportRow total;                   // the whole centre (key "")
    std::vector<ReportRow> services;   // config order, every service
    std::vector<ReportRow> categories; // config order, every category
    std::vector<ReportRow> counters;   // config order, those with any figure
    std::vector<ReportRow> operators;  // config order, those with any figure
    std::vector<ReportRow> hours;      // the hours with any figure, in order
    std::vector<QuarterRow> quarters;  // the quarters from the first to the last with a figure
    std::vector<WaitDistribution> waitDistribution; // config order, every service
    bool operator==(const Report &) const = default;
};

// The figures of one row from its sums.
ReportRow reportRow(const QString &key, const Tally &tally);
// Merges the summaries (one per day of from..to, any order) into the report.
Report buildReport(const CentreConfig &config, const QString &from, const QString &to,
                   const std::vector<DaySummary> &days);

} // namespace novbe
