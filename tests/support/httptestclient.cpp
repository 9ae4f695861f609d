#include "httptestclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::test {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first == name)
            return h.second;
    }
    return {};
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpAnswer::errorReason() const
{
    return json().value(u"error"_s).toObject().value(u"reason"_s).toString();
}

QString HttpAnswer::errorMessage() const
{
    return json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

HttpConnection::HttpConnection(quint16 port) : m_socket(std::make_unique<QTcpSocket>())
{
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    m_socket->waitForConnected(TIMEOUT_MS);
}

bool HttpConnection::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(TIMEOUT_MS);
}

namespace {

// Parses one answer at the start of `buffer`; removes it. Status 0: incomplete.
HttpAnswer takeAnswer(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    HttpAnswer a;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    a.status = lines.first().split(' ').value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        a.headers.emplaceBack(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        if (a.headers.last().first == "content-length")
            length = a.headers.last().second.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return {};
    a.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return a;
}

} // namespace

HttpAnswer HttpConnection::read(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QByteArray copy = m_buffer;
        HttpAnswer a = takeAnswer(copy);
        if (a.status != 0) {
            m_buffer = copy;
            return a;
        }
        if (timer.elapsed() > timeoutMs)
            return {};
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(100)
            && m_socket->state() != QAbstractSocket::ConnectedState && !m_socket->bytesAvailable())
            return {};
        m_buffer += m_socket->readAll();
    }
}

bool HttpConnection::waitForClose(int timeoutMs)
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return true;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        m_socket->waitForReadyRead(100);
        m_buffer += m_socket->readAll();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
    }
    return false;
}

QByteArray httpRequestBytes(const QByteArray &method, const QByteArray &target,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

HttpAnswer httpCall(quint16 port, const QByteArray &method, const QByteArray &target,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    HttpConnection c(port);
    auto all = headers;
    all.emplaceBack("Connection", "close");
    c.send(httpRequestBytes(method, target, all, body));
    return c.read();
}

} // namespace novbe::test
