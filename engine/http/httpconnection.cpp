#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe::http {

Connection::Connection(QTcpSocket *socket, const Settings &settings, RequestHandler handler,
                       QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_handler(std::move(handler))
    , m_timer(new QTimer(this))
    , m_peer(socket->peerAddress().toString())
{
    m_socket->setParent(this);
    // Unread bytes stay in the kernel while a request is handled (back-pressure).
    m_socket->setReadBufferSize(RequestParser::MAX_HEAD + RequestParser::MAX_BODY);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Connection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
    restartTimer();
}

Connection::~Connection()
{
    // The socket dies after this object; its last signals must not reach it.
    m_socket->disconnect(this);
}

void Connection::close()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

void Connection::restartTimer()
{
    const bool partial = m_parser.hasPartial() || m_parser.state() == RequestParser::State::Done;
    m_timer->start(partial ? m_settings.requestTimeoutMs : m_settings.idleTimeoutMs);
}

void Connection::timedOut()
{
    if (m_busy)
        return; // the engine is answering; its answer restarts the timer
    if (m_parser.hasPartial()) {
        send(Response::error(408, u"INVALID_REQUEST"_s, u"the request was not complete in time"_s),
             false);
        return;
    }
    close();
}

void Connection::readAvailable()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    if (m_busy)
        return; // read again once the current request is answered
    const bool wasIdle = !m_parser.hasPartial();
    m_parser.feed(m_socket->readAll());
    if (wasIdle && m_parser.state() == RequestParser::State::NeedMore && m_parser.hasPartial())
        m_timer->start(m_settings.requestTimeoutMs); // the clock for this request starts now
    processNext();
}

void Connection::processNext()
{
    if (m_busy || m_closing)
        return;
    if (m_parser.state() == RequestParser::State::Failed) {
        const ParseFailure &f = m_parser.failure();
        send(Response::error(f.status, f.reason, f.message), false);
        return;
    }
    if (m_parser.state() != RequestParser::State::Done)
        return;
    Request request = m_parser.take();
    const bool keepAlive = request.keepAlive
        && m_answered + 1 < m_settings.maxRequestsPerConnection;
    m_busy = true;
    QPointer<Connection> self(this);
    m_handler(request, m_peer, [self, keepAlive](const Response &response) {
        if (!self || !self->m_busy)
            return;
        self->m_busy = false;
        self->send(response, keepAlive);
        self->processNext();
        if (self && !self->m_busy)
            self->readAvailable();
    });
}

void Connection::send(const Response &response, bool keepAlive)
{
    ++m_answered;
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the queued bytes are written
        return;
    }
    restartTimer();
}

void Connection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    emit closed(this);
}

} // namespace novbe::http
