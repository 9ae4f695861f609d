#include "procstats.h"

#include "waiter.h"

#include <QFile>
#include <QList>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

QByteArray readProc(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A "Name:   N kB" field of /proc/PID/status; -1 when unknown.
qint64 statusKb(qint64 pid, QByteArrayView field)
{
    if (pid <= 0)
        return -1;
    for (const QByteArray &line : readProc(u"/proc/%1/status"_s.arg(pid)).split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

qint64 residentKb(qint64 pid)
{
    return statusKb(pid, "VmRSS:");
}

qint64 peakResidentKb(qint64 pid)
{
    return statusKb(pid, "VmHWM:");
}

double cpuSeconds(qint64 pid)
{
    const QByteArray text = pid > 0 ? readProc(u"/proc/%1/stat"_s.arg(pid)) : QByteArray();
    // Fields after the command name (which may hold spaces) start after ") ".
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (text.isEmpty() || f.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(f[11].toLongLong() + f[12].toLongLong()) / ticks;
}

double runQueueWaitSeconds(qint64 pid)
{
    const QList<QByteArray> f = readProc(u"/proc/%1/schedstat"_s.arg(pid)).trimmed().split(' ');
    if (pid <= 0 || f.size() < 2)
        return -1;
    return double(f[1].toLongLong()) / 1e9;
}

QList<qint64> childPids(qint64 pid)
{
    QList<qint64> pids;
    if (pid <= 0)
        return pids;
    const QByteArray text = readProc(u"/proc/%1/task/%1/children"_s.arg(pid));
    for (const QByteArray &field : text.trimmed().split(' ')) {
        if (const qint64 child = field.toLongLong(); child > 0)
            pids.append(child);
    }
    return pids;
}

QString loadAverage()
{
    const QList<QByteArray> f = readProc(u"/proc/loadavg"_s).split(' ');
    if (f.size() < 3)
        return u"unknown"_s;
    return QString::fromUtf8(f[0] + ' ' + f[1] + ' ' + f[2]);
}

CpuWindow::CpuWindow(qint64 enginePid) : m_pid(enginePid), m_startNs(nowNs())
{
    engineCpu = cpuSeconds(m_pid);
    engineWait = runQueueWaitSeconds(m_pid);
    benchCpu = cpuSeconds(getpid());
    benchWait = runQueueWaitSeconds(getpid());
}

void CpuWindow::end()
{
    seconds = double(nowNs() - m_startNs) / 1e9;
    engineCpu = cpuSeconds(m_pid) - engineCpu;
    engineWait = runQueueWaitSeconds(m_pid) - engineWait;
    benchCpu = cpuSeconds(getpid()) - benchCpu;
    benchWait = runQueueWaitSeconds(getpid()) - benchWait;
}

} // namespace novbe::bench
