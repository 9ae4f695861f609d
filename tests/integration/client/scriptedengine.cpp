#include "scriptedengine.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace novbe::test {

ScriptedEngine::ScriptedEngine(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedEngine::handleNewConnection);
}

ScriptedEngine::~ScriptedEngine()
{
    m_server.disconnect(this);
    dropConnections();
    m_server.close();
}

bool ScriptedEngine::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

quint16 ScriptedEngine::port() const
{
    return m_port;
}

void ScriptedEngine::stopListening()
{
    m_server.close();
}

void ScriptedEngine::setHandler(const QString &method, Handler handler)
{
    m_handlers.insert(method, std::move(handler));
}

void ScriptedEngine::pushEvent(const QJsonObject &params)
{
    writeRaw(encodeLine(eventNotification(params)));
}

void ScriptedEngine::writeRaw(const QByteArray &bytes)
{
    for (QTcpSocket *peer : std::as_const(m_peers)) {
        peer->write(bytes);
        peer->flush();
    }
}

void ScriptedEngine::dropConnections()
{
    const QList<QTcpSocket *> peers = m_peers;
    m_peers.clear();
    for (QTcpSocket *peer : peers) {
        m_decoders.remove(peer);
        peer->disconnect(this);
        peer->abort();
        peer->deleteLater();
    }
}

QList<Request> ScriptedEngine::requestsOf(const QString &method) const
{
    QList<Request> out;
    for (const Request &request : requests) {
        if (request.method == method)
            out.append(request);
    }
    return out;
}

QJsonObject ScriptedEngine::ok(const Request &request, const QJsonObject &result)
{
    return resultResponse(request.id, result);
}

QJsonObject ScriptedEngine::fail(const Request &request, const WireError &error)
{
    return errorResponse(request.id, error);
}

void ScriptedEngine::handleNewConnection()
{
    while (QTcpSocket *peer = m_server.nextPendingConnection()) {
        acceptTimesMs.append(m_clock.elapsed());
        if (m_closeOnAccept) {
            peer->abort();
            peer->deleteLater();
            emit connectionAccepted();
            continue;
        }
        m_peers.append(peer);
        m_decoders.insert(peer, std::make_shared<LineDecoder>());
        connect(peer, &QTcpSocket::readyRead, this, [this, peer] { handleReadyRead(peer); });
        connect(peer, &QTcpSocket::disconnected, this, [this, peer] {
            m_peers.removeAll(peer);
            m_decoders.remove(peer);
            peer->deleteLater();
        });
        emit connectionAccepted();
    }
}

void ScriptedEngine::handleReadyRead(QTcpSocket *peer)
{
    const std::shared_ptr<LineDecoder> decoder = m_decoders.value(peer);
    if (!decoder)
        return;
    decoder->feed(peer->readAll());
    for (LineDecoder::Item item = decoder->next(); item.status == LineDecoder::Status::Line;
         item = decoder->next()) {
        const ParsedRequest parsed = parseRequest(item.line);
        if (!parsed.ok())
            continue;
        requests.append(parsed.request);
        emit requestReceived(parsed.request.method);
        const QJsonObject response = m_silent ? QJsonObject() : answer(parsed.request);
        if (!response.isEmpty() && m_peers.contains(peer))
            peer->write(encodeLine(response));
    }
}

QJsonObject ScriptedEngine::answer(const Request &request)
{
    if (const auto it = m_handlers.constFind(request.method); it != m_handlers.constEnd())
        return it.value()(request);
    if (request.method == u"session.hello"_s)
        return ok(request, {{u"protocol"_s, 1}, {u"role"_s, u"kiosk"_s}, {u"seq"_s, m_helloSeq}});
    if (request.method == u"session.ping"_s)
        return ok(request,
                  {{u"now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    return fail(request, methodNotFound(request.method));
}

} // namespace novbe::test
