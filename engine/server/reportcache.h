#pragma once

// The day summaries behind reports.range (core/daysummary.h). A closed day's
// summary is a pure function of its journal and the config, so it is kept
// once derived: in memory, and in the store (schema 5, Store::
// keepDaySummaries) so that it outlives a restart. It is derived at the day
// rollover for the day that closed, or on the first report that covers an
// older day without a usable kept copy (missing, damaged, derived from
// another journal span or under other inputs); today's is derived afresh on
// every report. A config reload forgets the ones in memory (the stored ones
// carry their inputs). Nothing here is written by request handlers'
// outcomes: the journal stays the only record and the kept summaries are a
// cache of it.

#include "core/daysummary.h"

#include <QDate>

#include <map>
#include <vector>

namespace novbe {

class Store;

class ReportCache
{
public:
    explicit ReportCache(Store &store) : m_store(store) {}

    // The summaries of the days from..to (days after `today` have none).
    std::vector<DaySummary> summaries(const CentreConfig &config, QDate from, QDate to, QDate today,
                                      const QDateTime &now);
    // `day` has closed: derive and keep its summary.
    void dayClosed(const CentreConfig &config, QDate day);
    void clear() { m_closed.clear(); }
    int kept() const { return int(m_closed.size()); }
    // How many closed days' summaries were derived from the journal since
    // this cache was made (the rest came from memory or the store).
    int derivedFromJournal() const { return m_derived; }

private:
    DaySummary derive(const CentreConfig &config, QDate day, const QDateTime &now) const;
    // A closed day: from memory, else the store, else derived (and listed in
    // `fresh` to be stored).
    const DaySummary &closedDay(const CentreConfig &config, const QByteArray &inputs, QDate day,
                                std::vector<DaySummary> &fresh);
    void store(const std::vector<DaySummary> &fresh, const QByteArray &inputs);

    Store &m_store;
    std::map<QDate, DaySummary> m_closed;
    int m_derived = 0;
};

} // namespace novbe
