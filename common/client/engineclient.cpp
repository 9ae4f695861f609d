#include "engineclient.h"

#include "pendingcalls.h"

#include "protocol/rpc.h"
#include "protocol/wire.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslSocket>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace novbe {

Q_LOGGING_CATEGORY(lcClient, "novbe.client")

EngineClient::EngineClient(QObject *parent) : QObject(parent), m_pending(new PendingCalls(this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EngineClient::connectNow);
    connect(&m_watchdog, &QTimer::timeout, this, &EngineClient::handleWatchdogTick);
    connect(m_pending, &PendingCalls::callExpired, this, &EngineClient::handleCallExpired);
    setTimings(ClientTimings{});
}

EngineClient::~EngineClient()
{
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void EngineClient::setEndpoint(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
}

void EngineClient::setCredentials(const QString &device, const QString &token,
                                  const QString &clientName)
{
    m_device = device;
    m_token = token;
    m_clientName = clientName;
}

void EngineClient::setTimings(const ClientTimings &timings)
{
    m_timings = timings;
    m_backoffMs = timings.backoffMinMs;
    const int tick = std::min(timings.pingIntervalMs, timings.deadAfterMs) / 4;
    m_watchdog.setInterval(std::clamp(tick, 10, 1000));
}

void EngineClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = m_timings.backoffMinMs;
    m_watchdog.start();
    connectNow();
}

void EngineClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    for (const PendingCall &call : m_pending->takeAll()) {
        failLater(call.callback, call.guarded ? call.context.data() : nullptr,
                  clientreason::DISCONNECTED, u"the client was stopped"_s);
    }
    setState(State::Disconnected);
}

EngineClient::State EngineClient::state() const
{
    return m_state;
}

bool EngineClient::isReady() const
{
    return m_state == State::Ready;
}

QJsonObject EngineClient::helloResult() const
{
    return m_helloResult;
}

qint64 EngineClient::lastSeq() const
{
    return m_lastSeq;
}

bool EngineClient::isSubscribed() const
{
    return m_subscribed;
}

void EngineClient::call(const QString &method, const QJsonObject &params, RpcCallback callback,
                        int timeoutMs)
{
    call(method, params, nullptr, std::move(callback), timeoutMs);
}

void EngineClient::call(const QString &method, const QJsonObject &params, QObject *context,
                        RpcCallback callback, int timeoutMs)
{
    if (m_state != State::Ready) {
        failLater(std::move(callback), context, clientreason::NOT_CONNECTED,
                  u"not connected to the engine"_s);
        return;
    }
    send(method, params, context, std::move(callback), timeoutMs);
}

qint64 EngineClient::send(const QString &method, const QJsonObject &params, QObject *context,
                          RpcCallback callback, int timeoutMs)
{
    const qint64 id = m_pending->add(method, std::move(callback), context, std::max(1, timeoutMs));
    m_socket->write(encodeLine(requestMessage(QJsonValue(id), method, params)));
    return id;
}

void EngineClient::failLater(RpcCallback callback, QObject *context, QLatin1String reason,
                             const QString &message)
{
    PendingCall call;
    call.callback = std::move(callback);
    call.context = context;
    call.guarded = context != nullptr;
    const RpcReply reply = RpcReply::localFailure(reason, message);
    QTimer::singleShot(0, this, [call, reply] { call.invoke(reply); });
}

void EngineClient::handleConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_lastReceived.start();
    const QString client = m_clientName.isEmpty() ? QCoreApplication::applicationName()
                                                  : m_clientName;
    QJsonObject params{
        {u"protocol"_s, PROTOCOL_VERSION}, {u"device"_s, m_device}, {u"token"_s, m_token}};
    if (!client.isEmpty())
        params.insert(u"client"_s, client);
    send(
        u"session.hello"_s, params, nullptr,
        [this](const RpcReply &reply) { handleHelloReply(reply); }, m_timings.connectTimeoutMs);
}

void EngineClient::handleHelloReply(const RpcReply &reply)
{
    if (reply.ok) {
        m_helloResult = reply.result;
        // A lower seq means the engine's history is not the one we followed.
        if (reply.result.value(u"seq"_s).toInteger() < m_lastSeq)
            m_lastSeq = 0;
        m_backoffMs = m_timings.backoffMinMs;
        m_lastFailure.clear();
        m_loggedFailure.clear();
        m_lastPing.start();
        setState(State::Ready);
        emit ready(reply.result);
        if (m_subscribed && m_state == State::Ready)
            startSubscription();
        return;
    }
    if (reply.error.reason == clientreason::DISCONNECTED)
        return; // linkDown() already runs
    if (reply.error.code != LOCAL_ERROR_CODE) {
        qCWarning(lcClient) << "session.hello refused:" << reply.error.reason
                            << reply.error.message;
        emit sessionRefused(reply.error);
    }
    const int retryAfterMs = int(reply.error.data.value(u"retryAfterSec"_s).toInteger()) * 1000;
    linkDown(retryAfterMs);
}

