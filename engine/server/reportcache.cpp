#include "reportcache.h"

#include "store/store.h"

#include <QtDebug>

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

void ReportCache::store(const std::vector<DaySummary> &fresh, const QByteArray &inputs)
{
    const Status kept = m_store.keepDaySummaries(fresh, inputs);
    if (!kept)
        qWarning("reports: %s", qPrintable(kept.error().message));
}

void ReportCache::dayClosed(const CentreConfig &config, QDate day)
{
    DaySummary summary = derive(config, day, QDateTime());
    ++m_derived;
    store({summary}, summaryInputs(config));
    m_closed.insert_or_assign(day, std::move(summary));
}

const DaySummary &ReportCache::closedDay(const CentreConfig &config, const QByteArray &inputs,
                                         QDate day, std::vector<DaySummary> &fresh)
{
    if (auto it = m_closed.find(day); it != m_closed.end())
        return it->second;
    std::optional<DaySummary> kept = m_store.keptDaySummary(day.toString(Qt::ISODate), inputs);
    if (!kept) {
        kept = derive(config, day, QDateTime());
        ++m_derived;
        fresh.push_back(*kept);
    }
    return m_closed.emplace(day, std::move(*kept)).first->second;
}

std::vector<DaySummary> ReportCache::summaries(const CentreConfig &config, QDate from, QDate to,
                                               QDate today, const QDateTime &now)
{
    const QByteArray inputs = summaryInputs(config);
    std::vector<DaySummary> out;
    std::vector<DaySummary> fresh;
    for (QDate day = from; day <= to && day <= today; day = day.addDays(1)) {
        if (day == today)
            out.push_back(derive(config, day, now));
        else
            out.push_back(closedDay(config, inputs, day, fresh));
    }
    store(fresh, inputs);
    return out;
}

} // namespace novbe
