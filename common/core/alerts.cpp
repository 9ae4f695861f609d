#include "alerts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

AlertRecord condition(QStringView code, const QString &severity, const QString &subject,
                      qint64 value, qint64 limit, const QString &message)
{
    AlertRecord a;
    a.code = code.toString();
    a.severity = severity;
    a.subject = subject;
    a.value = value;
    a.limit = limit;
    a.message = message;
    return a;
}

void serviceAlerts(const AlertFacts::Service &s, const AlertThresholds &t,
                   std::vector<AlertRecord> &out)
{
    const qint64 target = qint64(s.targetWaitMin) * 60;
    if (t.waitOverTarget && target > 0 && s.waiting > 0 && s.longestWaitSec > target)
        out.push_back(
            condition(alertcode::WAIT_OVER_TARGET, u"critical"_s, s.id, s.longestWaitSec, target,
                      u"%1: a citizen has waited over the target of %2 min"_s.arg(s.id).arg(
                          s.targetWaitMin)));
    if (t.queueLength > 0 && s.waiting >= t.queueLength)
        out.push_back(
            condition(alertcode::QUEUE_TOO_LONG, u"warning"_s, s.id, s.waiting, t.queueLength,
                      u"%1: %2 people waiting (alert from %3)"_s.arg(s.id).arg(s.waiting).arg(
                          t.queueLength)));
    if (t.forecastPastClosing && s.forecast && s.waiting > 0 && !s.forecast->beforeClose) {
        AlertRecord a = condition(alertcode::FORECAST_PAST_CLOSING, u"warning"_s, s.id, s.waiting,
                                  0, u"%1: the queue will not clear by closing time"_s.arg(s.id));
        a.detail = s.forecast->stopIssuingAt.toUTC().toString(Qt::ISODateWithMs);
        out.push_back(a);
    }
}

void counterAlerts(const AlertFacts::Counter &c, const AlertThresholds &t, const QDateTime &now,
                   std::vector<AlertRecord> &out)
{
    const qint64 limit = qint64(t.idleWithQueueMin) * 60;
    if (limit <= 0 || !c.idle || !c.queueWaiting || !c.idleSince.isValid())
        return;
    const qint64 idle = c.idleSince.secsTo(now);
    if (idle >= limit)
        out.push_back(condition(alertcode::COUNTER_IDLE_WITH_QUEUE, u"warning"_s, c.id, idle, limit,
                                u"counter %1 is idle while citizens wait"_s.arg(c.id)));
}

void printerAlert(const AlertFacts::Device &d, std::vector<AlertRecord> &out)
{
    const QString &state = d.printerState;
    QStringView code;
    QString severity = u"critical"_s;
    if (state == u"paperLow") {
        code = alertcode::PRINTER_PAPER_LOW;
        severity = u"warning"_s;
    } else if (state == u"paperOut") {
        code = alertcode::PRINTER_PAPER_OUT;
    } else if (state == u"coverOpen" || state == u"offline") {
        code = alertcode::PRINTER_OFFLINE;
    } else {
        return;
    }
    AlertRecord a = condition(code, severity, d.id, 0, 0,
                              u"%1: printer %2 %3"_s.arg(d.id, state, d.printerDetail).trimmed());
    a.detail = state;
    out.push_back(a);
}

void deviceAlerts(const AlertFacts::Device &d, const AlertThresholds &t, const QDateTime &now,
                  std::vector<AlertRecord> &out)
{
    if (d.role != u"kiosk" && d.role != u"display")
        return;
    // A device never seen (no health change recorded) is not alerted.
    if (!d.online) {
        const qint64 limit = qint64(t.offlineAfterMin) * 60;
        if (limit > 0 && d.lastSeen.isValid() && d.lastSeen.secsTo(now) >= limit)
            out.push_back(condition(alertcode::DEVICE_OFFLINE, u"critical"_s, d.id,
                                    d.lastSeen.secsTo(now), limit,
                                    u"%1 (%2) is offline"_s.arg(d.id, d.role)));
        return;
    }
    if (t.printer && d.role == u"kiosk")
        printerAlert(d, out);
}

} // namespace

