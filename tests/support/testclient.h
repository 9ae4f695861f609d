#pragma once

// The one protocol test client, written from protocol.md alone: one TCP
// connection, NDJSON lines, JSON-RPC 2.0 requests with numeric ids. It records
// every line the engine sends so tests can check answers, events and their
// order; waits run the event loop (waiting.h), never sleep.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpSocket>

#include <functional>
#include <optional>

namespace novbe::test {

class TestClient
{
public:
    static constexpr int TIMEOUT_MS = 10000;
    using ResponseHandler = std::function<void(const QJsonObject &response)>;

    TestClient();
    ~TestClient();
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    // Connects to 127.0.0.1:port; false when not connected within `timeoutMs`.
    bool connectTo(quint16 port, int timeoutMs = TIMEOUT_MS);
    // Connects from another loopback address (127.0.0.2...): a second machine for the engine.
    bool connectFrom(const QString &sourceAddress, quint16 port, int timeoutMs = TIMEOUT_MS);
    bool isConnected() const;
    // Closes the connection after writing what is queued.
    void disconnectFromHost();
    // Closes the connection at once (no graceful flush).
    void abort();
    bool waitForDisconnect(int timeoutMs = TIMEOUT_MS);
    // Stops (false) or resumes (true) reading: a paused client lets the engine's answers pile up.
    void setReading(bool on);

    // Writes bytes as they are.
    void sendRaw(const QByteArray &bytes);
    // Writes one compact JSON object and '\n'.
    void sendJson(const QJsonObject &message);
    // Sends a request with the next numeric id (params omitted unless `withParams`); its id.
    qint64 send(const QString &method, const QJsonObject &params = {}, bool withParams = true);
    // Sends a request; `onResponse` gets its response when it arrives (never, if it does not).
    qint64 callAsync(const QString &method, const QJsonObject &params, ResponseHandler onResponse);
    // The response carrying `id`, waiting up to `timeoutMs`; empty on timeout/disconnect.
    QJsonObject response(qint64 id, int timeoutMs = TIMEOUT_MS);
    // send() + response().
    QJsonObject call(const QString &method, const QJsonObject &params = {},
                     int timeoutMs = TIMEOUT_MS);
    // session.hello with protocol 1 and `token` (default: the device's demo token); the response.
    QJsonObject hello(const QString &device, const QString &token = {});
    // operator.login with the demo PIN, then counter.open; true when both succeed.
    bool openCounter(const QString &operatorId, const QString &counter);

    // Every parsed message in arrival order (responses and notifications).
    const QList<QJsonObject> &messages() const { return m_messages; }
    // Lines that were not a JSON-RPC 2.0 object (an engine bug if ever non-empty).
    const QList<QByteArray> &badLines() const { return m_badLines; }
    // The `params` of every `event` notification, in arrival order.
    const QList<QJsonObject> &events() const { return m_events; }
    // Events not yet taken by awaitEvent(), in arrival order.
    const QList<QJsonObject> &pendingEvents() const { return m_pending; }
    // Forgets recorded events.
    void clearEvents();
    // Takes the next pending event of `type` (any type when empty); nullopt on timeout.
    std::optional<QJsonObject> awaitEvent(const QString &type = {}, int timeoutMs = TIMEOUT_MS);
    // Responses with "id": null (parse errors, too-long lines), in arrival order.
    const QList<QJsonObject> &nullIdResponses() const { return m_nullId; }
    // Socket errors other than the engine closing the connection.
    const QStringList &socketErrors() const { return m_socketErrors; }

    bool waitForEvents(int count, int timeoutMs = TIMEOUT_MS);
    bool waitForMessages(int count, int timeoutMs = TIMEOUT_MS);

private:
    void handleReadyRead();
    void handleLine(const QByteArray &line);
    void handleResponse(const QJsonObject &message);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_nextId = 1;
    bool m_disconnected = false;
    bool m_reading = true;
    QList<QJsonObject> m_messages;
    QList<QByteArray> m_badLines;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_pending;
    QList<QJsonObject> m_nullId;
    QStringList m_socketErrors;
    QHash<qint64, QJsonObject> m_responses;
    QHash<qint64, ResponseHandler> m_handlers;
};

// Helpers over a whole response message.
bool isOk(const QJsonObject &message);
int errorCode(const QJsonObject &message);
QString errorReason(const QJsonObject &message);
QJsonObject resultOf(const QJsonObject &message);
// A short text for failure messages.
QString describe(const QJsonObject &message);
// The `alert` notifications `client` got (alerts.subscribe), as Alert objects
// in arrival order; only those with `code` unless it is empty.
QList<QJsonObject> alertsOf(const TestClient &client, const QString &code = {});

} // namespace novbe::test
