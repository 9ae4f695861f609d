#include "tcpproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>
#include <vector>

namespace novbe::test {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// Writes all of `data` (blocking: the peers are local and read promptly).
bool sendAll(int fd, const char *data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// Moves what `from` has to `to`; false when either side is gone.
bool forward(int from, int to)
{
    char buffer[65536];
    const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
    return n > 0 && sendAll(to, buffer, n);
}

using Link = std::pair<int, int>; // (client, upstream)

void closeLink(const Link &l)
{
    ::close(l.first);
    ::close(l.second);
}

// A new client, connected through to the upstream port; false when either fails.
bool acceptLink(int listening, int upstreamPort, Link &out)
{
    const int client = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC);
    const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in to = loopback(upstreamPort);
    out = {client, upstream};
    if (client >= 0 && upstream >= 0
        && ::connect(upstream, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0)
        return true;
    closeLink(out);
    return false;
}

// Forwards what poll() found on each side; false when the link is gone.
bool pump(const Link &l, short clientEvents, short upstreamEvents)
{
    const short ready = POLLIN | POLLHUP | POLLERR;
    return (!(clientEvents & ready) || forward(l.first, l.second))
        && (!(upstreamEvents & ready) || forward(l.second, l.first));
}

} // namespace

TcpProxy::TcpProxy(int upstreamPort) : m_upstream(upstreamPort)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a = loopback(0);
    socklen_t size = sizeof a;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
        || ::listen(m_listen, 16) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &size) != 0)
        return;
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { run(); });
}

TcpProxy::~TcpProxy()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listen >= 0)
        ::close(m_listen);
}

void TcpProxy::run()
{
    std::vector<Link> links;
    int dropsDone = 0;
    while (!m_stop) {
        if (m_dropRequests != dropsDone) {
            dropsDone = m_dropRequests;
            m_dropped += int(links.size());
            for (const Link &l : links)
                closeLink(l);
            links.clear();
        }
        // Stalled: the links are not polled, so nothing moves and nothing closes.
        const bool stalled = m_stalled;
        std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
        for (const Link &l : links) {
            fds.push_back({stalled ? -1 : l.first, POLLIN, 0});
            fds.push_back({stalled ? -1 : l.second, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), 20) <= 0)
            continue;
        std::vector<Link> alive;
        for (size_t i = 0; i < links.size(); ++i) {
            if (stalled) {
                alive.push_back(links[i]);
                continue;
            }
            if (pump(links[i], fds[1 + 2 * i].revents, fds[2 + 2 * i].revents))
                alive.push_back(links[i]);
            else
                closeLink(links[i]);
        }
        Link added;
        if ((fds[0].revents & POLLIN) && acceptLink(m_listen, m_upstream, added)) {
            alive.push_back(added);
            ++m_accepted;
        }
        links = std::move(alive);
    }
    for (const Link &l : links)
        closeLink(l);
}

} // namespace novbe::test
