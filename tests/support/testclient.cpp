#include "testclient.h"

#include "samplecentre.h"
#include "waiting.h"

#include <QHostAddress>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::test {

TestClient::TestClient()
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { handleReadyRead(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                     [this] { m_disconnected = true; });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                     [this](QAbstractSocket::SocketError error) {
                         if (error != QAbstractSocket::RemoteHostClosedError)
                             m_socketErrors << u"socket: "_s + m_socket.errorString();
                         if (m_socket.state() != QAbstractSocket::ConnectedState)
                             m_disconnected = true;
                     });
}

TestClient::~TestClient()
{
    m_socket.disconnect();
    m_socket.abort();
}

bool TestClient::connectTo(quint16 port, int timeoutMs)
{
    m_disconnected = false;
    m_socket.connectToHost(u"127.0.0.1"_s, port);
    return waitUntil([this] { return isConnected() || m_disconnected; }, timeoutMs)
        && isConnected();
}

bool TestClient::connectFrom(const QString &sourceAddress, quint16 port, int timeoutMs)
{
    if (!m_socket.bind(QHostAddress(sourceAddress), 0))
        return false;
    return connectTo(port, timeoutMs);
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::disconnectFromHost()
{
    m_socket.disconnectFromHost();
}

void TestClient::abort()
{
    m_socket.abort();
    m_disconnected = true;
}

void TestClient::setReading(bool on)
{
    m_reading = on;
    m_socket.setReadBufferSize(on ? 0 : 1);
    if (on)
        handleReadyRead();
}

void TestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void TestClient::sendJson(const QJsonObject &message)
{
    sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

qint64 TestClient::send(const QString &method, const QJsonObject &params, bool withParams)
{
    const qint64 id = m_nextId++;
    QJsonObject request{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (withParams)
        request.insert(u"params"_s, params);
    sendJson(request);
    return id;
}

qint64 TestClient::callAsync(const QString &method, const QJsonObject &params,
                             ResponseHandler onResponse)
{
    const qint64 id = send(method, params);
    m_handlers.insert(id, std::move(onResponse));
    return id;
}

QJsonObject TestClient::response(qint64 id, int timeoutMs)
{
    waitUntil([this, id] { return m_responses.contains(id) || m_disconnected; }, timeoutMs);
    return m_responses.value(id);
}

QJsonObject TestClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    return response(send(method, params), timeoutMs);
}

QJsonObject TestClient::hello(const QString &device, const QString &token)
{
    return call(u"session.hello"_s,
                {{u"protocol"_s, 1},
                 {u"device"_s, device},
                 {u"token"_s, token.isEmpty() ? demoToken(device) : token},
                 {u"client"_s, u"novbe-test"_s}});
}

bool TestClient::openCounter(const QString &operatorId, const QString &counter)
{
    return isOk(call(u"operator.login"_s,
                     {{u"operator"_s, operatorId}, {u"pin"_s, demoPin(operatorId)}}))
        && isOk(call(u"counter.open"_s, {{u"counter"_s, counter}}));
}

void TestClient::clearEvents()
{
    m_events.clear();
    m_pending.clear();
}

std::optional<QJsonObject> TestClient::awaitEvent(const QString &type, int timeoutMs)
{
    std::optional<QJsonObject> found;
    const auto take = [&] {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (type.isEmpty() || m_pending.at(i).value(u"type"_s).toString() == type) {
                found = m_pending.takeAt(i);
                return true;
            }
        }
        return false;
    };
    waitUntil(take, timeoutMs);
    return found;
}

bool TestClient::waitForEvents(int count, int timeoutMs)
{
    return waitUntil([this, count] { return m_events.size() >= count; }, timeoutMs);
}

bool TestClient::waitForMessages(int count, int timeoutMs)
{
    return waitUntil([this, count] { return m_messages.size() >= count; }, timeoutMs);
}

bool TestClient::waitForDisconnect(int timeoutMs)
{
    return waitUntil([this] { return m_disconnected; }, timeoutMs);
}

void TestClient::handleReadyRead()
{
    if (!m_reading)
        return;
    m_buffer += m_socket.readAll();
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        handleLine(line);
    }
}

void TestClient::handleLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(u"jsonrpc"_s) != QJsonValue(u"2.0"_s)) {
        m_badLines << line;
        return;
    }
    const QJsonObject message = document.object();
    m_messages << message;
    if (!message.contains(u"id"_s)) {
        if (message.value(u"method"_s).toString() == u"event"_s) {
            m_events << message.value(u"params"_s).toObject();
            m_pending << m_events.constLast();
        }
        return;
    }
    handleResponse(message);
}

void TestClient::handleResponse(const QJsonObject &message)
{
    const QJsonValue id = message.value(u"id"_s);
    if (id.isNull()) {
        m_nullId << message;
        return;
    }
    if (!id.isDouble())
        return;
    const qint64 key = id.toInteger(); // the client only sends integer ids
    m_responses.insert(key, message);
    if (const ResponseHandler handler = m_handlers.take(key))
        handler(message);
}

bool isOk(const QJsonObject &message)
{
    return message.contains(u"result"_s) && !message.contains(u"error"_s);
}

int errorCode(const QJsonObject &message)
{
    return message.value(u"error"_s).toObject().value(u"code"_s).toInt();
}

QString errorReason(const QJsonObject &message)
{
    return message.value(u"error"_s)
        .toObject()
        .value(u"data"_s)
        .toObject()
        .value(u"reason"_s)
        .toString();
}

QJsonObject resultOf(const QJsonObject &message)
{
    return message.value(u"result"_s).toObject();
}

QString describe(const QJsonObject &message)
{
    if (message.isEmpty())
        return u"<no response>"_s;
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact).left(600));
}

QList<QJsonObject> alertsOf(const TestClient &client, const QString &code)
{
    QList<QJsonObject> alerts;
    for (const QJsonObject &message : client.messages()) {
        if (message.value(u"method"_s).toString() != u"alert"_s)
            continue;
        const QJsonObject alert =
            message.value(u"params"_s).toObject().value(u"alert"_s).toObject();
        if (code.isEmpty() || alert.value(u"code"_s).toString() == code)
            alerts.append(alert);
    }
    return alerts;
}

} // namespace novbe::test
