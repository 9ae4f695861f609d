#include "dashboardmodel.h"

#include "alerttexts.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// Centre totals over service rows: counts, then one ratio over the centre.
struct Sums
{
    int waiting = 0;
    int served = 0;
    int issued = 0;
    int noShows = 0;
    int calls = 0;
    int withinTarget = 0;

    // Counts only: the centre's share is one ratio of summed counts.
    void add(int waitingNow, int servedN, int issuedN, int noShowN, int calledN, int inTargetN)
    {
        waiting += waitingNow;
        served += servedN;
        issued += issuedN;
        noShows += noShowN;
        calls += calledN;
        withinTarget += inTargetN;
    }
    int slaPct() const { return calls ? int(std::lround(100.0 * withinTarget / calls)) : 100; }
    int noShowPct() const { return served + noShows ? 100 * noShows / (served + noShows) : 0; }
};

} // namespace

DashboardModel::DashboardModel(QString lang) : m_lang(std::move(lang)) {}

void DashboardModel::setLanguage(const QString &lang)
{
    m_lang = lang;
    m_centreName = localized(m_centre.centre.name, m_lang);
    for (const ServiceView &s : m_centre.services)
        m_services[s.id].name = localized(s.name, m_lang);
    for (const CounterView &c : m_centre.counters)
        m_counters[c.id].name = localized(c.name, m_lang);
}

QString DashboardModel::serviceName(const QString &id) const
{
    const auto row = m_services.constFind(id);
    return row != m_services.cend() && !row->name.isEmpty() ? row->name : id;
}

QString DashboardModel::counterName(const QString &id) const
{
    const auto tile = m_counters.constFind(id);
    return tile != m_counters.cend() && !tile->name.isEmpty() ? tile->name : id;
}

void DashboardModel::setCentre(const CentreView &c)
{
    m_centre = c;
    if (c.targets)
        static_cast<DashboardTargets &>(m_targets) = *c.targets;
    m_centreName = localized(c.centre.name, m_lang);
    m_serviceOrder.clear();
    for (const ServiceView &s : c.services) {
        ServiceRow &row = m_services[s.id];
        row.id = s.id;
        row.name = localized(s.name, m_lang);
        row.targetWaitMin = s.targetWaitMin;
        row.hours = s.hours;
        m_serviceOrder << row.id;
    }
    m_counterOrder.clear();
    for (const CounterView &counter : c.counters) {
        m_counterOrder << counter.id;
        applyCounter(counter, {});
    }
    countOpenCounters();
}

void DashboardModel::countOpenCounters()
{
    for (ServiceRow &row : m_services)
        row.openCounters = 0;
    for (const CounterTile &t : std::as_const(m_counters)) {
        if (t.state == u"closed" || t.state.isEmpty())
            continue;
        for (const QString &s : t.services) {
            if (m_services.contains(s))
                m_services[s].openCounters += 1;
        }
    }
}

void DashboardModel::setSnapshot(const QueueSnapshot &snapshot, const QDateTime &now)
{
    for (const ServiceQueueView &q : snapshot.services) {
        ServiceRow &row = m_services[q.id];
        row.waiting = q.waitingCount;
        row.longestWaitSec = int(q.longestWaitSec);
        row.etaSec = q.etaSec;
    }
    for (const CounterView &counter : snapshot.counters)
        applyCounter(counter, now);
    countOpenCounters();
}

void DashboardModel::setStats(const StatsView &stats)
{
    for (const ServiceKpi &kpi : stats.kpis.services) {
        ServiceRow &row = m_services[kpi.id];
        row.issued = kpi.issued;
        row.served = kpi.served;
        row.noShow = kpi.noShow;
        row.avgWaitSec = kpi.avgWaitSec;
        row.avgServiceSec = kpi.avgServiceSec;
        row.slaPct = kpi.slaPct;
        row.called = kpi.called;
        row.calledInTarget = kpi.calledInTarget;
    }
    m_ratings = stats.kpis.feedbackCount;
    m_avgRating = stats.kpis.avgRating;
    if (stats.serviceDay != m_serviceDay)
        m_weekAgo.reset(); // it was for another day
    m_serviceDay = stats.serviceDay;
}

