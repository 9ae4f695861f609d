#pragma once

// What the centre manager sees, as data: KPI cards, per-service rows,
// counters and alerts. Fed with the read model (centre.get, queue.snapshot,
// stats.today, events); no widgets, no sockets, time is a parameter.

#include "protocol/readmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace novbe {

struct KpiCards
{
    int waitingNow = 0;
    int longestWaitSec = 0;
    int servedToday = 0;
    int slaPct = 100;       // called within target, over the finished calls of every service
    int noShowPct = 0;      // no-shows / (served + no-shows)
    double avgRating = 0.0; // 0 when nobody rated yet
    int ratings = 0;
};

struct ServiceRow
{
    QString id;
    QString name;
    int targetWaitMin = 0;
    int waiting = 0;
    int longestWaitSec = 0;
    int etaSec = 0;
    int issued = 0;
    int served = 0;
    int noShow = 0;
    int avgWaitSec = 0;
    int slaPct = 100;
};

struct CounterTile
{
    QString id;
    QString name;
    QString state; // closed | idle | calling | serving | paused
    QString operatorName;
    QString ticketNumber;
    QString pauseReason;
    QDateTime since; // last change
    QStringList services;
    bool idleWithQueue = false;
};

enum class AlertLevel {
    Warning,
    Fault,
};

struct Alert
{
    AlertLevel level = AlertLevel::Warning;
    QDateTime at;
    QString text;   // what happened
    QString action; // what to do
};

class DashboardModel
{
    Q_DECLARE_TR_FUNCTIONS(novbe::DashboardModel)

public:
    explicit DashboardModel(QString lang = QStringLiteral("az"));

    void setCentre(const CentreView &centre);
    void setSnapshot(const QueueSnapshot &snapshot, const QDateTime &now);
    void setStats(const StatsView &stats);
    // Applies one event; true when stats.today should be refreshed.
    bool applyEvent(const EventView &event, const QDateTime &now);

    QString centreName() const { return m_centreName; }
    KpiCards cards() const;
    std::vector<ServiceRow> services() const; // in config order
    std::vector<CounterTile> counters(const QDateTime &now) const;
    std::vector<Alert> alerts(const QDateTime &now) const; // newest first

    // A counter open and idle this long while its services have people waiting.
    static constexpr int IDLE_WITH_QUEUE_SEC = 120;

private:
    void applyCounter(const CounterView &counter, const QDateTime &at);
    void applyDevice(const DeviceChangedEvent &event, const QDateTime &at);

    QString m_lang;
    QString m_centreName;
    QStringList m_serviceOrder;
    QHash<QString, ServiceRow> m_services;
    QStringList m_counterOrder;
    QHash<QString, CounterTile> m_counters;
    QHash<QString, Alert> m_deviceAlerts; // device id -> its current problem
    int m_ratings = 0;
    double m_avgRating = 0.0;
};

} // namespace novbe
