#include "server.h"

#include "batcher.h"
#include "dispatcher.h"
#include "enginecontext.h"
#include "handlerutil.h"
#include "logging.h"
#include "session.h"
#include "sessionregistry.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace novbe {

Server::Server(EngineContext &context, Dispatcher &dispatcher, Session::Limits limits,
               std::optional<ListenerTls> tls, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_dispatcher(dispatcher)
    , m_listener(new Listener(u"device port"_s, std::move(tls), this))
    , m_limits(limits)
{
    connect(m_listener, &Listener::connectionReady, this, &Server::handleNewConnection);
}

Server::~Server() = default;

bool Server::listen(const QHostAddress &host, quint16 port)
{
    // After an engine restart every device of the centre reconnects at once.
    if (!m_listener->listen(host, port, LISTEN_BACKLOG))
        return false;
    qCInfo(lcServer).noquote() << "listening on"
                               << host.toString() + u':' + QString::number(m_listener->port())
                               << (m_listener->isTls() ? "(TLS)" : "(plain TCP)");
    return true;
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
    for (const QPointer<Session> &s : m_context.sessions.all()) {
        if (s)
            s->closeGracefully();
    }
}

void Server::handleNewConnection()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        auto *session = new Session(socket, m_nextId++, m_limits, this);
        session->setLineHandler([this](Session &s, const LineDecoder::Item &item) {
            m_dispatcher.handleLine(s, item);
        });
        connect(session, &Session::closed, this, &Server::handleSessionClosed);
        m_context.sessions.add(session);
        qCDebug(lcServer).noquote() << "session" << session->id() << "from" << session->peer();
    }
}

void Server::handleSessionClosed(Session *session)
{
    m_context.sessions.remove(session);
    const QString device = session->device();
    const Role role = session->role();
    if (!session->counter().isEmpty()) {
        const QString counter = session->counter();
        qCInfo(lcServer).noquote()
            << "session" << session->id() << "closed; counter" << counter << "released";
        session->setCounter({});
        EngineContext &ctx = m_context;
        m_context.batcher.addInternal(u"release counter %1"_s.arg(counter), [&ctx, counter] {
            if (ctx.sessions.counterSession(counter))
                return Result<Outcome>(Outcome{});
            return ctx.core.desks().releaseCounter(counter, ctx.now());
        });
    }
    if ((role == Role::Kiosk || role == Role::Display)
        && m_context.sessions.deviceSessions(device) == 0) {
        EngineContext &ctx = m_context;
        m_context.batcher.addInternal(u"device %1 offline"_s.arg(device), [&ctx, device] {
            if (ctx.sessions.deviceSessions(device) > 0)
                return Result<Outcome>(Outcome{});
            return ctx.core.reports().deviceChanged(device, false, {}, {}, ctx.now());
        });
    }
    session->deleteLater();
    emit sessionGone();
}

} // namespace novbe
