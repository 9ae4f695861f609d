#include "rpcclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::test {

RpcClient::RpcClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RpcClient::handleReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            m_errors << u"socket: "_s + m_socket.errorString();
    });
}

void RpcClient::start(quint16 port, const QString &device, const QString &token,
                      std::function<void()> ready)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this, device, token, ready] {
        const QJsonObject hello{{u"protocol"_s, 1}, {u"device"_s, device}, {u"token"_s, token}};
        call(u"session.hello"_s, hello, [ready](const QJsonObject &, const QJsonObject &error) {
            if (error.isEmpty())
                ready();
        });
    });
    m_socket.connectToHost(u"127.0.0.1"_s, port);
}

void RpcClient::call(const QString &method, const QJsonObject &params, Callback callback)
{
    const qint64 id = m_nextId++;
    m_pending.emplace(id, std::move(callback));
    const QJsonObject request{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method},
                              {u"params"_s, params}};
    m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
}

void RpcClient::handleReadyRead()
{
    m_buffer += m_socket.readAll();
    qsizetype end = -1;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        const auto it = m_pending.find(message.value(u"id"_s).toInteger(-1));
        if (it == m_pending.end())
            continue;   // an event or an unknown id
        Callback callback = std::move(it->second);
        m_pending.erase(it);
        const QJsonObject error = message.value(u"error"_s).toObject();
        if (!error.isEmpty())
            m_errors << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact));
        callback(message.value(u"result"_s).toObject(), error);
    }
}

} // namespace novbe::test
