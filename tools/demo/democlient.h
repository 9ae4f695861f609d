#pragma once

// A small blocking protocol client for the scripted demo (a command-line
// program may block; the apps use the asynchronous EngineClient).

#include "client/clienttls.h"
#include <QJsonObject>
#include <QString>

#include <QSslSocket>

#include <deque>
#include <optional>

namespace novbe::demo {

struct Answer
{
    bool ok = false;
    QJsonObject result;
    QString reason; // wire error reason, e.g. "INVALID_STATE"
    QString message;
};

class DemoClient
{
public:
    DemoClient(QString name, QString host, quint16 port, ClientTls tls = {});
    // Connects and says session.hello; false with `error()` set on failure.
    bool hello(const QString &device, const QString &token);
    Answer call(const QString &method, const QJsonObject &params = {});
    // Events received so far (and any arriving within `waitMs`), oldest first.
    std::deque<QJsonObject> takeEvents(int waitMs = 0);
    QString error() const { return m_error; }
    QString name() const { return m_name; }

private:
    std::optional<QJsonObject> readMessage(int timeoutMs);

    QString m_name;
    QString m_host;
    quint16 m_port;
    ClientTls m_tls;
    QSslSocket m_socket;
    QByteArray m_buffer;
    std::deque<QJsonObject> m_events;
    int m_nextId = 1;
    QString m_error;
};

} // namespace novbe::demo
