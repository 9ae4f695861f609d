#include "enginefixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace novbe::test {

QJsonObject resultOf(const QJsonObject &response)
{
    return response.value(u"result"_s).toObject();
}

int errorCodeOf(const QJsonObject &response)
{
    return response.value(u"error"_s).toObject().value(u"code"_s).toInt();
}

QString errorReasonOf(const QJsonObject &response)
{
    return response.value(u"error"_s).toObject().value(u"data"_s).toObject()
        .value(u"reason"_s).toString();
}

TestClient::TestClient() : m_socket(std::make_unique<QTcpSocket>())
{
    QObject::connect(m_socket.get(), &QTcpSocket::readyRead, m_socket.get(),
                     [this] { readMessages(); });
}

TestClient::~TestClient() = default;

bool TestClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket->connectToHost(u"127.0.0.1"_s, port);
    return QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

std::optional<QJsonObject> TestClient::hello(const QString &device, const QString &token)
{
    const QJsonObject response = call(u"session.hello"_s,
        {{u"protocol"_s, 1}, {u"device"_s, device},
         {u"token"_s, token.isEmpty() ? demoToken(device) : token}, {u"client"_s, u"test"_s}});
    if (!response.contains(u"result"_s))
        return std::nullopt;
    return resultOf(response);
}

bool TestClient::openCounter(const QString &operatorId, const QString &counter)
{
    const QJsonObject login = call(u"operator.login"_s,
        {{u"operator"_s, operatorId}, {u"pin"_s, demoPin(operatorId)}});
    if (!login.contains(u"result"_s))
        return false;
    return call(u"counter.open"_s, {{u"counter"_s, counter}}).contains(u"result"_s);
}

qint64 TestClient::send(const QString &method, const QJsonObject &params)
{
    const qint64 id = m_nextId++;
    const QJsonObject request{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method},
                              {u"params"_s, params}};
    m_socket->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    return id;
}

void TestClient::sendRaw(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void TestClient::readMessages()
{
    m_buffer += m_socket->readAll();
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        const QJsonObject message = QJsonDocument::fromJson(line).object();
        m_received.append(message);
        if (message.value(u"method"_s) == u"event"_s)
            m_events.append(message.value(u"params"_s).toObject());
        else
            m_responses.append(message);
    }
}

std::optional<QJsonObject> TestClient::awaitResponse(qint64 id, int timeoutMs)
{
    std::optional<QJsonObject> found;
    auto take = [&] {
        for (qsizetype i = 0; i < m_responses.size(); ++i) {
            if (m_responses.at(i).value(u"id"_s) == QJsonValue(id)) {
                found = m_responses.takeAt(i);
                return true;
            }
        }
        return !isConnected() && m_socket->bytesAvailable() == 0;
    };
    (void)QTest::qWaitFor(take, timeoutMs);
    return found;
}

std::optional<QJsonObject> TestClient::awaitNullIdResponse(int timeoutMs)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor([&] {
        for (qsizetype i = 0; i < m_responses.size(); ++i) {
            if (m_responses.at(i).value(u"id"_s).isNull()) {
                found = m_responses.takeAt(i);
                return true;
            }
        }
        return !isConnected() && m_socket->bytesAvailable() == 0;
    }, timeoutMs);
    return found;
}

QJsonObject TestClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    return awaitResponse(send(method, params), timeoutMs).value_or(QJsonObject());
}

std::optional<QJsonObject> TestClient::awaitEvent(const QString &type, int timeoutMs)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor([&] {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (type.isEmpty() || m_events.at(i).value(u"type"_s).toString() == type) {
                found = m_events.takeAt(i);
                return true;
            }
        }
        return false;
    }, timeoutMs);
    return found;
}

bool TestClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

void TestClient::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

} // namespace novbe::test
