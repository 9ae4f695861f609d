#pragma once

// HTTP/1.1 over loopback for tests of the engine's HTTP API (engine/http):
// raw bytes in, one parsed answer out. Blocking (the engine runs in another
// process), one connection per HttpConnection.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <memory>

namespace novbe::test {

struct HttpAnswer
{
    int status = 0;                               // 0: no (complete) answer
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;     // the body as a JSON object ({} when it is not one)
    QString errorReason() const;  // error.reason of an error body
    QString errorMessage() const; // error.message of an error body
};

class HttpConnection
{
public:
    static constexpr int TIMEOUT_MS = 15000;

    explicit HttpConnection(quint16 port);
    bool isConnected() const;
    void send(const QByteArray &bytes);
    // Reads one answer (status 0 when the connection closed or timed out first).
    HttpAnswer read(int timeoutMs = TIMEOUT_MS);
    // Waits until the engine closed the connection; false on timeout.
    bool waitForClose(int timeoutMs = TIMEOUT_MS);

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

// The bytes of one request with Host, Content-Length, `headers` and `body`.
QByteArray httpRequestBytes(const QByteArray &method, const QByteArray &target,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {},
                            const QByteArray &body = {});
// One request on a new connection ("Connection: close").
HttpAnswer httpCall(quint16 port, const QByteArray &method, const QByteArray &target,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &body = {});

} // namespace novbe::test
