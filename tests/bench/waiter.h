#pragma once

// Event-driven waiting for the bench's sequential phases: anything that makes
// progress (a socket read, a connect, a process exit, a file appearing) pokes
// the one Progress object; waitFor() re-checks its condition on each poke.

#include <QObject>

#include <chrono>
#include <functional>

namespace novbe::bench {

class Progress : public QObject
{
    Q_OBJECT

public:
    static Progress &instance();
    // Tells waiters that something happened.
    static void poke();

signals:
    void changed();
};

// Runs the event loop until `done()` holds (true) or `timeoutMs` passes (false).
bool waitFor(const std::function<bool()> &done, int timeoutMs);

// Monotonic time in nanoseconds (steady clock).
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace novbe::bench

namespace novbe::bench {

// Runs the event loop for `ms` milliseconds (a measured window, not a sleep:
// every socket keeps being served).
void runEventLoopFor(int ms);

} // namespace novbe::bench
