#include "dashboardmodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe {

DashboardModel::DashboardModel(QString lang) : m_lang(std::move(lang)) {}

void DashboardModel::setCentre(const CentreView &c)
{
    m_centreName = localized(c.centre.name, m_lang);
    m_serviceOrder.clear();
    for (const ServiceView &s : c.services) {
        ServiceRow &row = m_services[s.id];
        row.id = s.id;
        row.name = localized(s.name, m_lang);
        row.targetWaitMin = s.targetWaitMin;
        m_serviceOrder << row.id;
    }
    m_counterOrder.clear();
    for (const CounterView &counter : c.counters) {
        m_counterOrder << counter.id;
        applyCounter(counter, {});
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
}

void DashboardModel::setStats(const StatsView &stats)
{
    for (const ServiceKpi &kpi : stats.kpis.services) {
        ServiceRow &row = m_services[kpi.id];
        row.issued = kpi.issued;
        row.served = kpi.served;
        row.noShow = kpi.noShow;
        row.avgWaitSec = kpi.avgWaitSec;
        row.slaPct = kpi.slaPct;
    }
    m_ratings = stats.kpis.feedbackCount;
    m_avgRating = stats.kpis.avgRating;
}

bool DashboardModel::applyEvent(const EventView &e, const QDateTime &now)
{
    const QDateTime at = e.at.isValid() ? e.at : now;
    if (const auto *changed = e.as<CounterChangedEvent>()) {
        applyCounter(changed->counter, at);
    } else if (const auto *queue = e.as<QueueChangedEvent>()) {
        ServiceRow &row = m_services[queue->service];
        row.waiting = queue->waitingCount;
        row.etaSec = queue->etaSec;
        if (row.waiting == 0)
            row.longestWaitSec = 0;
    } else if (const auto *device = e.as<DeviceChangedEvent>()) {
        applyDevice(*device, at);
    } else if (e.as<DayRolloverEvent>()) {
        for (ServiceRow &row : m_services)
            row = ServiceRow{row.id, row.name, row.targetWaitMin};
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
    if (tile.state != state || !tile.since.isValid())
        tile.since = at;
    tile.state = state;
    tile.operatorName = c.op ? c.op->name : QString();
    tile.ticketNumber = c.ticket ? c.ticket->number : QString();
    tile.pauseReason = c.pauseReason;
}

void DashboardModel::applyDevice(const DeviceChangedEvent &e, const QDateTime &at)
{
    const QString &device = e.device;
    const QString printer = e.printer ? e.printer->state : QString();
    if (!e.online) {
        m_deviceAlerts[device] = Alert{AlertLevel::Fault, at, tr("%1 is offline").arg(device),
                                       tr("Check its power and network cable.")};
    } else if (printer == u"paperOut" || printer == u"coverOpen" || printer == u"offline") {
        const QString what = printer == u"paperOut" ? tr("%1 is out of paper")
            : printer == u"coverOpen"               ? tr("%1 has its printer cover open")
                                                    : tr("%1 cannot reach its printer");
        m_deviceAlerts[device] = Alert{AlertLevel::Fault, at, what.arg(device),
                                       tr("It has stopped issuing tickets: fix the printer now.")};
    } else if (printer == u"paperLow") {
        m_deviceAlerts[device] = Alert{AlertLevel::Warning, at,
                                       tr("%1 is low on paper").arg(device),
                                       tr("Bring a new roll before it runs out.")};
    } else {
        m_deviceAlerts.remove(device);
    }
}

KpiCards DashboardModel::cards() const
{
    KpiCards k;
    int withinTarget = 0;
    int calls = 0;
    int noShows = 0;
    for (const ServiceRow &r : m_services) {
        k.waitingNow += r.waiting;
        k.longestWaitSec = std::max(k.longestWaitSec, r.longestWaitSec);
        k.servedToday += r.served;
        noShows += r.noShow;
        // Back to a count per service, then one ratio over the whole centre.
        const int called = r.served + r.noShow;
        withinTarget += int(std::lround(r.slaPct * called / 100.0));
        calls += called;
    }
    k.slaPct = calls ? int(std::lround(100.0 * withinTarget / calls)) : 100;
    k.noShowPct = (k.servedToday + noShows) ? 100 * noShows / (k.servedToday + noShows) : 0;
    k.avgRating = m_avgRating;
    k.ratings = m_ratings;
    return k;
}

std::vector<ServiceRow> DashboardModel::services() const
{
    std::vector<ServiceRow> rows;
    for (const QString &id : m_serviceOrder)
        rows.push_back(m_services.value(id));
    return rows;
}

std::vector<CounterTile> DashboardModel::counters(const QDateTime &now) const
{
    std::vector<CounterTile> tiles;
    for (const QString &id : m_counterOrder) {
        CounterTile t = m_counters.value(id);
        if (t.state == u"idle" && t.since.isValid() && t.since.secsTo(now) >= IDLE_WITH_QUEUE_SEC) {
            for (const QString &s : std::as_const(t.services))
                t.idleWithQueue = t.idleWithQueue || m_services.value(s).waiting > 0;
        }
        tiles.push_back(t);
    }
    return tiles;
}

std::vector<Alert> DashboardModel::alerts(const QDateTime &now) const
{
    std::vector<Alert> out(m_deviceAlerts.begin(), m_deviceAlerts.end());
    for (const ServiceRow &r : services()) {
        if (r.targetWaitMin > 0 && r.longestWaitSec > r.targetWaitMin * 60)
            out.push_back(Alert{AlertLevel::Fault, now,
                                tr("%1: longest wait %2 min, target %3 min")
                                    .arg(r.name)
                                    .arg(r.longestWaitSec / 60)
                                    .arg(r.targetWaitMin),
                                tr("Open another counter for this service or move an operator.")});
    }
    for (const CounterTile &t : counters(now)) {
        if (t.idleWithQueue)
            out.push_back(Alert{AlertLevel::Warning, t.since,
                                tr("Counter %1 is idle while citizens wait").arg(t.name),
                                tr("Ask the operator to call the next ticket.")});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Alert &a, const Alert &b) { return a.at > b.at; });
    return out;
}

} // namespace novbe
