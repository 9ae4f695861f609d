#pragma once

#include "listener.h"
#include "session.h"

#include <QHostAddress>
#include <QObject>

#include <optional>

namespace novbe {

class Dispatcher;
struct EngineContext;

// Listens (plain TCP or TLS, listener.h), accepts connections as Sessions and cleans up after them:
// a closed session releases its counter and, for the last connection of a kiosk or display, marks
// the device offline.
class Server : public QObject
{
    Q_OBJECT
public:
    static constexpr int LISTEN_BACKLOG = 1024;

    // `tls` empty: plain TCP.
    Server(EngineContext &context, Dispatcher &dispatcher, Session::Limits limits,
           std::optional<ListenerTls> tls = std::nullopt, QObject *parent = nullptr);
    ~Server() override;

    // Starts listening; false with errorString() on failure.
    bool listen(const QHostAddress &host, quint16 port);
    quint16 port() const;
    QString errorString() const;
    Listener &listener() { return *m_listener; }
    // Stops accepting and closes every session (answers already queued are sent).
    void closeAll();

signals:
    // A session closed and was cleaned up.
    void sessionGone();

private:
    void handleNewConnection();
    void handleSessionClosed(Session *session);

    EngineContext &m_context;
    Dispatcher &m_dispatcher;
    Listener *m_listener;
    Session::Limits m_limits;
    quint64 m_nextId = 1;
};

} // namespace novbe
