#include "reportcache.h"

#include "store/store.h"

namespace novbe {

DaySummary ReportCache::derive(const CentreConfig &config, QDate day, const QDateTime &now) const
{
    const QString name = day.toString(Qt::ISODate);
    const std::vector<DomainEvent> events = m_store.dayEvents(name);
    QDateTime end = now;
    if (!now.isValid()) { // a closed day ends with its last event
        for (const DomainEvent &e : events)
            end = end.isValid() ? std::max(end, e.at) : e.at;
    }
    return summarizeDay(config, name, events, end);
}

void ReportCache::dayClosed(const CentreConfig &config, QDate day)
{
    m_closed.insert_or_assign(day, derive(config, day, QDateTime()));
}

std::vector<DaySummary> ReportCache::summaries(const CentreConfig &config, QDate from, QDate to,
                                               QDate today, const QDateTime &now)
{
    std::vector<DaySummary> out;
    for (QDate day = from; day <= to && day <= today; day = day.addDays(1)) {
        if (day == today) {
            out.push_back(derive(config, day, now));
            continue;
        }
        auto it = m_closed.find(day);
        if (it == m_closed.end())
            it = m_closed.emplace(day, derive(config, day, QDateTime())).first;
        out.push_back(it->second);
    }
    return out;
}

} // namespace novbe
