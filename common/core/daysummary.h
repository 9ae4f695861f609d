#pragma once

// The figures of one service day, derived from that day's journal alone
// (summarizeDay): per service, category, counter, operator and hour of day,
// and per quarter of an hour. Every figure is a sum or an exact histogram,
// so the summaries of many days merge into the figures of the range
// (report.h) without going back to the journal: the engine keeps the
// summaries of closed days (a cache of this pure function, never written by
// request handlers) and recomputes only today. The engine's store keeps a
// copy of each closed day's summary (schema 5, table day_summaries) under the
// inputs below: a cache that may be dropped at any time and is derived again
// from the journal.

#include "centreconfig.h"
#include "domainevent.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <map>
#include <vector>

namespace novbe {

// One row's sums: a service, category, counter, operator or hour.
struct Tally
{
    int issued = 0;
    int served = 0; // done
    int noShow = 0;
    int cancelled = 0;
    int called = 0;         // tickets called at least once (the wait figures' base)
    int calledInTarget = 0; // of those, first called within their service's targetWaitMin
    qint64 waitSum = 0;     // issue -> first call
    int waitMax = 0;
    std::map<int, int> waits; // wait in seconds -> tickets (exact percentiles)
    qint64 serviceSum = 0;    // start -> finish, over the served
    int feedbackCount = 0;
    qint64 ratingSum = 0;
    std::map<QString, qint64> pauses; // pause reason -> seconds

    void merge(const Tally &other);
    bool operator==(const Tally &) const = default;
};

// One quarter of an hour of the day (centre time).
struct QuarterTally
{
    int issued = 0;  // tickets issued in it
    int served = 0;  // tickets finished (done) in it
    int waiting = 0; // tickets issued and not yet called (nor cancelled) at its end
    bool operator==(const QuarterTally &) const = default;
};

inline constexpr int QUARTERS_PER_DAY = 96;

struct DaySummary
{
    QString day; // YYYY-MM-DD
    std::map<QString, Tally> services;
    std::map<QString, Tally> categories;
    std::map<QString, Tally> counters;
    std::map<QString, Tally> operators;
    std::array<Tally, 24> hours{};
    std::array<QuarterTally, QUARTERS_PER_DAY> quarters{};
    bool operator==(const DaySummary &) const = default;
};

// The summary of service day `day` from its journal events (any order:
// sorted by seq here). Pauses still open at the end are counted up to `end`
// (now for today; for a closed day the time of its last event). Times of day
// are in the centre's time zone (config.centre.timezone).
DaySummary summarizeDay(const CentreConfig &config, const QString &day,
                        const std::vector<DomainEvent> &events, const QDateTime &end);

// Raised whenever summarizeDay's rules change: kept summaries of an older
// version are derived again.
inline constexpr int DAY_SUMMARY_VERSION = 1;

// Everything besides the journal that summarizeDay's figures depend on: this
// version, the time zone and each service's target wait. A kept summary is
// only used under equal inputs.
QByteArray summaryInputs(const CentreConfig &config);

} // namespace novbe
