#include "alertboard.h"

#include "protocol/viewbuilders.h"

#include <algorithm>

namespace novbe {

AlertBoard::AlertBoard() : m_tracker([this] { return ++m_lastId; }) {}

const AlertView &AlertBoard::raise(const QString &code, const QString &severity,
                                   const QString &message, const QDateTime &at)
{
    AlertView alert;
    alert.id = ++m_lastId;
    alert.code = code;
    alert.severity = severity;
    alert.message = message;
    alert.at = at;
    m_recent.push_back(alert);
    if (m_recent.size() > RECENT)
        m_recent.pop_front();
    if (m_listener)
        m_listener(m_recent.back());
    return m_recent.back();
}

void AlertBoard::restore(const std::vector<DomainEvent> &events)
{
    for (const DomainEvent &e : events) {
        if (e.alert)
            m_lastId = std::max(m_lastId, e.alert->id);
    }
    m_tracker.restore(activeAlertsFrom(events));
}

void AlertBoard::publish(const AlertRecord &record)
{
    const AlertView alert = alertView(record);
    const auto it = std::find_if(m_recent.begin(), m_recent.end(),
                                 [&alert](const AlertView &a) { return a.id == alert.id; });
    if (it != m_recent.end()) {
        *it = alert;
    } else {
        m_recent.push_back(alert);
        if (m_recent.size() > RECENT)
            m_recent.pop_front();
    }
    if (m_listener)
        m_listener(alert);
}

} // namespace novbe
