#include "httpserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace novbe::http {

Server::Server(Settings settings, RequestHandler handler, std::optional<ListenerTls> tls,
               QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_handler(std::move(handler))
    , m_listener(new Listener(u"HTTP"_s, std::move(tls), this))
{
    connect(m_listener, &Listener::connectionReady, this, &Server::accept);
}

Server::~Server()
{
    // The connections die with this object; they must not call back into it.
    for (Connection *c : m_connections)
        c->disconnect(this);
}

bool Server::listen()
{
    return m_listener->listen(m_settings.address, m_settings.port, LISTEN_BACKLOG);
}

quint16 Server::port() const
{
    return m_listener->port();
}

QString Server::errorString() const
{
    return m_listener->errorString();
}

void Server::closeAll()
{
    m_listener->close();
    const auto connections = m_connections;
    for (Connection *c : connections)
        c->close();
}

void Server::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        if (int(m_connections.size()) >= m_settings.maxConnections) {
            socket->write(Response::error(503, u"RATE_LIMITED"_s, u"too many connections"_s)
                              .serialize(false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *c = new Connection(socket, m_settings, m_handler, this);
        m_connections.insert(c);
        connect(c, &Connection::closed, this, [this](Connection *gone) {
            m_connections.erase(gone);
            gone->deleteLater();
        });
    }
}

} // namespace novbe::http
