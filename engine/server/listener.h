#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class QSslSocket;
class QTcpServer;
class QTcpSocket;

namespace novbe {

// How the handshakes of a TLS listener ended (metrics: novbe_tls_handshakes_total).
struct TlsCounters
{
    quint64 ok = 0;
    quint64 failed = 0;   // a TLS error, or the client gave up during the handshake
    quint64 timedOut = 0; // not finished within the handshake timeout
    quint64 notTls = 0;   // the first byte was not a TLS ClientHello (a plain client)
};

struct ListenerTls
{
    QSslConfiguration configuration;
    int handshakeTimeoutMs = 5000;
};

// The accepting end of a port: plain TCP (QTcpServer), or TLS (QSslServer)
// where a connection is handed over only once its handshake is done.
// Handshakes run side by side in the event loop, each with its own timeout,
// so a slow or hostile one holds up no other connection. Failed, timed-out
// and non-TLS handshakes are counted and logged (at most LOG_LINES_PER_MINUTE
// lines a minute, then a count of the ones left out).
class Listener : public QObject
{
    Q_OBJECT
public:
    static constexpr int MAX_HANDSHAKES = 4096; // at once, before accepting pauses
    static constexpr int LOG_LINES_PER_MINUTE = 10;

    // `name` starts log lines ("device port", "HTTP"); `tls` empty: plain TCP.
    Listener(const QString &name, std::optional<ListenerTls> tls, QObject *parent = nullptr);
    ~Listener() override;

    bool listen(const QHostAddress &host, quint16 port, int backlog);
    quint16 port() const;
    QString errorString() const;
    void close();
    bool isTls() const { return m_tls; }
    // Connections whose handshake starts from now on use `configuration` (a
    // renewed certificate). Requires: isTls().
    void updateTls(const QSslConfiguration &configuration);
    // The next connection ready for use (its handshake done), or null. The
    // caller takes ownership.
    QTcpSocket *nextPendingConnection();
    const TlsCounters &counters() const { return m_counters; }

signals:
    // nextPendingConnection() has a connection.
    void connectionReady();

private:
    void watchHandshake(QSslSocket *socket);
    void handshakeFailed(QSslSocket *socket, int error);
    void handshakeDropped(QObject *socket);
    void logFailure(const QString &peer, const QString &what);

    QString m_name;
    bool m_tls = false;
    QTcpServer *m_server;
    TlsCounters m_counters;
    QHash<const QObject *, QString> m_handshaking; // socket -> peer "address:port"
    QElapsedTimer m_logWindow;
    int m_logLines = 0;
    int m_logLeftOut = 0;
};

} // namespace novbe
