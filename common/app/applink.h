#pragma once

// AppLink: an app's link to its engine, the same for every app. It owns the
// EngineClient and the engine clock and runs the one start-up sequence:
// ready -> session.ping (clock) -> centre.get -> subscribe (snapshot, then
// events); the client resubscribes by itself after a reconnect, and the
// centre is loaded again after each one. Answers and events arrive decoded
// with the read model.

#include "connectionoptions.h"
#include "engineclock.h"

#include "client/engineclient.h"
#include "protocol/readmodel.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace novbe {

class AppLink : public QObject
{
    Q_OBJECT

public:
    static constexpr int CLOCK_SYNC_MS = 5 * 60 * 1000;

    // `clientName` goes to session.hello ("novbe-kiosk").
    AppLink(const ConnectionOptions &options, const QString &clientName, QObject *parent = nullptr);

    // Connects (and keeps reconnecting) until stop().
    void start();
    void stop();
    // Whether to subscribe once the centre is loaded (default true).
    void setSubscribing(bool subscribing) { m_subscribing = subscribing; }
    // Asks centre.get again now (opening hours change, a new day).
    void reloadCentre();

    EngineClient *client() const { return m_client; }
    const EngineClock &clock() const { return m_clock; }
    EngineClock &clock() { return m_clock; }
    bool isReady() const { return m_client->isReady(); }
    // True from the second ready on: this connection is a reconnect.
    bool isReconnect() const { return m_readyCount > 1; }
    bool hasCentre() const { return m_hasCentre; }
    const CentreView &centre() const { return m_centre; }
    // The centre's time zone (from centre.get), else the config's default.
    QTimeZone timeZone() const;

signals:
    void stateChanged(novbe::EngineClient::State state);
    void ready();
    void connectionLost();
    void sessionRefused(const novbe::WireError &error);
    // The engine could not be reached for a reason someone must fix (a TLS
    // certificate the pinned CA did not sign, ...): EngineClient::connectionFailed.
    void connectionFailed(const QString &message);
    void centreLoaded(const novbe::CentreView &centre);
    void snapshotReceived(const novbe::QueueSnapshot &snapshot);
    void eventReceived(const novbe::EventView &event);

private:
    void handleReady();
    void syncClock();
    void handleSnapshot(const QJsonObject &json);
    void handleEvent(const QJsonObject &json);

    EngineClient *m_client;
    EngineClock m_clock;
    QTimer m_clockSync;
    CentreView m_centre;
    bool m_hasCentre = false;
    bool m_subscribing = true;
    int m_readyCount = 0;
};

} // namespace novbe
