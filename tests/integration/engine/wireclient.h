#pragma once

// A protocol v1 client written from protocol.md alone: one TCP connection,
// NDJSON lines, JSON-RPC 2.0 requests with numeric ids. It records every line
// the engine sends so tests can check order, events and error answers.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>

namespace novbe::enginetest {

class WireClient
{
public:
    WireClient();
    ~WireClient();
    WireClient(const WireClient &) = delete;
    WireClient &operator=(const WireClient &) = delete;

    // Connects to 127.0.0.1:port; false when not connected within `timeoutMs`.
    bool connectTo(quint16 port, int timeoutMs = 5000);
    bool isConnected() const;
    // Closes the connection (abort: no graceful flush).
    void abort();

    // Stops (false) or resumes (true) reading: a paused client lets the engine's answers pile up.
    void setReading(bool on);

    // Writes bytes as they are.
    void sendRaw(const QByteArray &bytes);
    // Writes one compact JSON object and '\n'.
    void sendJson(const QJsonObject &message);
    // Sends a request with the next numeric id (params omitted when `params` is null); returns the id.
    qint64 send(const QString &method, const QJsonObject &params = {}, bool withParams = true);
    // The response carrying numeric `id`, waiting up to `timeoutMs`; empty on timeout/disconnect.
    QJsonObject response(qint64 id, int timeoutMs = 10000);
    // send() + response().
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000);
    // session.hello with protocol 1; the whole response.
    QJsonObject hello(const QString &device, const QString &token);

    // Every parsed message in arrival order (responses and notifications).
    const QList<QJsonObject> &messages() const { return m_messages; }
    // Lines that were not a JSON-RPC 2.0 object (an engine bug if ever non-empty).
    const QList<QByteArray> &badLines() const { return m_badLines; }
    // The `params` of every `event` notification, in arrival order.
    const QList<QJsonObject> &events() const { return m_events; }
    // Forgets recorded events.
    void clearEvents() { m_events.clear(); }
    // Responses with "id": null (parse errors, too-long lines), in arrival order.
    const QList<QJsonObject> &nullIdResponses() const { return m_nullId; }

    bool waitForEvents(int count, int timeoutMs = 10000);
    bool waitForMessages(int count, int timeoutMs = 10000);
    bool waitForDisconnect(int timeoutMs = 10000);

private:
    void handleReadyRead();
    void handleLine(const QByteArray &line);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_nextId = 1;
    bool m_disconnected = false;
    bool m_reading = true;
    QList<QJsonObject> m_messages;
    QList<QByteArray> m_badLines;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_nullId;
    QHash<qint64, QJsonObject> m_responses;
};

// Helpers over a whole response message.
bool isOk(const QJsonObject &message);
int errorCode(const QJsonObject &message);
QString errorReason(const QJsonObject &message);
QJsonObject resultOf(const QJsonObject &message);
// A short text for failure messages.
QString describe(const QJsonObject &message);

} // namespace novbe::enginetest
