#pragma once

// A child server process (novbe-engine, or the bench's own echo server) that
// announces its port through --port-file. start() measures the time from
// launch until the port file appears, watched with inotify (no polling).

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace novbe::bench {

class ServiceProcess : public QObject
{
    Q_OBJECT

public:
    // `prefix` (e.g. a valgrind command line) is prepended to the program.
    ServiceProcess(QString program, QStringList prefix, QObject *parent = nullptr);
    ~ServiceProcess() override;

    // Launches program with `arguments` + --port-file; stderr goes to `logPath`.
    // Waits until the file holds a positive number and a newline (the port;
    // the connection holder writes its count); false (see errorString()) on failure.
    bool start(const QStringList &arguments, const QString &portFile, const QString &logPath,
               int timeoutMs);
    // SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`); true on exit code 0.
    bool stop(int timeoutMs = 10000);
    // Closes the child's stdin and waits for its exit; true on exit code 0.
    bool closeInputAndWait(int timeoutMs);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // The program's own pid: behind a prefix (strace, perf) the prefix's child.
    qint64 targetPid() const;
    // Launch to port file, in nanoseconds.
    qint64 startupNs() const { return m_startupNs; }
    // VmRSS of the process in KiB (from /proc/PID/status); -1 when unknown.
    qint64 residentKb() const;
    // User + system CPU time the process has used, in seconds; -1 when unknown.
    double cpuSeconds() const;
    QString errorString() const { return m_error; }

private:
    QString m_program;
    QStringList m_prefix;
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_startupNs = 0;
    QString m_error;
};

} // namespace novbe::bench
