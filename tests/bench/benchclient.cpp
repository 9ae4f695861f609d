#include "benchclient.h"

#include "jsonscan.h"
#include "waiter.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace novbe::bench {

BenchClient::BenchClient(QObject *parent) : QObject(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connected = true;
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emit connected();
        Progress::poke();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &BenchClient::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &BenchClient::markFailed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            markFailed();
    });
}

void BenchClient::markFailed()
{
    m_connected = false;
    if (m_failed)
        return;
    m_failed = true;
    emit disconnected();
    Progress::poke();
}

BenchClient::~BenchClient() = default;

void BenchClient::connectTo(quint16 port)
{
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

void BenchClient::call(QByteArrayView method, QByteArrayView params, Callback callback)
{
    const qint64 id = m_nextId++;
    const QByteArray line = requestLine(id, method, params);
    const qint64 sent = nowNs();
    m_pending.push_back(Pending{id, sent, std::move(callback)});
    m_socket->write(line);
}

void BenchClient::disconnectNow()
{
    m_failed = true; // a deliberate close: no disconnected() signal
    m_socket->abort();
    m_connected = false;
}

void BenchClient::handleReadyRead()
{
    const qint64 received = nowNs();
    m_buffer += m_socket->readAll();
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        handleLine(QByteArrayView(m_buffer).sliced(start, end - start), received);
        start = end + 1;
    }
    m_buffer.remove(0, start);
    Progress::poke();
}

void BenchClient::handleLine(QByteArrayView line, qint64 receivedNs)
{
    const QByteArrayView id = jsonField(line, "id");
    if (id.isEmpty()) {
        if (m_eventHandler && !jsonField(line, "method").isEmpty())
            m_eventHandler(line, receivedNs);
        else
            ++m_stray;
        return;
    }
    if (m_pending.empty() || jsonInt(id) != m_pending.front().id) {
        ++m_stray;
        return;
    }
    Pending pending = std::move(m_pending.front());
    m_pending.pop_front();
    Answer answer;
    answer.line = line.toByteArray();
    answer.result = jsonField(answer.line, "result");
    answer.error = jsonField(answer.line, "error");
    answer.sentNs = pending.sentNs;
    answer.receivedNs = receivedNs;
    if (pending.callback)
        pending.callback(answer);
}

std::optional<Answer> callAndWait(BenchClient *client, QByteArrayView method, QByteArrayView params,
                                  int timeoutMs)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    client->call(method, params, [answer](const Answer &a) { *answer = a; });
    waitFor([&] { return answer->has_value() || client->hasFailed(); }, timeoutMs);
    return *answer;
}

QByteArray requestLine(qint64 id, QByteArrayView method, QByteArrayView params)
{
    QByteArray line;
    line.reserve(64 + method.size() + params.size());
    line += "{\"jsonrpc\":\"2.0\",\"id\":";
    line += QByteArray::number(id);
    line += ",\"method\":\"";
    line += method;
    line += '"';
    if (!params.isEmpty()) {
        line += ",\"params\":";
        line += params;
    }
    line += "}\n";
    return line;
}

QByteArray helloParams(const QString &device, const QString &token)
{
    return "{\"protocol\":1,\"device\":\"" + device.toUtf8() + "\",\"token\":\"" + token.toUtf8()
        + "\",\"client\":\"novbe-bench\"}";
}

} // namespace novbe::bench
