#pragma once

// A lean protocol client for the bench: one QTcpSocket, NDJSON lines,
// requests written as raw bytes, answers matched in order (the engine answers
// in order) and read with jsonscan, events handed over raw with their arrival
// time. No timers, no reconnects: thousands of them stay cheap.

#include <QByteArray>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;

namespace novbe::bench {

struct Answer
{
    QByteArray line;       // the whole response line
    QByteArrayView result; // raw "result" value; empty on error
    QByteArrayView error;  // raw "error" value; empty on success
    qint64 sentNs = 0;     // when the request was written
    qint64 receivedNs = 0; // when the line was read
    bool ok() const { return !result.isEmpty(); }
};

class BenchClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Answer &)>;
    using EventHandler = std::function<void(QByteArrayView line, qint64 receivedNs)>;

    explicit BenchClient(QObject *parent = nullptr);
    ~BenchClient() override;

    // Starts connecting to 127.0.0.1:port.
    void connectTo(quint16 port);
    bool isConnected() const { return m_connected; }
    bool hasFailed() const { return m_failed; }
    // Sends one request; `params` is a compact JSON object or empty.
    void call(QByteArrayView method, QByteArrayView params, Callback callback);
    // Requests written and not answered yet.
    int pending() const { return int(m_pending.size()); }
    void setEventHandler(EventHandler handler) { m_eventHandler = std::move(handler); }
    void disconnectNow();
    // Lines received that were neither an answer nor an event (protocol errors).
    int strayLines() const { return m_stray; }

signals:
    void connected();
    void disconnected();

private:
    struct Pending
    {
        qint64 id;
        qint64 sentNs;
        Callback callback;
    };

    void handleReadyRead();
    void markFailed();
    void handleLine(QByteArrayView line, qint64 receivedNs);

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    std::deque<Pending> m_pending;
    EventHandler m_eventHandler;
    qint64 m_nextId = 1;
    int m_stray = 0;
    bool m_connected = false;
    bool m_failed = false;
};

// Sends one call on `client` and waits (event-driven) for its answer; nullopt
// when none came within `timeoutMs` or the connection failed.
std::optional<Answer> callAndWait(BenchClient *client, QByteArrayView method, QByteArrayView params,
                                  int timeoutMs);

// One NDJSON request line: {"jsonrpc":"2.0","id":ID,"method":METHOD[,"params":PARAMS]}\n.
QByteArray requestLine(qint64 id, QByteArrayView method, QByteArrayView params);

// "{\"protocol\":1,\"device\":ID,\"token\":TOKEN}" for session.hello.
QByteArray helloParams(const QString &device, const QString &token);

} // namespace novbe::bench
