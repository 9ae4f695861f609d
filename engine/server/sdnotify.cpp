#include "sdnotify.h"

#include "logging.h"

#include <QTimer>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// $WATCHDOG_USEC, when it is meant for this process ($WATCHDOG_PID absent or ours).
std::chrono::microseconds watchdogTimeout()
{
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    if (!pid.isEmpty() && pid.toLongLong() != ::getpid())
        return std::chrono::microseconds(0);
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    return std::chrono::microseconds(ok && usec > 0 ? usec : 0);
}

} // namespace

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent), m_socketPath(qgetenv("NOTIFY_SOCKET"))
{
    const auto timeout = watchdogTimeout();
    if (enabled() && timeout.count() > 0)
        m_watchdogInterval = std::max(
            std::chrono::milliseconds(1),
            std::chrono::duration_cast<std::chrono::milliseconds>(timeout / 2));
}

bool SystemdNotifier::send(const QByteArray &message) const
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (!enabled() || size_t(m_socketPath.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // an abstract socket name
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + m_socketPath.size());
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == message.size();
}

void SystemdNotifier::ready(const QString &status)
{
    if (!enabled())
        return;
    if (!send("READY=1\nSTATUS=" + status.toUtf8() + "\nMAINPID=" + QByteArray::number(::getpid())))
        qCWarning(lcServer).noquote() << "cannot notify systemd at" << m_socketPath;
    if (m_watchdogInterval.count() > 0 && !m_watchdog) {
        // A timer of the event loop: when the loop hangs the pings stop and
        // systemd restarts the engine.
        m_watchdog = new QTimer(this);
        connect(m_watchdog, &QTimer::timeout, this, &SystemdNotifier::ping);
        m_watchdog->start(m_watchdogInterval);
        qCInfo(lcServer) << "systemd watchdog ping every" << m_watchdogInterval.count() << "ms";
    }
}

void SystemdNotifier::reloading()
{
    send("RELOADING=1\nSTATUS=reloading the centre config");
}

void SystemdNotifier::stopping()
{
    if (m_watchdog)
        m_watchdog->stop();
    send("STOPPING=1\nSTATUS=stopping");
}

void SystemdNotifier::ping()
{
    send("WATCHDOG=1"_ba);
}

} // namespace novbe
