#pragma once

// A minimal protocol v1 client for the kill test: one TCP connection, NDJSON
// JSON-RPC requests with callbacks. A response that never arrives (the engine
// was killed) simply never calls back: that change was not acknowledged.

#include <QJsonObject>
#include <QObject>
#include <QTcpSocket>

#include <functional>
#include <map>

namespace novbe::test {

class RpcClient : public QObject
{
public:
    using Callback = std::function<void(const QJsonObject &result, const QJsonObject &error)>;

    explicit RpcClient(QObject *parent = nullptr);
    // Connects and sends session.hello; `ready` runs after a successful hello.
    void start(quint16 port, const QString &device, const QString &token,
               std::function<void()> ready);
    void call(const QString &method, const QJsonObject &params, Callback callback);
    QStringList errors() const { return m_errors; }   // error responses received

private:
    void handleReadyRead();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_nextId = 1;
    std::map<qint64, Callback> m_pending;
    QStringList m_errors;
};

} // namespace novbe::test
