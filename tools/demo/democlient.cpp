#include "democlient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::demo {

DemoClient::DemoClient(QString name, QString host, quint16 port, ClientTls tls)
    : m_name(std::move(name)), m_host(std::move(host)), m_port(port), m_tls(std::move(tls))
{
}

bool DemoClient::hello(const QString &device, const QString &token)
{
    if (!openEngineSocket(m_socket, m_host, m_port, m_tls, 5000, &m_error))
        return false;
    const Answer a = call(u"session.hello"_s,
                          {{u"protocol"_s, 1},
                           {u"device"_s, device},
                           {u"token"_s, token},
                           {u"client"_s, u"novbe-demo"_s}});
    if (!a.ok)
        m_error = a.message;
    return a.ok;
}

Answer DemoClient::call(const QString &method, const QJsonObject &params)
{
    const int id = m_nextId++;
    QJsonObject req{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isEmpty())
        req.insert(u"params"_s, params);
    m_socket.write(QJsonDocument(req).toJson(QJsonDocument::Compact) + '\n');
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const auto msg = readMessage(int(deadline.remainingTime()));
        if (!msg)
            break;
        if (!msg->contains(u"id"_s)) {
            m_events.push_back(msg->value(u"params"_s).toObject());
            continue;
        }
        if (msg->value(u"id"_s).toInt() != id)
            continue;
        Answer a;
        a.ok = msg->contains(u"result"_s);
        a.result = msg->value(u"result"_s).toObject();
        const QJsonObject err = msg->value(u"error"_s).toObject();
        a.reason = err.value(u"data"_s).toObject().value(u"reason"_s).toString();
        a.message = err.value(u"message"_s).toString();
        return a;
    }
    return Answer{false, {}, u"TIMEOUT"_s, u"no answer from the engine"_s};
}

std::deque<QJsonObject> DemoClient::takeEvents(int waitMs)
{
    if (waitMs > 0) {
        QDeadlineTimer deadline(waitMs);
        while (!deadline.hasExpired()) {
            const auto msg = readMessage(int(deadline.remainingTime()));
            if (!msg)
                break;
            if (!msg->contains(u"id"_s))
                m_events.push_back(msg->value(u"params"_s).toObject());
        }
    }
    std::deque<QJsonObject> out;
    out.swap(m_events);
    return out;
}

std::optional<QJsonObject> DemoClient::readMessage(int timeoutMs)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            return QJsonDocument::fromJson(line).object();
        }
        if (!m_socket.waitForReadyRead(std::max(timeoutMs, 1)))
            return std::nullopt;
        m_buffer += m_socket.readAll();
    }
}

} // namespace novbe::demo
