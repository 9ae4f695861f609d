#include "dashboardmodel.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

DashboardModel::DashboardModel(QString lang) : m_lang(std::move(lang)) {}

QString DashboardModel::text(const QJsonValue &localized) const
{
    const QJsonObject o = localized.toObject();
    for (const QString &l : {m_lang, u"az"_s, u"en"_s}) {
        if (o.contains(l))
            return o.value(l).toString();
    }
    return o.isEmpty() ? localized.toString() : o.begin()->toString();
}

void DashboardModel::setCentre(const QJsonObject &c)
{
    m_centreName = text(c.value(u"centre"_s)[u"name"_s]);
    m_serviceOrder.clear();
    for (const QJsonValue &v : c.value(u"services"_s).toArray()) {
        ServiceRow &row = m_services[v[u"id"_s].toString()];
        row.id = v[u"id"_s].toString();
        row.name = text(v[u"name"_s]);
        row.targetWaitMin = v[u"targetWaitMin"_s].toInt();
        m_serviceOrder << row.id;
    }
    m_counterOrder.clear();
    for (const QJsonValue &v : c.value(u"counters"_s).toArray()) {
        m_counterOrder << v[u"id"_s].toString();
        applyCounter(v.toObject(), {});
    }
}

void DashboardModel::setSnapshot(const QJsonObject &snapshot, const QDateTime &now)
{
    for (const QJsonValue &v : snapshot.value(u"services"_s).toArray()) {
        ServiceRow &row = m_services[v[u"id"_s].toString()];
        row.waiting = v[u"waitingCount"_s].toInt();
        row.longestWaitSec = v[u"longestWaitSec"_s].toInt();
        row.etaSec = v[u"etaSec"_s].toInt();
    }
    for (const QJsonValue &v : snapshot.value(u"counters"_s).toArray())
        applyCounter(v.toObject(), now);
}

void DashboardModel::setStats(const QJsonObject &stats)
{
    for (const QJsonValue &v : stats.value(u"services"_s).toArray()) {
        ServiceRow &row = m_services[v[u"id"_s].toString()];
        row.issued = v[u"issued"_s].toInt();
        row.served = v[u"served"_s].toInt();
        row.noShow = v[u"noShow"_s].toInt();
        row.avgWaitSec = v[u"avgWaitSec"_s].toInt();
        row.slaPct = v[u"slaPct"_s].toInt(100);
    }
    m_ratings = stats.value(u"feedbackCount"_s).toInt();
    m_avgRating = stats.value(u"avgRating"_s).toDouble();
}

bool DashboardModel::applyEvent(const QJsonObject &e, const QDateTime &now)
{
    const QString type = e.value(u"type"_s).toString();
    const QDateTime at = QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs);
    if (type == u"counter.changed") {
        applyCounter(e.value(u"counter"_s).toObject(), at.isValid() ? at : now);
    } else if (type == u"queue.changed") {
        ServiceRow &row = m_services[e.value(u"service"_s).toString()];
        row.waiting = e.value(u"waitingCount"_s).toInt();
        row.etaSec = e.value(u"etaSec"_s).toInt();
        if (row.waiting == 0)
            row.longestWaitSec = 0;
    } else if (type == u"device.changed") {
        applyDevice(e, at.isValid() ? at : now);
    } else if (type == u"day.rollover") {
        for (ServiceRow &row : m_services)
            row = ServiceRow{row.id, row.name, row.targetWaitMin};
        return true;
    }
    return type.startsWith(u"ticket."_s) || type == u"feedback.submitted";
}

void DashboardModel::applyCounter(const QJsonObject &c, const QDateTime &at)
{
    CounterTile &tile = m_counters[c.value(u"id"_s).toString()];
    const QString state = c.value(u"state"_s).toString();
    tile.id = c.value(u"id"_s).toString();
    if (c.contains(u"name"_s))
        tile.name = text(c.value(u"name"_s));
    if (c.contains(u"services"_s)) {
        tile.services.clear();
        for (const QJsonValue &s : c.value(u"services"_s).toArray())
            tile.services << s.toString();
    }
    if (tile.state != state || !tile.since.isValid())
        tile.since = at;
    tile.state = state;
    tile.operatorName = c.value(u"operator"_s)[u"name"_s].toString();
    tile.ticketNumber = c.value(u"ticket"_s)[u"number"_s].toString();
    tile.pauseReason = c.value(u"pauseReason"_s).toString();
}

void DashboardModel::applyDevice(const QJsonObject &e, const QDateTime &at)
{
    const QString device = e.value(u"device"_s).toString();
    const QString printer = e.value(u"printer"_s)[u"state"_s].toString();
    if (!e.value(u"online"_s).toBool()) {
        m_deviceAlerts[device] = Alert{AlertLevel::Fault, at, device + u" is offline"_s,
                                       u"Check its power and network cable."_s};
    } else if (printer == u"paperOut" || printer == u"coverOpen" || printer == u"offline") {
        const QString what = printer == u"paperOut" ? u"is out of paper"_s
            : printer == u"coverOpen"               ? u"has its printer cover open"_s
                                                    : u"cannot reach its printer"_s;
        m_deviceAlerts[device] = Alert{AlertLevel::Fault, at, device + u' ' + what,
                                       u"It has stopped issuing tickets: fix the printer now."_s};
    } else if (printer == u"paperLow") {
        m_deviceAlerts[device] = Alert{AlertLevel::Warning, at, device + u" is low on paper"_s,
                                       u"Bring a new roll before it runs out."_s};
    } else {
        m_deviceAlerts.remove(device);
    }
}

KpiCards DashboardModel::cards() const
{
    KpiCards k;
    int slaWeighted = 0;
    int slaWeight = 0;
    int noShows = 0;
    for (const ServiceRow &r : m_services) {
        k.waitingNow += r.waiting;
        k.longestWaitSec = std::max(k.longestWaitSec, r.longestWaitSec);
        k.servedToday += r.served;
        noShows += r.noShow;
        slaWeighted += r.slaPct * (r.served + r.noShow);
        slaWeight += r.served + r.noShow;
    }
    k.slaPct = slaWeight ? slaWeighted / slaWeight : 100;
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
                                u"%1: longest wait %2 min, target %3 min"_s.arg(r.name).arg(r.longestWaitSec / 60).arg(r.targetWaitMin),
                                u"Open another counter for this service or move an operator."_s});
    }
    for (const CounterTile &t : counters(now)) {
        if (t.idleWithQueue)
            out.push_back(Alert{AlertLevel::Warning, t.since,
                                u"Counter %1 is idle while citizens wait"_s.arg(t.name),
                                u"Ask the operator to call the next ticket."_s});
    }
    std::stable_sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) { return a.at > b.at; });
    return out;
}

} // namespace novbe
