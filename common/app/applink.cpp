#include "applink.h"

#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
Q_LOGGING_CATEGORY(lcLink, "novbe.link")
} // namespace

AppLink::AppLink(const ConnectionOptions &options, const QString &clientName, QObject *parent)
    : QObject(parent), m_client(new EngineClient(this))
{
    m_client->setEndpoint(options.host, options.port);
    m_client->setCredentials(options.device, options.token, clientName);
    m_client->setTls(options.tls);
    m_clockSync.setInterval(CLOCK_SYNC_MS);
    connect(m_client, &EngineClient::ready, this, &AppLink::handleReady);
    connect(m_client, &EngineClient::stateChanged, this, [this](EngineClient::State s) {
        if (s != EngineClient::State::Ready)
            m_clockSync.stop();
        emit stateChanged(s);
    });
    connect(m_client, &EngineClient::connectionLost, this, &AppLink::connectionLost);
    connect(m_client, &EngineClient::sessionRefused, this, &AppLink::sessionRefused);
    connect(m_client, &EngineClient::connectionFailed, this, &AppLink::connectionFailed);
    connect(m_client, &EngineClient::snapshotReceived, this, &AppLink::handleSnapshot);
    connect(m_client, &EngineClient::eventReceived, this, &AppLink::handleEvent);
    connect(&m_clockSync, &QTimer::timeout, this, &AppLink::syncClock);
}

void AppLink::start()
{
    m_client->start();
}

void AppLink::stop()
{
    m_clockSync.stop();
    m_client->stop();
}

QTimeZone AppLink::timeZone() const
{
    return centreTimeZone(m_centre.centre.timezone);
}

void AppLink::handleReady()
{
    ++m_readyCount;
    syncClock();
    m_clockSync.start();
    reloadCentre();
    emit ready();
}

void AppLink::syncClock()
{
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    m_client->call(QString(method::SESSION_PING), {}, this, [this, sent](const RpcReply &r) {
        const QDateTime serverNow = parseIsoTime(r.result.value(u"now"_s).toString());
        if (r.ok && serverNow.isValid())
            m_clock.setOffsetMs(
                EngineClock::offsetFrom(sent, QDateTime::currentDateTimeUtc(), serverNow));
    });
}

void AppLink::reloadCentre()
{
    m_client->call(QString(method::CENTRE_GET), {}, this, [this](const RpcReply &r) {
        const std::optional<CentreView> centre = r.ok ? decode<CentreView>(r.result) : std::nullopt;
        if (!centre) {
            qCWarning(lcLink).noquote()
                << "centre.get failed:" << (r.ok ? u"malformed answer"_s : r.error.message);
            return;
        }
        m_centre = *centre;
        m_hasCentre = true;
        emit centreLoaded(m_centre);
        if (m_subscribing)
            m_client->subscribe();
    });
}

void AppLink::handleSnapshot(const QJsonObject &json)
{
    if (const std::optional<QueueSnapshot> snapshot = decode<QueueSnapshot>(json))
        emit snapshotReceived(*snapshot);
    else
        qCWarning(lcLink) << "ignored a malformed queue.snapshot";
}

void AppLink::handleEvent(const QJsonObject &json)
{
    const std::optional<EventView> event = decode<EventView>(json);
    if (!event) {
        qCWarning(lcLink).noquote()
            << "ignored a malformed event" << json.value(u"type"_s).toString();
        return;
    }
    emit eventReceived(*event);
}

} // namespace novbe
