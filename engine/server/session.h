#pragma once

#include "roles.h"

#include "protocol/framing.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>

class QTcpSocket;
class QTimer;

namespace novbe {

// One client connection: framing, authentication state, the operator and
// counter bound to it, its event subscription and a bounded send path.
// Never blocks: a client that stops reading is disconnected.
class Session : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MAX_SEND_BUFFER = 4 * 1024 * 1024;
    static constexpr qint64 BACKLOG_LOW_WATER = 512 * 1024;
    static constexpr qint64 MAX_BACKLOG_BYTES = 64 * 1024 * 1024;
    // Fairness: at most this many requests of one connection per loop turn
    // (the rest wait for the next turn, after the other connections') ...
    static constexpr int MAX_REQUESTS_PER_TURN = 32;
    // ... and no reading while this much of its answers is unsent (a client
    // that pipelines without reading stalls itself, not the engine).
    static constexpr qint64 MAX_UNSENT_ANSWERS = 256 * 1024;
    static constexpr qint64 READ_CHUNK = 64 * 1024;

    using LineHandler = std::function<void(Session &, const LineDecoder::Item &)>;

    struct Limits
    {
        int helloTimeoutMs = 10000; // closed without authenticate() by then
        int stallTimeoutMs = 60000; // closed when its unsent output does not move for this long
    };

    // Takes ownership of `socket`.
    Session(QTcpSocket *socket, quint64 id, Limits limits, QObject *parent = nullptr);
    ~Session() override;

    // Called for every decoded line (or TooLong) while the session is open.
    void setLineHandler(LineHandler handler);
    quint64 id() const { return m_id; }
    QString peer() const;
    // The peer's address alone (IPv4-mapped IPv6 as IPv4): what logins are limited by.
    QString peerAddress() const { return m_peerAddress; }

    bool isAuthenticated() const { return m_role != Role::None; }
    void authenticate(const QString &device, Role role, const QString &client);
    QString device() const { return m_device; }
    Role role() const { return m_role; }
    QString client() const { return m_client; }

    QString operatorId() const { return m_operatorId; }
    QString operatorName() const { return m_operatorName; }
    void setOperator(const QString &id, const QString &name);
    QString counter() const { return m_counter; }
    void setCounter(const QString &counter) { m_counter = counter; }

    bool isSubscribed() const { return m_subscribed; }
    // alerts.subscribe: this session gets the `alert` notifications.
    bool wantsAlerts() const { return m_wantsAlerts; }
    void setWantsAlerts() { m_wantsAlerts = true; }
    qint64 deliveredSeq() const { return m_deliveredSeq; }
    // Starts (or restarts) the subscription: `replay` lines go out first, then live events.
    void subscribe(qint64 deliveredSeq, std::deque<QByteArray> replay);
    // A live event; `line` may be empty when this session does not get it.
    void pushEvent(qint64 seq, const QByteArray &line);

    // Queues one response line; the connection is dropped when the client stops reading.
    void sendLine(const QByteArray &line);
    // Sends what is queued, then closes. Further input is ignored.
    void closeGracefully();
    // Drops the connection at once (reported in the log with `reason`).
    void abortConnection(const QString &reason);
    bool isClosing() const { return m_closing; }
    // Ignores further input (the connection is about to close).
    void stopReading() { m_inputStopped = true; }

signals:
    void closed(novbe::Session *session);

private:
    void handleReadyRead();
    // Handles buffered requests: up to MAX_REQUESTS_PER_TURN, while the
    // client reads its answers; continues next turn when more are waiting.
    void processInput();
    void scheduleInput();
    bool congested() const;
    void handleBytesWritten();
    void handleDisconnected();
    void handleHelloTimeout();
    void handleStall();
    void drainBacklog();
    bool writeRaw(const QByteArray &line);

    QTcpSocket *m_socket;
    QTimer *m_helloTimer;
    QTimer *m_stallTimer;
    quint64 m_id;
    LineDecoder m_decoder;
    LineHandler m_handler;
    QString m_peer;
    QString m_peerAddress;
    QString m_device;
    QString m_client;
    Role m_role = Role::None;
    QString m_operatorId;
    QString m_operatorName;
    QString m_counter;
    bool m_subscribed = false;
    bool m_wantsAlerts = false;
    qint64 m_deliveredSeq = 0;
    std::deque<QByteArray> m_backlog;
    qint64 m_backlogBytes = 0;
    bool m_closing = false;
    bool m_inputStopped = false;
    bool m_inputScheduled = false;
    bool m_inputPaused = false; // too many unsent answers: not reading
    bool m_closedEmitted = false;
};

} // namespace novbe
