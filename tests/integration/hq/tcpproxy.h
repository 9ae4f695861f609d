#pragma once

// A TCP proxy for the HQ link tests: real sockets between novbe-uplink and
// PostgreSQL, with the faults of a WAN line injected on demand. It forwards
// bytes both ways on its own thread until told to stall (nothing is forwarded
// and nothing is closed: the connections hang, TCP still acknowledges) or to
// drop every open connection (both sides closed mid-stream).

#include <atomic>
#include <thread>

namespace novbe::test {

class TcpProxy
{
public:
    // Listens on 127.0.0.1:<a free port> and forwards to 127.0.0.1:upstreamPort.
    explicit TcpProxy(int upstreamPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    int port() const { return m_port; } // 0 when it could not listen
    int accepted() const { return m_accepted; }
    void setStalled(bool stalled) { m_stalled = stalled; }
    // Closes every connection open now (asynchronously, within ~20 ms);
    // returns at once. dropped() counts the connections closed so.
    void dropAll() { ++m_dropRequests; }
    int dropped() const { return m_dropped; }

private:
    void run();

    int m_listen = -1;
    int m_port = 0;
    int m_upstream = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_stalled{false};
    std::atomic<int> m_dropRequests{0};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_dropped{0};
    std::thread m_thread;
};

} // namespace novbe::test
