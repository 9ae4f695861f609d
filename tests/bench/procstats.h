#pragma once

// What /proc says about a process: memory, CPU time, and the time it waited
// for a CPU (run-queue wait, /proc/PID/schedstat) — the share of a window the
// machine's other load took from it.

#include <QList>
#include <QString>
#include <QtGlobal>

namespace novbe::bench {

// VmRSS of process `pid` in KiB; -1 when unknown.
qint64 residentKb(qint64 pid);
// VmHWM (the largest VmRSS so far) of process `pid` in KiB; -1 when unknown.
qint64 peakResidentKb(qint64 pid);
// utime + stime of process `pid` in seconds; -1 when unknown.
double cpuSeconds(qint64 pid);
// Time the main thread of `pid` spent runnable but not running, in seconds; -1 when unknown.
double runQueueWaitSeconds(qint64 pid);
// Direct children of `pid` (/proc/PID/task/PID/children).
QList<qint64> childPids(qint64 pid);
// /proc/loadavg's first three fields.
QString loadAverage();

// CPU and run-queue waits of the engine and of the bench itself over a window.
class CpuWindow
{
public:
    explicit CpuWindow(qint64 enginePid);
    void end();

    double seconds = 0;
    double engineCpu = 0;
    double engineWait = 0;
    double benchCpu = 0;
    double benchWait = 0;

private:
    qint64 m_pid;
    qint64 m_startNs;
};

} // namespace novbe::bench
