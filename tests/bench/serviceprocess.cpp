#include "serviceprocess.h"

#include "procstats.h"
#include "waiter.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include <csignal>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

quint16 readPort(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    if (!text.endsWith('\n'))
        return 0;
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : 0;
}

} // namespace

ServiceProcess::ServiceProcess(QString program, QStringList prefix, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_prefix(std::move(prefix))
{
    connect(&m_process, &QProcess::finished, this, [] { Progress::poke(); });
    connect(&m_process, &QProcess::errorOccurred, this, [] { Progress::poke(); });
}

ServiceProcess::~ServiceProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServiceProcess::start(const QStringList &arguments, const QString &portFile,
                           const QString &logPath, int timeoutMs)
{
    QFile::remove(portFile);
    QFileSystemWatcher watcher({QFileInfo(portFile).absolutePath()});
    connect(&watcher, &QFileSystemWatcher::directoryChanged, this, [] { Progress::poke(); });
    QString program = m_program;
    QStringList args = arguments + QStringList{u"--port-file"_s, portFile};
    if (!m_prefix.isEmpty()) {
        args = m_prefix.mid(1) + QStringList{m_program} + args;
        program = m_prefix.constFirst();
    }
    m_process.setStandardOutputFile(logPath, QIODevice::Append);
    m_process.setStandardErrorFile(logPath, QIODevice::Append);
    const qint64 launched = nowNs();
    m_process.start(program, args);
    const bool ready = waitFor(
        [&] {
            if (m_process.state() == QProcess::NotRunning)
                return true;
            m_port = readPort(portFile);
            return m_port != 0;
        },
        timeoutMs);
    m_startupNs = nowNs() - launched;
    if (m_port != 0)
        return true;
    m_error = ready ? u"%1 exited (code %2) before listening; see %3"_s.arg(
                  m_program, QString::number(m_process.exitCode()), logPath)
                    : u"%1 did not write %2 within %3 ms; see %4"_s.arg(
                        m_program, portFile, QString::number(timeoutMs), logPath);
    return false;
}

bool ServiceProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    // Behind a prefix (strace, perf) the engine is a child: it gets the SIGTERM
    // and the prefix ends with it.
    const QList<qint64> children = childPids(pid());
    if (children.isEmpty())
        m_process.terminate();
    for (const qint64 child : children)
        ::kill(pid_t(child), SIGTERM);
    if (!waitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs)) {
        m_process.kill();
        waitFor([&] { return m_process.state() == QProcess::NotRunning; }, 5000);
        m_error = m_program + u" did not stop on SIGTERM"_s;
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

bool ServiceProcess::closeInputAndWait(int timeoutMs)
{
    m_process.closeWriteChannel();
    if (!waitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs)) {
        m_process.kill();
        waitFor([&] { return m_process.state() == QProcess::NotRunning; }, 5000);
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

qint64 ServiceProcess::targetPid() const
{
    if (m_prefix.isEmpty())
        return pid();
    const QList<qint64> children = childPids(pid());
    return children.isEmpty() ? pid() : children.constFirst();
}

qint64 ServiceProcess::residentKb() const
{
    return bench::residentKb(targetPid());
}

double ServiceProcess::cpuSeconds() const
{
    return bench::cpuSeconds(targetPid());
}

} // namespace novbe::bench
