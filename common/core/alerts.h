#pragma once

// The centre's alerts: which conditions hold now (alertConditions, from facts
// the engine gathers) and which alerts are active (AlertTracker: raised when
// a condition appears, cleared when it is gone, acknowledged by a manager).
// Pure: time is a parameter (tests run it on a manual clock).

#include "centreconfig.h"
#include "domainevent.h"
#include "forecast.h"
#include "records.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace novbe {

namespace alertcode {
inline constexpr char16_t WAIT_OVER_TARGET[] = u"WAIT_OVER_TARGET";
inline constexpr char16_t QUEUE_TOO_LONG[] = u"QUEUE_TOO_LONG";
inline constexpr char16_t COUNTER_IDLE_WITH_QUEUE[] = u"COUNTER_IDLE_WITH_QUEUE";
inline constexpr char16_t PRINTER_PAPER_LOW[] = u"PRINTER_PAPER_LOW";
inline constexpr char16_t PRINTER_PAPER_OUT[] = u"PRINTER_PAPER_OUT";
inline constexpr char16_t PRINTER_OFFLINE[] = u"PRINTER_OFFLINE";
inline constexpr char16_t DEVICE_OFFLINE[] = u"DEVICE_OFFLINE";
inline constexpr char16_t FORECAST_PAST_CLOSING[] = u"FORECAST_PAST_CLOSING";
inline constexpr char16_t STORAGE_CHECK_FAILED[] = u"STORAGE_CHECK_FAILED";
} // namespace alertcode

// What the engine knows at one moment.
struct AlertFacts
{
    struct Service
    {
        QString id;
        int waiting = 0;
        int longestWaitSec = 0;
        int targetWaitMin = 0;
        std::optional<Forecast> forecast; // none: not computed (no hours, nobody waiting)
    };
    struct Counter
    {
        QString id;
        bool idle = false;
        QDateTime idleSince;
        bool queueWaiting = false; // one of its services has people waiting
    };
    struct Device
    {
        QString id;
        QString role; // kiosk | display
        bool online = false;
        QDateTime lastSeen; // its last health change (when it went offline, if it is)
        QString printerState;
        QString printerDetail;
    };
    QDateTime now;
    std::vector<Service> services;
    std::vector<Counter> counters;
    std::vector<Device> devices;
    QStringList storageProblems; // of the last integrity check (empty: it passed)
};

// The alerts that should be active now: code, severity, subject, value,
// limit, detail and message filled in (no id, no times).
std::vector<AlertRecord> alertConditions(const AlertFacts &facts, const AlertThresholds &limits);

// The alerts still active after `events` (the day's journal, in seq order):
// raised and not cleared, with their acknowledgement.
std::vector<AlertRecord> activeAlertsFrom(const std::vector<DomainEvent> &events);

// The active alerts, one per (code, subject).
class AlertTracker
{
public:
    struct Changes
    {
        std::vector<AlertRecord> raised;
        std::vector<AlertRecord> cleared;
        bool empty() const { return raised.empty() && cleared.empty(); }
    };
    using IdSource = std::function<qint64()>;

    explicit AlertTracker(IdSource ids);
    // Raises the conditions not yet active (a new id each), clears the active
    // alerts whose condition is gone; an alert that stays takes the condition's
    // current value, limit, detail and message (no change reported).
    Changes update(const std::vector<AlertRecord> &conditions, const QDateTime &now);
    // Acknowledges active alert `id`: NotFound, or InvalidState when already done.
    Result<AlertRecord> acknowledge(qint64 id, const QString &by, const QDateTime &now);
    // Undoes acknowledge() (its commit failed).
    void unacknowledge(qint64 id);
    // Takes the alerts a previous run left active (activeAlertsFrom()).
    void restore(std::vector<AlertRecord> active) { m_active = std::move(active); }
    // Oldest first.
    const std::vector<AlertRecord> &active() const { return m_active; }

private:
    IdSource m_ids;
    std::vector<AlertRecord> m_active;
};

} // namespace novbe
