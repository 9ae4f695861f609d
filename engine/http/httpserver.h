#pragma once

#include "httpconnection.h"
#include "httpsettings.h"

#include "server/listener.h"

#include <QObject>

#include <optional>
#include <unordered_set>

namespace novbe::http {

// The strict HTTP/1.1 listener (docs/architecture.md, engine/http): accepts
// up to maxConnections connections (more get 503 and are closed) and hands
// each request to the handler.
class Server : public QObject
{
    Q_OBJECT
public:
    static constexpr int LISTEN_BACKLOG = 50; // Qt's default

    Server(Settings settings, RequestHandler handler, std::optional<ListenerTls> tls = {},
           QObject *parent = nullptr);
    ~Server() override;

    bool listen();
    quint16 port() const;
    QString errorString() const;
    void closeAll();
    // Requires: built with `tls`.
    void updateTls(const QSslConfiguration &configuration) { m_listener->updateTls(configuration); }
    const TlsCounters &tlsCounters() const { return m_listener->counters(); }

private:
    void accept();

    Settings m_settings;
    RequestHandler m_handler;
    Listener *m_listener;
    std::unordered_set<Connection *> m_connections;
};

} // namespace novbe::http
