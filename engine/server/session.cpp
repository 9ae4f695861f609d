#include "session.h"

#include "logging.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// TCP keepalive so a vanished peer (no FIN) is noticed in about a minute and
// its counter released: first probe after 30 s idle, then every 10 s, 3 tries.
// TCP_NODELAY: an answer leaves at once, not held by Nagle's algorithm until
// the peer acknowledges the previous one.
void enableKeepAlive(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return;
    const int idle = 30;
    const int interval = 10;
    const int count = 3;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    const unsigned userTimeoutMs = 60000; // unacknowledged data: give up after a minute
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
}

QString plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

Session::Session(QTcpSocket *socket, quint64 id, Limits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_helloTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
    , m_id(id)
{
    m_socket->setParent(this);
    // Read in bounded chunks: a flooding client is held back by TCP, not by our memory.
    m_socket->setReadBufferSize(READ_CHUNK);
    enableKeepAlive(m_socket);
    m_peerAddress = plainAddress(m_socket->peerAddress());
    m_peer = m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort());
    connect(m_socket, &QTcpSocket::readyRead, this, &Session::handleReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Session::handleBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Session::handleDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            handleDisconnected();
    });
    m_helloTimer->setSingleShot(true);
    connect(m_helloTimer, &QTimer::timeout, this, &Session::handleHelloTimeout);
    m_helloTimer->start(limits.helloTimeoutMs);
    m_stallTimer->setSingleShot(true);
    m_stallTimer->setInterval(limits.stallTimeoutMs);
    connect(m_stallTimer, &QTimer::timeout, this, &Session::handleStall);
}

Session::~Session() = default;

void Session::setLineHandler(LineHandler handler)
{
    m_handler = std::move(handler);
}

QString Session::peer() const
{
    return m_peer;
}

void Session::authenticate(const QString &device, Role role, const QString &client)
{
    m_device = device;
    m_role = role;
    m_client = client;
    m_helloTimer->stop();
}

void Session::setOperator(const QString &id, const QString &name)
{
    m_operatorId = id;
    m_operatorName = name;
}

void Session::subscribe(qint64 deliveredSeq, std::deque<QByteArray> replay)
{
    m_subscribed = true;
    m_deliveredSeq = deliveredSeq;
    m_backlog = std::move(replay);
    m_backlogBytes = 0;
    for (const QByteArray &line : m_backlog)
        m_backlogBytes += line.size();
    // After the subscribe answer, which is sent once this returns.
    QMetaObject::invokeMethod(this, &Session::drainBacklog, Qt::QueuedConnection);
}

void Session::pushEvent(qint64 seq, const QByteArray &line)
{
    if (!m_subscribed || seq <= m_deliveredSeq || m_closing)
        return;
    m_deliveredSeq = seq;
    if (line.isEmpty())
        return;
    if (m_backlog.empty()) {
        writeRaw(line);
        return;
    }
    m_backlog.push_back(line);
    m_backlogBytes += line.size();
    if (m_backlogBytes > MAX_BACKLOG_BYTES)
        abortConnection(u"event backlog over bound (client not reading)"_s);
}

void Session::sendLine(const QByteArray &line)
{
    if (!m_closing)
        writeRaw(line);
}

bool Session::writeRaw(const QByteArray &line)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(line);
    if (!m_stallTimer->isActive())
        m_stallTimer->start();
    if (m_socket->bytesToWrite() > MAX_SEND_BUFFER) {
        abortConnection(u"send buffer over 4 MiB (client not reading)"_s);
        return false;
    }
    return true;
}

void Session::drainBacklog()
{
    while (!m_backlog.empty() && !m_closing && m_socket->bytesToWrite() < BACKLOG_LOW_WATER) {
        QByteArray line = std::move(m_backlog.front());
        m_backlog.pop_front();
        m_backlogBytes -= line.size();
        if (!writeRaw(line))
            return;
    }
}

void Session::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    m_backlog.clear();
    m_socket->disconnectFromHost();
}

void Session::abortConnection(const QString &reason)
{
    if (m_closedEmitted)
        return;
    qCWarning(lcServer).noquote() << "session" << m_id << m_peer << "dropped:" << reason;
    m_closing = true;
    m_backlog.clear();
    // Deferred: callers may be iterating over sessions.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_socket->abort();
            handleDisconnected();
        },
        Qt::QueuedConnection);
}

void Session::handleReadyRead()
{
    if (m_closing || m_inputStopped) {
        m_socket->readAll(); // ignored
        return;
    }
    processInput();
}

bool Session::congested() const
{
    return m_socket->bytesToWrite() > MAX_UNSENT_ANSWERS;
}

void Session::processInput()
{
    m_inputScheduled = false;
    int handled = 0;
    m_inputPaused = congested();
    while (!m_closing && !m_inputStopped && !m_inputPaused) {
        LineDecoder::Item item = m_decoder.next();
        if (item.status == LineDecoder::Status::NeedMore) {
            if (m_socket->bytesAvailable() <= 0)
                return;
            m_decoder.feed(m_socket->read(READ_CHUNK));
            continue;
        }
        if (m_handler)
            m_handler(*this, item);
        if (++handled == MAX_REQUESTS_PER_TURN) {
            scheduleInput();
            return;
        }
        m_inputPaused = congested();
    }
}

// Continues with the buffered requests at the next loop turn.
void Session::scheduleInput()
{
    if (m_inputScheduled)
        return;
    m_inputScheduled = true;
    QMetaObject::invokeMethod(this, &Session::processInput, Qt::QueuedConnection);
}

void Session::handleBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        m_stallTimer->start(); // progress: the peer reads
    else
        m_stallTimer->stop();
    drainBacklog();
    if (m_inputPaused && !congested())
        scheduleInput(); // the client read its answers: its next requests may come
}

void Session::handleDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_closing = true;
    m_helloTimer->stop();
    m_stallTimer->stop();
    qCDebug(lcServer).noquote() << "session" << m_id << m_peer << "closed";
    emit closed(this);
}

void Session::handleStall()
{
    if (m_socket->bytesToWrite() > 0)
        abortConnection(
            u"the client has read nothing for %1 s"_s.arg(m_stallTimer->interval() / 1000.0));
}

void Session::handleHelloTimeout()
{
    if (!isAuthenticated())
        abortConnection(u"no session.hello in time"_s);
}

} // namespace novbe