bool DashboardModel::applyEvent(const EventView &e, const QDateTime &now)
{
    const QDateTime at = e.at.isValid() ? e.at : now;
    if (const auto *changed = e.as<CounterChangedEvent>()) {
        applyCounter(changed->counter, at);
        countOpenCounters();
    } else if (const auto *queue = e.as<QueueChangedEvent>()) {
        ServiceRow &row = m_services[queue->service];
        row.waiting = queue->waitingCount;
        row.etaSec = queue->etaSec;
        if (row.waiting == 0)
            row.longestWaitSec = 0;
    } else if (const auto *device = e.as<DeviceChangedEvent>()) {
        applyDevice(*device, at);
    } else if (e.as<DayRolloverEvent>()) {
        for (ServiceRow &row : m_services) {
            ServiceRow fresh; // the new day's figures start again
            fresh.id = row.id;
            fresh.name = row.name;
            fresh.targetWaitMin = row.targetWaitMin;
            fresh.hours = row.hours;
            row = fresh;
        }
        countOpenCounters();
        m_operators.clear();
        return true;
    }
    return e.ticket() != nullptr || e.as<FeedbackEvent>() != nullptr;
}

void DashboardModel::applyCounter(const CounterView &c, const QDateTime &at)
{
    CounterTile &tile = m_counters[c.id];
    const QString state = counterStateName(c.state);
    tile.id = c.id;
    if (!c.name.isEmpty())
        tile.name = localized(c.name, m_lang);
    if (!c.services.isEmpty())
        tile.services = c.services;
    if (c.changedAt.isValid())
        tile.since = c.changedAt;
    else if (tile.state != state || !tile.since.isValid())
        tile.since = at;
    tile.state = state;
    tile.operatorName = c.op ? c.op->name : QString();
    tile.ticketNumber = c.ticket ? c.ticket->number : QString();
    tile.ticketSince = !c.ticket        ? QDateTime()
        : c.ticket->startedAt.isValid() ? c.ticket->startedAt
                                        : c.ticket->calledAt;
    tile.pauseReason = c.pauseReason;
}

void DashboardModel::applyDevice(const DeviceChangedEvent &e, const QDateTime &at)
{
    auto it = std::find_if(m_devices.begin(), m_devices.end(),
                           [&e](const DeviceView &d) { return d.id == e.device; });
    if (it == m_devices.end()) {
        m_devices.push_back(DeviceView{});
        it = std::prev(m_devices.end());
        it->id = e.device;
    }
    it->online = e.online;
    if (e.printer)
        it->printer = e.printer;
    it->lastSeen = at;
}

KpiCards DashboardModel::cards() const
{
    KpiCards k;
    Sums sums;
    double worst = -1.0; // the longest wait as a share of its service's target
    for (const QString &id : m_serviceOrder) {
        const ServiceRow r = m_services.value(id);
        sums.add(r.waiting, r.served, r.issued, r.noShow, r.called, r.calledInTarget);
        const double share = r.targetWaitMin > 0 ? r.longestWaitSec / (60.0 * r.targetWaitMin) : 0;
        if (r.waiting > 0 && share > worst) {
            worst = share;
            k.longestWaitSec = int(r.longestWaitSec);
            k.longestService = r.name;
            k.longestTargetMin = r.targetWaitMin;
        }
    }
    k.waitingNow = sums.waiting;
    k.servedToday = sums.served;
    k.issuedToday = sums.issued;
    k.calls = sums.calls;
    k.slaPct = sums.slaPct();
    k.noShowPct = sums.noShowPct();
    k.avgRating = m_avgRating;
    k.ratings = m_ratings;
    k.longestLevel = CardTargets::waitLevel(k.longestWaitSec, k.longestTargetMin);
    k.slaLevel = m_targets.slaLevel(k.slaPct);
    k.noShowLevel = m_targets.noShowLevel(k.noShowPct);
    k.ratingLevel = m_targets.ratingLevel(k.avgRating, k.ratings);
    k.weekAgo = m_weekAgo;
    return k;
}

