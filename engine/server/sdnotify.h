#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>

class QTimer;

namespace novbe {

// The sd_notify(3) protocol without libsystemd: one datagram per message to
// the AF_UNIX socket named by $NOTIFY_SOCKET ("@name" = abstract). systemd
// sets it for Type=notify services, with $WATCHDOG_USEC when WatchdogSec= is
// set. Without $NOTIFY_SOCKET every call does nothing.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    // Reads the environment once.
    explicit SystemdNotifier(QObject *parent = nullptr);

    bool enabled() const { return !m_socketPath.isEmpty(); }
    // READY=1 with a status line; starts the watchdog pings when asked for.
    void ready(const QString &status);
    void reloading();
    void stopping();
    // The ping interval (half of $WATCHDOG_USEC), zero when no watchdog is asked for.
    std::chrono::milliseconds watchdogInterval() const { return m_watchdogInterval; }

    // Sends "KEY=value\n..." to the socket; false when it cannot be sent.
    bool send(const QByteArray &message) const;

private:
    void ping();

    QByteArray m_socketPath;
    std::chrono::milliseconds m_watchdogInterval{0};
    QTimer *m_watchdog = nullptr;
};

} // namespace novbe
