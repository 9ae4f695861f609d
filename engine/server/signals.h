#pragma once

#include <QObject>

class QSocketNotifier;

namespace novbe {

// Turns SIGTERM, SIGINT and SIGHUP into Qt signals (self-pipe via socketpair
// and QSocketNotifier), so nothing happens inside the async signal handler.
// One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // Installs the handlers; false when the socketpair cannot be created.
    bool install();

signals:
    void terminateRequested(int signalNumber); // SIGTERM or SIGINT
    void reloadRequested();                    // SIGHUP

private:
    void handleReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace novbe
