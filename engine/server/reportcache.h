#pragma once

// The day summaries behind reports.range (core/daysummary.h). A closed day's
// summary is a pure function of its journal and the config, so it is kept
// once derived: at the day rollover for the day that closed, or on the first
// report that covers an older day. Today's is derived afresh on every
// report. A config reload forgets them all (targets and time zone may have
// changed). Nothing here is written by request handlers: the journal stays
// the only record.

#include "core/daysummary.h"

#include <QDate>

#include <map>
#include <vector>

namespace novbe {

class Store;

class ReportCache
{
public:
    explicit ReportCache(const Store &store) : m_store(store) {}

    // The summaries of the days from..to (days after `today` have none).
    std::vector<DaySummary> summaries(const CentreConfig &config, QDate from, QDate to, QDate today,
                                      const QDateTime &now);
    // `day` has closed: derive and keep its summary.
    void dayClosed(const CentreConfig &config, QDate day);
    void clear() { m_closed.clear(); }
    int kept() const { return int(m_closed.size()); }

private:
    DaySummary derive(const CentreConfig &config, QDate day, const QDateTime &now) const;
    const Store &m_store;
    std::map<QDate, DaySummary> m_closed;
};

} // namespace novbe
