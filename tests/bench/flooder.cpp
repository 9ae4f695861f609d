#include "flooder.h"

#include "benchclient.h"
#include "jsonscan.h"
#include "waiter.h"

#include <QFile>
#include <QMetaObject>

#include <arpa/inet.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr qsizetype CHUNK_BYTES = 64 * 1024; // one blocking write
constexpr int HELLO_TIMEOUT_S = 30;

QString systemError(const char *what)
{
    return QString::fromUtf8(what) + u": "_s + QString::fromUtf8(std::strerror(errno));
}

// The engine's end of the flooder's connection, from /proc/net/tcp.
struct EngineSide
{
    // false: the engine's socket is gone (reset) or closing (FIN_WAIT1 behind
    // answers the flooder never reads)
    bool established = false;
    qint64 unread = 0; // rx_queue: flood bytes the engine has not read yet
};

// nullopt when /proc/net/tcp cannot be read.
std::optional<EngineSide> engineSide(quint16 enginePort, quint16 flooderPort)
{
    QFile file(u"/proc/net/tcp"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto hexPort = [](quint16 port) -> QByteArray {
        return ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    };
    const QByteArray local = hexPort(enginePort);
    const QByteArray remote = hexPort(flooderPort);
    for (const QByteArray &line : file.readAll().split('\n')) {
        // sl local_address rem_address st tx_queue:rx_queue ...
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 4 && f[1].endsWith(local) && f[2].endsWith(remote)) {
            const QByteArray rxQueue = f[4].mid(f[4].indexOf(':') + 1);
            return EngineSide{f[3] == "01", rxQueue.toLongLong(nullptr, 16)};
        }
    }
    return EngineSide{};
}

} // namespace

Flooder::Flooder(quint16 port, QByteArray hello, int requests)
    : m_port(port)
    , m_hello(std::move(hello))
    , m_progress(&Progress::instance())
    , m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
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
    QMetaObject::invokeMethod(
        m_progress, [] { Progress::poke(); }, Qt::QueuedConnection);
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
    const auto helloSize = std::size_t(m_hello.size());
    if (::send(m_fd, m_hello.constData(), helloSize, MSG_NOSIGNAL) != ssize_t(helloSize)) {
        m_error = systemError("write session.hello");
        return false;
    }
    QByteArray answer;
    char buffer[4096];
    while (!answer.contains('\n')) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            m_error = n == 0 ? u"the engine closed the connection"_s
                             : systemError("read session.hello");
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

// Before stop() shuts the socket down, without reading from it: did the
// engine close the connection (a FIN or reset seen here, or its own socket
// gone or closing: a FIN queued behind answers the flooder never reads does
// not arrive), and how much of the flood has it read.
void Flooder::inspect(Result &r) const
{
    pollfd p{m_fd, POLLRDHUP, 0};
    const bool hangup = ::poll(&p, 1, 0) == 1 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
    sockaddr_in address{};
    socklen_t length = sizeof address;
    int unsent = 0;
    std::optional<EngineSide> side;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0
        && ::ioctl(m_fd, SIOCOUTQ, &unsent) == 0)
        side = engineSide(m_port, ntohs(address.sin_port));
    r.disconnected = hangup || (side && !side->established);
    if (!r.disconnected && side)
        r.bytesReadByEngine = m_bytes.load() - unsent - side->unread;
}

Flooder::Result Flooder::stop()
{
    Result r;
    if (m_state.load() != State::Connecting)
        inspect(r);
    m_stopping.store(true);
    ::shutdown(m_fd, SHUT_RDWR);
    if (m_thread.joinable())
        m_thread.join();
    r.authenticated = m_state.load() == State::Done;
    r.disconnected = r.authenticated && (r.disconnected || m_writeFailed);
    r.bytesWritten = m_bytes.load();
    r.requestsWritten = std::upper_bound(m_lineEnds.begin(), m_lineEnds.end(), r.bytesWritten)
        - m_lineEnds.begin();
    r.writeSeconds = m_writeNs >= 0 ? double(m_writeNs) / 1e9 : -1;
    r.error = m_error;
    return r;
}

} // namespace novbe::bench