void DashboardModel::setWeekAgo(const RangeStatsView &range)
{
    Sums sums;
    for (const ServiceKpi &s : range.kpis.services)
        sums.add(s.waiting, s.served, s.issued, s.noShow, s.called, s.calledInTarget);
    m_weekAgo = WeekAgo{sums.waiting,
                        sums.served,
                        sums.calls,
                        sums.slaPct(),
                        sums.noShowPct(),
                        range.kpis.avgRating,
                        range.kpis.feedbackCount};
}

Level CardTargets::slaLevel(int pct) const
{
    return pct >= slaPct ? Level::Ok : pct >= slaWarnPct ? Level::Warning : Level::Fault;
}

Level CardTargets::noShowLevel(int pct) const
{
    return pct <= noShowPct ? Level::Ok : pct <= noShowWarnPct ? Level::Warning : Level::Fault;
}

Level CardTargets::ratingLevel(double avg, int count) const
{
    if (count == 0)
        return Level::Neutral;
    return avg >= rating ? Level::Ok : avg >= ratingWarn ? Level::Warning : Level::Fault;
}

Level CardTargets::waitLevel(qint64 sec, int targetMin)
{
    const qint64 target = qint64(targetMin) * 60;
    return target && sec > target    ? Level::Fault
        : target && sec > target / 2 ? Level::Warning
                                     : Level::Ok;
}

Forecast DashboardModel::forecast(const ServiceRow &r, const QDateTime &now) const
{
    const QTimeZone zone = centreTimeZone(m_centre.centre.timezone);
    const QDate today = now.toTimeZone(zone).date();
    return forecastAtPace(
        ServicePace{now, QDateTime(today, r.hours ? r.hours->open : QTime(0, 0), zone),
                    r.hours ? QDateTime(today, r.hours->close, zone) : QDateTime(), r.waiting,
                    r.etaSec, r.openCounters, r.issued});
}

std::vector<ServiceRow> DashboardModel::services() const
{
    std::vector<ServiceRow> rows;
    for (const QString &id : m_serviceOrder)
        rows.push_back(m_services.value(id));
    return rows;
}

std::vector<CounterTile> DashboardModel::counters(const QDateTime &) const
{
    std::vector<CounterTile> tiles;
    for (const QString &id : m_counterOrder) {
        CounterTile t = m_counters.value(id);
        t.idleWithQueue = hasAlert(u"COUNTER_IDLE_WITH_QUEUE"_s, id);
        tiles.push_back(t);
    }
    return tiles;
}

bool DashboardModel::noteAlert(const AlertView &alert)
{
    const bool fresh = !m_seenAlerts.contains(alert.id);
    m_seenAlerts.insert(alert.id);
    return fresh && !alert.ackedAt.isValid() && !alert.clearedAt.isValid();
}

bool DashboardModel::setAlerts(const std::vector<AlertView> &active)
{
    bool fresh = false;
    for (const AlertView &a : active)
        fresh = noteAlert(a) || fresh;
    m_alerts = active;
    return fresh;
}

bool DashboardModel::applyAlert(EventType type, const AlertView &alert)
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(),
                                 [&alert](const AlertView &a) { return a.id == alert.id; });
    if (type == EventType::AlertCleared) {
        if (it != m_alerts.end())
            m_alerts.erase(it);
        m_seenAlerts.insert(alert.id);
        return false;
    }
    if (it != m_alerts.end())
        *it = alert;
    else
        m_alerts.push_back(alert);
    return noteAlert(alert);
}

bool DashboardModel::hasAlert(const QString &code, const QString &subject) const
{
    return std::any_of(m_alerts.begin(), m_alerts.end(),
                       [&](const AlertView &a) { return a.code == code && a.subject == subject; });
}

std::vector<Alert> DashboardModel::alerts() const
{
    const AlertTexts texts{[this](const QString &id) { return serviceName(id); },
                           [this](const QString &id) { return counterName(id); },
                           centreTimeZone(m_centre.centre.timezone)};
    std::vector<Alert> out;
    for (auto it = m_alerts.rbegin(); it != m_alerts.rend(); ++it)
        out.push_back(texts.describe(*it));
    return out;
}

} // namespace novbe
