#include "flooder.h"

#include "benchclient.h"
#include "jsonscan.h"
#include "waiter.h"

#include <QFile>
#include <QMetaObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <linux/sockios.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr qsizetype CHUNK_BYTES = 64 * 1024;   // one blocking write
constexpr int HELLO_TIMEOUT_S = 30;

QString systemError(const char *what)
{
    return QString::fromUtf8(what) + u": "_s + QString::fromUtf8(std::strerror(errno));
}

// rx_queue of the loopback TCP socket from `localPort` to `remotePort`
// (/proc/net/tcp): bytes its owner has not read yet; -1 when not found.
qint64 unreadBytes(quint16 localPort, quint16 remotePort)
{
    QFile file(u"/proc/net/tcp"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray local = ':' + QByteArray::number(localPort, 16).toUpper().rightJustified(4, '0');
    const QByteArray remote = ':' + QByteArray::number(remotePort, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // sl local_address rem_address st tx_queue:rx_queue ...
        if (f.size() > 4 && f[1].endsWith(local) && f[2].endsWith(remote))
            return f[4].mid(f[4].indexOf(':') + 1).toLongLong(nullptr, 16);
    }
    return -1;
}

} // namespace

Flooder::Flooder(quint16 port, QByteArray hello, int requests)
    : m_port(port), m_hello(std::move(hello)), m_progress(&Progress::instance()),
      m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
{
    m_lineEnds.reserve(std::size_t(requests));
    for (int i = 0; i < requests; ++i) {
        m_flood += requestLine(i + 2, "session.ping", {});
        m_lineEnds.push_back(m_flood.size());
    }
}

Flooder::~Flooder()
{
    if (m_thread.joinable())
        stop();
    if (m_fd >= 0)
        ::close(m_fd);
}

void Flooder::start()
{
    m_thread = std::thread([this] { run(); });
}

void Flooder::run()
{
    if (!connectAndGreet()) {
        settle(State::Failed);
        return;
    }
    settle(State::Flooding);
    flood();
    settle(State::Done);
}

// Tells the bench's loop (a queued call: waitFor() runs on the bench's thread).
void Flooder::settle(State state)
{
    m_state.store(state);
    QMetaObject::invokeMethod(m_progress, [] { Progress::poke(); }, Qt::QueuedConnection);
}

bool Flooder::connectAndGreet()
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const timeval timeout{HELLO_TIMEOUT_S, 0};
    if (m_fd < 0 || ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout) != 0
        || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        m_error = systemError("connect");
        return false;
    }
    if (::send(m_fd, m_hello.constData(), std::size_t(m_hello.size()), MSG_NOSIGNAL) != m_hello.size()) {
        m_error = systemError("write session.hello");
        return false;
    }
    QByteArray answer;
    char buffer[4096];
    while (!answer.contains('\n')) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            m_error = n == 0 ? u"the engine closed the connection"_s : systemError("read session.hello");
            return false;
        }
        answer.append(buffer, n);
    }
    const QByteArray line = answer.left(answer.indexOf('\n'));
    if (jsonField(line, "result").isEmpty())
        m_error = u"session.hello failed: "_s + QString::fromUtf8(line);
    return m_error.isEmpty();
}

// Blocking writes of the whole flood, never a read; stops on an error (the
// engine dropped the connection) or when stop() shuts the socket down.
void Flooder::flood()
{
    const qint64 start = nowNs();
    qsizetype offset = 0;
    while (offset < m_flood.size() && !m_stopping.load()) {
        const auto size = std::size_t(std::min(CHUNK_BYTES, m_flood.size() - offset));
        const ssize_t n = ::send(m_fd, m_flood.constData() + offset, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_writeFailed = !m_stopping.load();
            return;
        }
        offset += n;
        m_bytes.store(offset);
    }
    if (offset == m_flood.size())
        m_writeNs = nowNs() - start;
}

// The engine closed its side (FIN) or reset the connection; no read needed.
bool Flooder::peerClosed() const
{
    pollfd p{m_fd, POLLRDHUP, 0};
    return ::poll(&p, 1, 0) == 1 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

qint64 Flooder::bytesReadByEngine() const
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    int unsent = 0;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0
        || ::ioctl(m_fd, SIOCOUTQ, &unsent) != 0)
        return -1;
    const qint64 unread = unreadBytes(m_port, ntohs(address.sin_port));
    return unread < 0 ? -1 : m_bytes.load() - unsent - unread;
}

Flooder::Result Flooder::stop()
{
    Result r;
    const bool closedByPeer = m_state.load() != State::Connecting && peerClosed();
    if (m_state.load() != State::Connecting && !closedByPeer)
        r.bytesReadByEngine = bytesReadByEngine();
    m_stopping.store(true);
    ::shutdown(m_fd, SHUT_RDWR);
    if (m_thread.joinable())
        m_thread.join();
    r.authenticated = m_state.load() == State::Done;
    r.disconnected = r.authenticated && (closedByPeer || m_writeFailed);
    r.bytesWritten = m_bytes.load();
    r.requestsWritten = std::upper_bound(m_lineEnds.begin(), m_lineEnds.end(), r.bytesWritten)
        - m_lineEnds.begin();
    r.writeSeconds = m_writeNs >= 0 ? double(m_writeNs) / 1e9 : -1;
    r.error = m_error;
    return r;
}

} // namespace novbe::bench
