#include "listener.h"

#include "logging.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr qint64 LOG_WINDOW_MS = 60 * 1000;

// QSslServer that tells about each socket it starts a handshake on: the
// socket it has just made is its newest child.
class TlsServer : public QSslServer
{
public:
    using QSslServer::QSslServer;
    std::function<void(QSslSocket *)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslServer::incomingConnection(descriptor);
        const QObjectList &made = children();
        auto *socket = made.isEmpty() ? nullptr : qobject_cast<QSslSocket *>(made.constLast());
        if (socket && socket->state() == QAbstractSocket::ConnectedState && onIncoming)
            onIncoming(socket);
    }
};

QString peerOf(const QTcpSocket *socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

} // namespace

Listener::Listener(const QString &name, std::optional<ListenerTls> tls, QObject *parent)
    : QObject(parent), m_name(name), m_tls(tls.has_value())
{
    if (!tls) {
        m_server = new QTcpServer(this);
    } else {
        auto *server = new TlsServer(this);
        server->setSslConfiguration(tls->configuration);
        server->setHandshakeTimeout(tls->handshakeTimeoutMs);
        // In-progress handshakes count as pending; the default (30) would let
        // 30 silent clients stop the port from accepting until they time out.
        server->setMaxPendingConnections(MAX_HANDSHAKES);
        server->onIncoming = [this](QSslSocket *socket) { watchHandshake(socket); };
        connect(server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *socket, QAbstractSocket::SocketError error) {
                    handshakeFailed(socket, error);
                });
        m_server = server;
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &Listener::connectionReady);
    m_logWindow.start();
}

Listener::~Listener()
{
    m_server->disconnect(this); // the sockets still in a handshake die with m_server
    for (auto it = m_handshaking.cbegin(); it != m_handshaking.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

bool Listener::listen(const QHostAddress &host, quint16 port, int backlog)
{
    m_server->setListenBacklogSize(backlog);
    return m_server->listen(host, port);
}

quint16 Listener::port() const
{
    return m_server->serverPort();
}

QString Listener::errorString() const
{
    return m_server->errorString();
}

void Listener::close()
{
    m_server->close();
}

void Listener::updateTls(const QSslConfiguration &configuration)
{
    Q_ASSERT(m_tls);
    static_cast<QSslServer *>(m_server)->setSslConfiguration(configuration);
}

QTcpSocket *Listener::nextPendingConnection()
{
    return m_server->nextPendingConnection();
}

void Listener::watchHandshake(QSslSocket *socket)
{
    m_handshaking.insert(socket, peerOf(socket));
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_handshaking.remove(socket);
        disconnect(socket, nullptr, this, nullptr);
        ++m_counters.ok;
    });
    // QSslServer drops a client whose first byte is no ClientHello without a
    // signal: such a socket dies while still listed here.
    connect(socket, &QObject::destroyed, this, &Listener::handshakeDropped);
}

void Listener::handshakeFailed(QSslSocket *socket, int error)
{
    const auto it = m_handshaking.constFind(socket);
    if (it == m_handshaking.cend())
        return;
    const QString peer = *it;
    m_handshaking.erase(it);
    disconnect(socket, nullptr, this, nullptr);
    if (error == QAbstractSocket::SocketTimeoutError) {
        ++m_counters.timedOut;
        logFailure(peer, u"did not finish the TLS handshake in time"_s);
        return;
    }
    ++m_counters.failed;
    logFailure(peer, u"TLS handshake failed: "_s + socket->errorString());
}

void Listener::handshakeDropped(QObject *socket)
{
    const auto it = m_handshaking.constFind(socket);
    if (it == m_handshaking.cend())
        return;
    const QString peer = *it;
    m_handshaking.erase(it);
    ++m_counters.notTls;
    logFailure(peer, u"spoke no TLS (a plain client?); dropped"_s);
}

void Listener::logFailure(const QString &peer, const QString &what)
{
    if (m_logWindow.elapsed() >= LOG_WINDOW_MS) {
        if (m_logLeftOut > 0)
            qCWarning(lcServer).noquote() << m_name
                                          << u": %1 more failed TLS handshakes in the "
                                             "last minute not logged"_s.arg(m_logLeftOut);
        m_logWindow.restart();
        m_logLines = 0;
        m_logLeftOut = 0;
    }
    if (m_logLines >= LOG_LINES_PER_MINUTE) {
        ++m_logLeftOut;
        return;
    }
    ++m_logLines;
    qCWarning(lcServer).noquote() << m_name + u": "_s + peer << what;
}

} // namespace novbe
