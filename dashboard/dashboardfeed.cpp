#include "dashboardfeed.h"

#include "app/applink.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

DashboardFeed::DashboardFeed(AppLink *link, DashboardModel *model, QObject *parent)
    : QObject(parent), m_link(link), m_model(model)
{
    connect(m_link, &AppLink::centreLoaded, this, [this](const CentreView &centre) {
        m_model->setCentre(centre);
        refresh();
    });
    connect(m_link, &AppLink::stateChanged, this, &DashboardFeed::changed);
    connect(m_link, &AppLink::snapshotReceived, this, [this](const QueueSnapshot &s) {
        m_model->setSnapshot(s, m_link->clock().now());
        emit changed();
    });
    connect(m_link, &AppLink::eventReceived, this, &DashboardFeed::handleEvent);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(++m_ticks % OPERATORS_EVERY == 0); });
}

void DashboardFeed::start()
{
    m_timer.start(REFRESH_MS);
    m_link->start();
}

void DashboardFeed::refresh()
{
    poll(true);
}

void DashboardFeed::handleEvent(const EventView &event)
{
    if (const auto *alert = event.as<AlertEvent>()) {
        if (m_model->applyAlert(event.type, alert->alert))
            emit alertRaised();
        emit changed();
        return;
    }
    m_model->applyEvent(event, m_link->clock().now());
    if (event.as<DeviceChangedEvent>() || event.as<DayRolloverEvent>())
        poll(event.as<DayRolloverEvent>() != nullptr);
    emit changed();
}

void DashboardFeed::poll(bool operators)
{
    if (!m_link->isReady()) {
        emit changed();
        return;
    }
    EngineClient *client = m_link->client();
    client->call(QString(method::QUEUE_SNAPSHOT), {}, this, [this](const RpcReply &r) {
        if (const auto snapshot = r.ok ? decode<QueueSnapshot>(r.result) : std::nullopt)
            m_model->setSnapshot(*snapshot, m_link->clock().now());
    });
    client->call(QString(method::STATS_TODAY), {}, this, [this](const RpcReply &r) {
        if (const auto stats = r.ok ? decode<StatsView>(r.result) : std::nullopt) {
            m_model->setStats(*stats);
            askWeekAgo();
        }
    });
    askAlerts();
    if (operators) {
        client->call(QString(method::STATS_OPERATORS), {}, this, [this](const RpcReply &r) {
            if (const auto ops = r.ok ? decode<OperatorStatsView>(r.result) : std::nullopt)
                m_model->setOperators(*ops);
        });
    }
    client->call(QString(method::DEVICES_LIST), {}, this, [this](const RpcReply &r) {
        if (const auto devices = r.ok ? decode<DevicesView>(r.result) : std::nullopt)
            m_model->setDevices(*devices);
        emit changed(); // the last answer of this round
        emit polled();
    });
}

void DashboardFeed::askAlerts()
{
    m_link->client()->call(QString(method::ALERTS_LIST), {}, this, [this](const RpcReply &r) {
        std::vector<AlertView> active;
        if (!r.ok)
            return;
        for (const QJsonValue &v : r.result.value(u"alerts"_s).toArray()) {
            if (const auto alert = decode<AlertView>(v.toObject()))
                active.push_back(*alert);
        }
        if (m_model->setAlerts(active))
            emit alertRaised();
        emit changed();
    });
}

void DashboardFeed::acknowledge(qint64 id)
{
    if (!m_link->isReady())
        return;
    m_link->client()->call(QString(method::ALERTS_ACK), {{u"id"_s, id}}, this,
                           [this](const RpcReply &) { askAlerts(); });
}

void DashboardFeed::askWeekAgo()
{
    const QDateTime now = m_link->clock().now();
    const QString day = m_model->serviceDay();
    if (day.isEmpty()
        || (day == m_weekAgoDay && m_weekAgoAsked.isValid()
            && m_weekAgoAsked.secsTo(now) < WEEK_AGO_EVERY_SEC))
        return;
    m_weekAgoAsked = now;
    m_weekAgoDay = day;
    const QString weekAgo = QDate::fromString(day, Qt::ISODate).addDays(-7).toString(Qt::ISODate);
    const QString until = now.toTimeZone(m_link->timeZone()).toString(u"HH:mm"_s);
    m_link->client()->call(QString(method::STATS_RANGE),
                           {{u"from"_s, weekAgo}, {u"to"_s, weekAgo}, {u"untilTime"_s, until}},
                           this, [this](const RpcReply &r) {
                               if (const auto range = r.ok ? decode<RangeStatsView>(r.result)
                                                           : std::nullopt) {
                                   m_model->setWeekAgo(*range);
                                   emit changed();
                               }
                           });
}

} // namespace novbe
