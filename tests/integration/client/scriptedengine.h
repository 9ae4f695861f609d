#pragma once

// A scripted stand-in for novbe-engine on 127.0.0.1 (fault injection for
// EngineClient tests): answers per method from handlers, records requests,
// pushes events and raw bytes, drops or refuses connections on demand.

#include "protocol/framing.h"
#include "protocol/rpc.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace novbe::test {

class ScriptedEngine : public QObject
{
    Q_OBJECT

public:
    // Returns the full response message, or {} for "never answer".
    using Handler = std::function<QJsonObject(const Request &request)>;

    explicit ScriptedEngine(QObject *parent = nullptr);
    ~ScriptedEngine() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    void stopListening();

    // Defaults: session.hello -> {seq: helloSeq}, session.ping -> {now}, other -> METHOD_NOT_FOUND.
    void setHandler(const QString &method, Handler handler);
    void setHelloSeq(qint64 seq) { m_helloSeq = seq; }
    // Accepted connections are closed at once (an engine that keeps failing).
    void setCloseOnAccept(bool close) { m_closeOnAccept = close; }
    void setSilent(bool silent) { m_silent = silent; } // read, never answer

    void pushEvent(const QJsonObject &params); // to every connection
    void writeRaw(const QByteArray &bytes);    // to every connection
    void dropConnections();
    int connectionCount() const { return int(m_peers.size()); }

    QList<Request> requests;     // every request received, in order
    QList<qint64> acceptTimesMs; // when each connection was accepted
    QList<Request> requestsOf(const QString &method) const;

    static QJsonObject ok(const Request &request, const QJsonObject &result);
    static QJsonObject fail(const Request &request, const WireError &error);

signals:
    void requestReceived(const QString &method);
    void connectionAccepted();

private:
    void handleNewConnection();
    void handleReadyRead(QTcpSocket *peer);
    QJsonObject answer(const Request &request);

    QTcpServer m_server;
    QList<QTcpSocket *> m_peers;
    QHash<QTcpSocket *, std::shared_ptr<LineDecoder>> m_decoders;
    QHash<QString, Handler> m_handlers;
    QElapsedTimer m_clock;
    qint64 m_helloSeq = 0;
    quint16 m_port = 0;
    bool m_closeOnAccept = false;
    bool m_silent = false;
};

} // namespace novbe::test
