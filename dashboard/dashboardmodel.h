#pragma once

// What the centre manager sees, as data: KPI cards with their targets,
// per-service rows, counters, operators, devices and alerts. Fed with the
// read model (centre.get, queue.snapshot, stats.today, stats.operators,
// devices.list, events); no widgets, no sockets, time is a parameter.

#include "core/forecast.h"
#include "protocol/readmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace novbe {

// How a figure stands against its target.
enum class Level {
    Neutral, // no target
    Ok,
    Warning,
    Fault,
};

// The targets the cards are coloured against (ok / warning / fault): the
// centre config's "dashboard.targets" (centre.get's `targets`), else the
// defaults of DashboardTargets.
struct CardTargets : DashboardTargets
{
    Level slaLevel(int pct) const;
    Level noShowLevel(int pct) const;
    Level ratingLevel(double avg, int count) const; // neutral when count is 0
    // A wait against its target: amber past half of it, red past it.
    static Level waitLevel(qint64 sec, int targetMin);
};

// The same centre figures at the same time of day a week ago (stats.range).
struct WeekAgo
{
    int waiting = 0;
    int served = 0;
    int calls = 0;
    int slaPct = 100;
    int noShowPct = 0;
    double avgRating = 0.0;
    int ratings = 0;
};

struct KpiCards
{
    int waitingNow = 0;
    int longestWaitSec = 0;
    QString longestService;         // the service whose wait is longest against its target
    int longestTargetMin = 0;       // that service's target
    Level longestLevel = Level::Ok; // amber past half the target, red past it
    int servedToday = 0;
    int issuedToday = 0;
    int calls = 0;          // served + no-shows: what the two shares below are over
    int slaPct = 100;       // called within target, over every service's called tickets
    int noShowPct = 0;      // no-shows / (served + no-shows)
    double avgRating = 0.0; // 0 when nobody rated yet
    int ratings = 0;
    Level slaLevel = Level::Ok;
    Level noShowLevel = Level::Ok;
    Level ratingLevel = Level::Neutral; // neutral until someone rated
    std::optional<WeekAgo> weekAgo;     // once stats.range answered
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
    int avgServiceSec = 0;
    int slaPct = 100;
    int called = 0;                    // tickets called today (the SLA's base)
    int calledInTarget = 0;            // of those, within the target wait
    int openCounters = 0;              // open counters that serve it
    std::optional<OpeningHours> hours; // none: always open
    int noShowPct() const { return served + noShow ? 100 * noShow / (served + noShow) : 0; }
};

struct CounterTile
{
    QString id;
    QString name;
    QString state; // closed | idle | calling | serving | paused
    QString operatorName;
    QString ticketNumber;
    QString pauseReason;
    QDateTime since;       // last change of state
    QDateTime ticketSince; // the current ticket's call, or start once served
    QStringList services;
    bool idleWithQueue = false;
};

enum class AlertLevel {
    Warning,
    Fault,
};

// One of the engine's active alerts (alerts.list, alert.* events), in words.
struct Alert
{
    qint64 id = 0;
    QString code;
    AlertLevel level = AlertLevel::Warning;
    QDateTime at;   // raised
    QString text;   // what happened
    QString action; // what to do
    QString ackedBy;
    QDateTime ackedAt; // invalid until a manager acknowledged it
    QString message;   // the engine's own words (English)
};

class DashboardModel
{
    Q_DECLARE_TR_FUNCTIONS(novbe::DashboardModel)

public:
    explicit DashboardModel(QString lang = QStringLiteral("az"));

    // Names of the centre, services and counters in `lang` from now on.
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }
    void setCentre(const CentreView &centre);
    void setSnapshot(const QueueSnapshot &snapshot, const QDateTime &now);
    void setStats(const StatsView &stats);
    // Same day last week up to this time of day: the cards' trend.
    void setWeekAgo(const RangeStatsView &range);
    // The service day of the last stats.today ("" before it).
    QString serviceDay() const { return m_serviceDay; }
    void setOperators(const OperatorStatsView &operators) { m_operators = operators.operators; }
    void setDevices(const DevicesView &devices) { m_devices = devices.devices; }
    // Applies one event; true when stats.today should be refreshed.
    bool applyEvent(const EventView &event, const QDateTime &now);

    QString centreName() const { return m_centreName; }
    KpiCards cards() const;
    const CardTargets &targets() const { return m_targets; }
    std::vector<ServiceRow> services() const; // in config order
    std::vector<CounterTile> counters(const QDateTime &now) const;
    // The engine's active alerts (alerts.list). True when one of them is new
    // to this model and not acknowledged (the dashboard sounds).
    bool setAlerts(const std::vector<AlertView> &active);
    // An alert.raised / .cleared / .acknowledged event; true as setAlerts().
    bool applyAlert(EventType type, const AlertView &alert);
    std::vector<Alert> alerts() const; // newest first, in the current language
    bool hasAlert(const QString &code, const QString &subject) const;
    // When `row`'s queue clears at today's pace (docs/dashboard.md "Forecast").
    Forecast forecast(const ServiceRow &row, const QDateTime &now) const;
    const std::vector<OperatorKpi> &operators() const { return m_operators; }
    const std::vector<DeviceView> &devices() const { return m_devices; }
    // The name of service `id` in the current language (the id when unknown).
    QString serviceName(const QString &id) const;
    // The name of counter `id` in the current language (the id when unknown).
    QString counterName(const QString &id) const;

private:
    void applyCounter(const CounterView &counter, const QDateTime &at);
    void applyDevice(const DeviceChangedEvent &event, const QDateTime &at);
    bool noteAlert(const AlertView &alert);
    void countOpenCounters();

    QString m_lang;
    CentreView m_centre;
    CardTargets m_targets;
    QString m_centreName;
    QStringList m_serviceOrder;
    QHash<QString, ServiceRow> m_services;
    QStringList m_counterOrder;
    QHash<QString, CounterTile> m_counters;
    int m_ratings = 0;
    double m_avgRating = 0.0;
    QString m_serviceDay;
    std::optional<WeekAgo> m_weekAgo;
    std::vector<OperatorKpi> m_operators;
    std::vector<DeviceView> m_devices;
    std::vector<AlertView> m_alerts; // active, oldest first
    QSet<qint64> m_seenAlerts;
};

} // namespace novbe