void EngineClient::handleReadyRead()
{
    const QPointer<QTcpSocket> socket = m_socket;
    const QPointer<EngineClient> self(this);
    m_lastReceived.restart();
    m_decoder.feed(socket->readAll());
    for (;;) {
        const LineDecoder::Item item = m_decoder.next();
        if (item.status == LineDecoder::Status::NeedMore)
            return;
        if (item.status == LineDecoder::Status::TooLong) {
            qCWarning(lcClient) << "the engine sent a line over the size cap; reconnecting";
            linkDown();
            return;
        }
        handleLine(item.line);
        if (!self || m_socket != socket)
            return; // a callback stopped, deleted or reset the client
    }
}

void EngineClient::handleLine(const QByteArray &line)
{
    const IncomingMessage message = parseIncoming(line);
    switch (message.kind) {
        case IncomingMessage::Kind::Response:
            if (!message.id.isDouble()) {
                qCWarning(lcClient) << "engine error without a request id:"
                                    << (message.error ? message.error->message : QString());
                return;
            }
            handleResponse(message.id.toInteger(),
                           message.error ? RpcReply::failure(*message.error)
                                         : RpcReply::success(message.result));
            return;
        case IncomingMessage::Kind::Notification:
            if (message.method == u"event"_s)
                handleEvent(message.params);
            return;
        case IncomingMessage::Kind::Invalid:
            qCWarning(lcClient) << "ignoring a malformed line from the engine";
            return;
    }
}

void EngineClient::handleResponse(qint64 id, const RpcReply &reply)
{
    const std::optional<PendingCall> call = m_pending->take(id);
    if (call)
        call->invoke(reply); // else: answered after its timeout
}

void EngineClient::handleWatchdogTick()
{
    if (!m_socket)
        return;
    if (m_state == State::Connecting) {
        if (m_attemptStarted.elapsed() <= m_timings.connectTimeoutMs)
            return;
        if (m_tls.enabled && m_socket->state() == QAbstractSocket::ConnectedState
            && !static_cast<QSslSocket *>(m_socket.data())->isEncrypted())
            m_attemptFailure = u"TLS: the engine did not finish a TLS handshake within %1 ms "
                               "(does its port speak plain TCP?); not connecting"_s.arg(
                                   m_timings.connectTimeoutMs);
        linkDown();
        return;
    }
    if (m_lastReceived.elapsed() > m_timings.deadAfterMs) {
        qCWarning(lcClient) << "no sign of the engine for" << m_lastReceived.elapsed()
                            << "ms; reconnecting";
        linkDown();
        return;
    }
    if (m_lastPing.elapsed() >= m_timings.pingIntervalMs) {
        m_lastPing.restart();
        send(u"session.ping"_s, {}, nullptr, {}, m_timings.deadAfterMs);
    }
}

void EngineClient::handleCallExpired(const PendingCall &call)
{
    call.invoke(RpcReply::localFailure(
        clientreason::TIMEOUT,
        u"the engine did not answer %1 within %2 ms"_s.arg(call.method).arg(call.timeoutMs)));
}

void EngineClient::linkDown(int minDelayMs)
{
    if (!m_socket)
        return;
    const QString failure = std::exchange(m_attemptFailure, QString());
    const bool newFailure = !failure.isEmpty() && failure != m_loggedFailure;
    if (newFailure)
        m_loggedFailure = failure;
    m_lastFailure = failure; // before stateChanged: its listeners may show it
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    const bool wasReady = m_state == State::Ready;
    const std::vector<PendingCall> calls = m_pending->takeAll();
    setState(State::Disconnected);
    if (m_running)
        scheduleReconnect(minDelayMs);
    const QPointer<EngineClient> self(this);
    const RpcReply lost = RpcReply::localFailure(clientreason::DISCONNECTED,
                                                 u"the connection to the engine was lost"_s);
    for (const PendingCall &call : calls) {
        call.invoke(lost);
        if (!self)
            return;
    }
    if (wasReady) {
        emit connectionLost();
        if (!self)
            return;
    }
    reportFailure(failure, newFailure);
}

void EngineClient::scheduleReconnect(int minDelayMs)
{
    const int delay = std::max(m_backoffMs, minDelayMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_timings.backoffMaxMs);
    m_reconnectTimer.start(delay);
}

void EngineClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace novbe
