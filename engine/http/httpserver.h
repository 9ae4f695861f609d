#pragma once

#include "httpconnection.h"
#include "httpsettings.h"

#include <QObject>

#include <unordered_set>

class QTcpServer;

namespace novbe::http {

// The strict HTTP/1.1 listener (docs/architecture.md, engine/http): accepts
// up to maxConnections connections (more get 503 and are closed) and hands
// each request to the handler.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(Settings settings, RequestHandler handler, QObject *parent = nullptr);
    ~Server() override;

    bool listen();
    quint16 port() const;
    QString errorString() const;
    void closeAll();

private:
    void accept();

    Settings m_settings;
    RequestHandler m_handler;
    QTcpServer *m_listener;
    std::unordered_set<Connection *> m_connections;
};

} // namespace novbe::http
