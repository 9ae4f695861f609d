#pragma once

// EngineClient: one connection to novbe-engine, used by every app and by the
// tests. It says session.hello, matches answers to calls by id, delivers
// events once and in seq order, pings a quiet link and reconnects by itself
// (backoff 0.5 s doubling to 10 s), resubscribing where it left off.
//
//   EngineClient client;
//   client.setEndpoint(u"127.0.0.1"_s, 7400);
//   client.setCredentials(u"kiosk-1"_s, token, u"novbe-kiosk"_s);
//   client.setTls(tls); // optional: TLS with a pinned CA (clienttls.h)
//   connect(&client, &EngineClient::ready, ...);
//   client.start();
//   client.call(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}}, this,
//               [](const RpcReply &r) { ... });

#include "clienttls.h"
#include "rpcreply.h"

#include "protocol/framing.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <QAbstractSocket>

class QTcpSocket;

namespace novbe {

class PendingCalls;
struct PendingCall;

struct ClientTimings
{
    int pingIntervalMs = 3000;   // session.ping this often while Ready
    int deadAfterMs = 8000;      // nothing received this long -> the link is dead
    int connectTimeoutMs = 8000; // TCP connect + session.hello
    int backoffMinMs = 500;      // first reconnect delay; reset after a good hello
    int backoffMaxMs = 10000;    // reconnect delay cap
};

class EngineClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, // stopped, or waiting before the next attempt
        Connecting,   // TCP connect or session.hello in progress
        Ready,        // hello accepted; calls are sent
    };
    Q_ENUM(State)

    static constexpr int DEFAULT_TIMEOUT_MS = 10000;

    explicit EngineClient(QObject *parent = nullptr);
    // Pending callbacks are dropped without being called.
    ~EngineClient() override;

    void setEndpoint(const QString &host, quint16 port);
    // `clientName` goes to session.hello; empty = the application name.
    void setCredentials(const QString &device, const QString &token,
                        const QString &clientName = {});
    void setTimings(const ClientTimings &timings);
    // TLS to the engine (from the next connection on); disabled: plain TCP.
    void setTls(const ClientTls &tls);

    // Connects and keeps reconnecting until stop().
    void start();
    // Closes the connection; pending calls fail with DISCONNECTED (from the
    // event loop). lastSeq() and the subscription are kept for start().
    void stop();

    State state() const;
    bool isReady() const;
    QJsonObject helloResult() const; // result of the last accepted session.hello
    // Why the last attempt failed when the user must act (a refused TLS
    // certificate); empty when it failed otherwise, and once connected.
    QString lastFailure() const { return m_lastFailure; }
    qint64 lastSeq() const; // highest event seq delivered (or snapshot seq)
    bool isSubscribed() const;

    // Sends a request when Ready. The callback runs exactly once, from the
    // event loop: the engine's answer, or a local failure (NOT_CONNECTED,
    // TIMEOUT, DISCONNECTED). With a `context`, it is skipped once `context`
    // is destroyed. Requires: timeoutMs > 0.
    void call(const QString &method, const QJsonObject &params, RpcCallback callback,
              int timeoutMs = DEFAULT_TIMEOUT_MS);
    void call(const QString &method, const QJsonObject &params, QObject *context,
              RpcCallback callback, int timeoutMs = DEFAULT_TIMEOUT_MS);

    // Subscribes to events now (or once Ready) and after every reconnect:
    // first time (lastSeq() == 0) queue.snapshot then events.subscribe
    // {sinceSeq: snapshot seq}; later events.subscribe {sinceSeq: lastSeq()},
    // and on resync:true a fresh queue.snapshot.
    void subscribe();

signals:
    void stateChanged(novbe::EngineClient::State state);
    void ready(const QJsonObject &helloResult);
    // session.hello was answered with an error; the client retries later.
    void sessionRefused(const novbe::WireError &error);
    // A Ready connection ended (engine gone, silent, or misbehaving).
    void connectionLost();
    // An attempt failed for a reason the user must fix (a TLS certificate the
    // pinned CA did not sign, a wrong name, a failed handshake); the client
    // retries later, never over plain TCP. Logged once per distinct message.
    void connectionFailed(const QString &message);
    // events.subscribe succeeded ({seq, replayed} or {seq, resync}).
    void subscribed(const QJsonObject &result);
    void subscriptionFailed(const novbe::WireError &error);
    // A queue.snapshot taken by subscribe(): replace local state with it.
    void snapshotReceived(const QJsonObject &snapshot);
    // Event params {seq, type, at, ...}; only seq > lastSeq(), so never twice.
    void eventReceived(const QJsonObject &params);

private:
    void connectNow();
    void noteSocketError(QAbstractSocket::SocketError error);
    void noteTlsErrors(const QList<QSslError> &errors);
    void reportFailure(const QString &message, bool isNew);
    void handleConnected();
    void handleReadyRead();
    void handleLine(const QByteArray &line);
    void handleResponse(qint64 id, const RpcReply &reply);
    void handleEvent(const QJsonObject &params);
    void handleHelloReply(const RpcReply &reply);
    void handleWatchdogTick();
    void handleCallExpired(const PendingCall &call);
    void linkDown(int minDelayMs = 0);
    void scheduleReconnect(int minDelayMs);
    void setState(State state);
    qint64 send(const QString &method, const QJsonObject &params, QObject *context,
                RpcCallback callback, int timeoutMs);
    void failLater(RpcCallback callback, QObject *context, QLatin1String reason,
                   const QString &message);
    void startSubscription();
    void requestEvents();
    void takeSnapshot(bool thenSubscribe);

    QString m_host = QStringLiteral("127.0.0.1");
    quint16 m_port = 7400;
    QString m_device;
    QString m_token;
    QString m_clientName;
    ClientTimings m_timings;
    ClientTls m_tls;
    QString m_attemptFailure; // why the current attempt failed (TLS), for linkDown()
    QString m_lastFailure;
    QString m_loggedFailure; // logged once until it changes or a hello succeeds

    QPointer<QTcpSocket> m_socket;
    LineDecoder m_decoder;
    PendingCalls *m_pending;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_lastPing;
    QElapsedTimer m_attemptStarted;

    State m_state = State::Disconnected;
    bool m_running = false;
    bool m_subscribed = false;
    int m_backoffMs = 500;
    qint64 m_lastSeq = 0;
    QJsonObject m_helloResult;
};

} // namespace novbe