std::vector<AlertRecord> alertConditions(const AlertFacts &facts, const AlertThresholds &limits)
{
    std::vector<AlertRecord> out;
    if (!facts.storageProblems.isEmpty()) {
        AlertRecord a = condition(
            alertcode::STORAGE_CHECK_FAILED, u"critical"_s, QString(), facts.storageProblems.size(),
            0,
            u"PRAGMA quick_check found %1 problem(s): %2 - back up the file and run novbe-engine --check"_s
                .arg(facts.storageProblems.size())
                .arg(facts.storageProblems.mid(0, 5).join(u"; "_s)));
        a.detail = facts.storageProblems.mid(0, 5).join(u"; "_s);
        out.push_back(a);
    }
    for (const AlertFacts::Service &s : facts.services)
        serviceAlerts(s, limits, out);
    for (const AlertFacts::Counter &c : facts.counters)
        counterAlerts(c, limits, facts.now, out);
    for (const AlertFacts::Device &d : facts.devices)
        deviceAlerts(d, limits, facts.now, out);
    return out;
}

std::vector<AlertRecord> activeAlertsFrom(const std::vector<DomainEvent> &events)
{
    std::vector<AlertRecord> active;
    for (const DomainEvent &e : events) {
        if (!e.alert)
            continue;
        const auto it = std::find_if(active.begin(), active.end(),
                                     [&e](const AlertRecord &a) { return a.id == e.alert->id; });
        if (e.type == EventType::AlertRaised && it == active.end())
            active.push_back(*e.alert);
        else if (e.type == EventType::AlertAcknowledged && it != active.end())
            *it = *e.alert;
        else if (e.type == EventType::AlertCleared && it != active.end())
            active.erase(it);
    }
    return active;
}

AlertTracker::AlertTracker(IdSource ids) : m_ids(std::move(ids)) {}

AlertTracker::Changes AlertTracker::update(const std::vector<AlertRecord> &conditions,
                                           const QDateTime &now)
{
    const auto sameAs = [](const AlertRecord &a) {
        return [&a](const AlertRecord &b) { return a.code == b.code && a.subject == b.subject; };
    };
    Changes changes;
    std::vector<AlertRecord> kept;
    for (AlertRecord &a : m_active) {
        const auto current = std::find_if(conditions.begin(), conditions.end(), sameAs(a));
        if (current != conditions.end()) {
            // Still holds: the figures of now (not journaled: no change of state).
            a.value = current->value;
            a.limit = current->limit;
            a.detail = current->detail;
            a.message = current->message;
            kept.push_back(std::move(a));
        } else {
            a.clearedAt = now;
            changes.cleared.push_back(std::move(a));
        }
    }
    m_active = std::move(kept);
    for (const AlertRecord &c : conditions) {
        if (std::any_of(m_active.begin(), m_active.end(), sameAs(c)))
            continue;
        AlertRecord a = c;
        a.id = m_ids();
        a.raisedAt = now;
        m_active.push_back(a);
        changes.raised.push_back(std::move(a));
    }
    return changes;
}

Result<AlertRecord> AlertTracker::acknowledge(qint64 id, const QString &by, const QDateTime &now)
{
    const auto it = std::find_if(m_active.begin(), m_active.end(),
                                 [id](const AlertRecord &a) { return a.id == id; });
    if (it == m_active.end())
        return makeError(ErrorCode::NotFound, u"no active alert %1"_s.arg(id));
    if (it->ackedAt.isValid())
        return makeError(
            ErrorCode::InvalidState,
            u"alert %1 was acknowledged by %2"_s.arg(QString::number(id), it->ackedBy));
    it->ackedBy = by;
    it->ackedAt = now;
    return *it;
}

void AlertTracker::unacknowledge(qint64 id)
{
    for (AlertRecord &a : m_active) {
        if (a.id == id) {
            a.ackedBy.clear();
            a.ackedAt = QDateTime();
        }
    }
}

} // namespace novbe
