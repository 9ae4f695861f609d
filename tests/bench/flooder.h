#pragma once

// The flood phase's abusive client: one raw POSIX socket on its own thread.
// It says session.hello, then writes its pipelined requests as fast as the
// engine takes them with blocking writes and never reads an answer, so the
// bench's event loop stays free for the honest client it measures.

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

class QObject;

namespace novbe::bench {

class Flooder
{
public:
    struct Result
    {
        bool authenticated = false;
        bool disconnected = false; // the engine closed or reset the connection
        qint64 bytesWritten = 0;
        qint64 requestsWritten = 0; // complete request lines
        double writeSeconds = -1;   // time to write every request; -1 when it did not
        // Written bytes the engine had read by stop(): written minus what was
        // still in the flooder's send queue and in the engine's receive queue
        // (loopback buffers hold megabytes). -1 when the engine had closed it.
        qint64 bytesReadByEngine = -1;
        QString error; // connect or session.hello failure
    };

    // `hello`: the session.hello request line; `requests`: session.ping lines after it.
    Flooder(quint16 port, QByteArray hello, int requests);
    ~Flooder();
    Flooder(const Flooder &) = delete;
    Flooder &operator=(const Flooder &) = delete;

    // Starts the thread: connect, hello, then the flood. Pokes Progress when
    // it is flooding or has given up, and when it stops writing.
    void start();
    // Through session.hello (flooding, or done writing).
    bool greeted() const
    {
        const State state = m_state.load();
        return state == State::Flooding || state == State::Done;
    }
    // Greeted or given up.
    bool settled() const { return m_state.load() != State::Connecting; }
    // Bytes written so far (any thread).
    qint64 bytesWritten() const { return m_bytes.load(); }
    // Ends the flood whatever the engine did: shutdown() wakes a blocked
    // write, then the thread is joined. Call once.
    Result stop();

private:
    enum class State { Connecting, Flooding, Failed, Done };

    void run();
    bool connectAndGreet();
    void flood();
    void settle(State state);
    void inspect(Result &r) const;

    quint16 m_port;
    QByteArray m_hello;
    QByteArray m_flood;
    std::vector<qsizetype> m_lineEnds; // offset after each request line of m_flood
    QObject *m_progress;               // lives on the bench's thread
    int m_fd;
    std::thread m_thread;
    std::atomic<State> m_state{State::Connecting};
    std::atomic<qint64> m_bytes{0};
    std::atomic<bool> m_stopping{false};
    bool m_writeFailed = false; // written by the thread, read after join
    qint64 m_writeNs = -1;      // idem
    QString m_error;            // idem
};

} // namespace novbe::bench
