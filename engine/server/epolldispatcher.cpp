#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>

namespace novbe {

namespace {

constexpr int MAX_READY = 256;
constexpr quint32 READABLE = EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR;
constexpr quint32 WRITABLE = EPOLLOUT | EPOLLHUP | EPOLLERR;

quint64 key(int fd, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(fd);
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        qFatal("novbe: cannot create the epoll event loop (errno %d)", errno);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = key(m_wake, 0);
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    close(m_wake);
    close(m_epoll);
}

// Tells epoll what `watch` wants. `force`: even when it seems unchanged (a
// closed fd leaves epoll by itself, and its number may come back).
void EpollEventDispatcher::updateWatch(int fd, Watch &watch, bool force)
{
    quint32 events = 0;
    events |= watch.read ? quint32(EPOLLIN | EPOLLRDHUP) : 0;
    events |= watch.write ? quint32(EPOLLOUT) : 0;
    events |= watch.exception ? quint32(EPOLLPRI) : 0;
    if (events == watch.events && !force)
        return;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = key(fd, watch.generation);
    if (events == 0)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    else if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) != 0 && errno == ENOENT)
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    watch.events = events;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_watches.find(fd);
    if (it == m_watches.end())
        it = m_watches.insert(fd, Watch{nullptr, nullptr, nullptr, m_nextGeneration++, 0});
    switch (notifier->type()) {
        case QSocketNotifier::Read: it->read = notifier; break;
        case QSocketNotifier::Write: it->write = notifier; break;
        case QSocketNotifier::Exception: it->exception = notifier; break;
    }
    updateWatch(fd, *it, true);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateWatch(fd, *it, false);
    if (!it->read && !it->write && !it->exception)
        m_watches.erase(it);
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, Clock::time_point now)
{
    timer.deadline = now + std::chrono::milliseconds(timer.intervalMs);
    m_deadlines.emplace(timer.deadline, timerId);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer = Timer{std::max<qint64>(interval, 0), timerType, object, {}};
    schedule(timerId, timer, Clock::now());
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    auto [first, last] = m_deadlines.equal_range(it->deadline);
    for (; first != last; ++first) {
        if (first->second == timerId) {
            m_deadlines.erase(first);
            break;
        }
    }
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    std::vector<int> ids;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            ids.push_back(it.key());
    }
    for (int id : ids)
        unregisterTimer(id);
    return !ids.empty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            out.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(it->deadline
                                                                            - Clock::now());
    return int(std::max<qint64>(left.count(), 0));
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = write(m_wake, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.store(true);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    quint64 count = 0;
    [[maybe_unused]] const ssize_t n = read(m_wake, &count, sizeof count);
}

int EpollEventDispatcher::waitTimeoutMs(bool canWait) const
{
    if (!canWait)
        return 0;
    if (m_deadlines.empty())
        return -1;
    const auto left = m_deadlines.begin()->first - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    // Round up: waking a little late fires the timer; early would spin.
    return int(std::chrono::ceil<std::chrono::milliseconds>(left).count());
}

bool EpollEventDispatcher::activate(QSocketNotifier *notifier)
{
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
    return true;
}

bool EpollEventDispatcher::dispatchSockets(const std::vector<Ready> &ready)
{
    bool any = false;
    for (const Ready &r : ready) {
        // The notifier may be gone, or the fd reused, since epoll reported it.
        auto it = m_watches.constFind(r.fd);
        if (it == m_watches.cend() || it->generation != r.generation)
            continue;
        if ((r.events & READABLE) && it->read)
            any = activate(it->read);
        it = m_watches.constFind(r.fd);
        if (it == m_watches.cend() || it->generation != r.generation)
            continue;
        if ((r.events & WRITABLE) && it->write)
            any = activate(it->write);
        it = m_watches.constFind(r.fd);
        if (it != m_watches.cend() && it->generation == r.generation && (r.events & EPOLLPRI)
            && it->exception)
            any = activate(it->exception);
    }
    return any;
}

bool EpollEventDispatcher::fireTimers()
{
    const auto now = Clock::now();
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now;)
        due.push_back(it->second), it = m_deadlines.erase(it);
    for (int id : due) {
        const auto it = m_timers.find(id);
        if (it != m_timers.end())
            schedule(id, *it, now);
    }
    for (int id : due) {
        const auto it = m_timers.constFind(id);
        if (it == m_timers.cend())
            continue; // killed by an earlier timer's handler
        QTimerEvent event(id);
        QCoreApplication::sendEvent(it->object, &event);
    }
    return !due.empty();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupt.load())
        return false;
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents);
    const int timeout = waitTimeoutMs(canWait);
    if (timeout != 0)
        emit aboutToBlock();
    epoll_event events[MAX_READY];
    int n = 0;
    do {
        n = epoll_wait(m_epoll, events, MAX_READY, timeout);
    } while (n < 0 && errno == EINTR);
    ++m_turns;
    std::vector<Ready> ready;
    ready.reserve(size_t(std::max(n, 0)));
    for (int i = 0; i < n; ++i) {
        const int fd = int(quint32(events[i].data.u64));
        if (fd == m_wake)
            drainWakeUps();
        else
            ready.push_back(Ready{fd, quint32(events[i].data.u64 >> 32), events[i].events});
    }
    bool any = false;
    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers))
        any = dispatchSockets(ready);
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers) && !m_interrupt.load())
        any = fireTimers() || any;
    return any;
}

} // namespace novbe
