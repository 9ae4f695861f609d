#pragma once

// The engine's event dispatcher: Linux epoll instead of Qt's poll()/glib
// loop. With 2,000 connections poll() hands the kernel and Qt every socket
// at every loop turn; epoll costs in proportion to the sockets that are
// ready. Timers are kept in deadline order. Install it before the
// QCoreApplication exists: QCoreApplication::setEventDispatcher(new ...).
// Main thread only (wakeUp() and interrupt() may be called from any thread).

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <chrono>
#include <map>
#include <vector>

namespace novbe {

class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    // Loop turns that went to epoll_wait (tests and the benchmark's curiosity).
    quint64 turns() const { return m_turns; }

private:
    using Clock = std::chrono::steady_clock;

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 generation = 0; // changes when the fd is watched anew
        quint32 events = 0;     // what epoll watches now
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        Clock::time_point deadline;
    };
    struct Ready
    {
        int fd;
        quint32 generation;
        quint32 events;
    };

    void updateWatch(int fd, Watch &watch, bool force);
    int waitTimeoutMs(bool canWait) const;
    bool dispatchSockets(const std::vector<Ready> &ready);
    bool activate(QSocketNotifier *notifier);
    bool fireTimers();
    void schedule(int timerId, Timer &timer, Clock::time_point now);
    void drainWakeUps();

    int m_epoll = -1;
    int m_wake = -1;
    QHash<int, Watch> m_watches;
    quint32 m_nextGeneration = 1;
    QHash<int, Timer> m_timers;
    std::multimap<Clock::time_point, int> m_deadlines; // timer ids by deadline
    std::atomic<bool> m_interrupt{false};
    quint64 m_turns = 0;
};

} // namespace novbe
