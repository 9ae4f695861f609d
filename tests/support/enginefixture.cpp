#include "enginefixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace Qt::StringLiterals;

namespace novbe::test {

QString sampleConfigPath()
{
    return QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json");
}

QString demoToken(const QString &device)
{
    return u"demo-"_s + device + u"-token"_s;
}

QString demoPin(const QString &operatorId)
{
    return u"10"_s + operatorId.right(2);
}

QDateTime defaultClockStart()
{
    const QTimeZone baku("Asia/Baku");
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(baku).date();
    return QDateTime(today, QTime(10, 0), baku).toUTC();
}

EngineProcess::EngineProcess(EngineProcessOptions options)
    : m_options(std::move(options)), m_listenPort(m_options.port)
{
    if (m_options.dbPath.isEmpty())
        m_options.dbPath = m_dir.filePath(u"engine.db"_s);
}

EngineProcess::~EngineProcess()
{
    if (isRunning())
        kill();
}

QString EngineProcess::binaryPath()
{
    return QStringLiteral(NOVBE_ENGINE_BIN);
}

QStringList EngineProcess::arguments() const
{
    QStringList args{u"--config"_s, m_options.config, u"--db"_s, m_options.dbPath,
                     u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_listenPort), u"--port-file"_s,
                     m_dir.filePath(u"port"_s), u"--log-level"_s, m_options.logLevel};
    if (m_options.clockStart.isValid()) {
        const qint64 elapsed = m_sinceFirstStart.isValid() ? m_sinceFirstStart.elapsed() : 0;
        args << u"--clock-start"_s
             << m_options.clockStart.addMSecs(elapsed).toString(Qt::ISODateWithMs);
    }
    return args + m_options.extraArgs;
}

bool EngineProcess::start(int timeoutMs)
{
    const QString portFile = m_dir.filePath(u"port"_s);
    QFile::remove(portFile);
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                     [this] { m_output += m_process->readAll(); });
    m_process->start(binaryPath(), arguments());
    if (!m_sinceFirstStart.isValid())
        m_sinceFirstStart.start();
    const auto done = [&] {
        if (m_process->state() == QProcess::NotRunning)
            return true;
        QFile file(portFile);
        return file.open(QIODevice::ReadOnly) && file.readAll().endsWith('\n');
    };
    bool ready = false;
    if (m_blockingWait) {   // no events: clients see the engine back at once
        QDeadlineTimer deadline(timeoutMs);
        while (!(ready = done()) && !deadline.hasExpired())
            m_process->waitForReadyRead(20);
    } else {
        ready = QTest::qWaitFor(done, timeoutMs);
    }
    if (!ready || m_process->state() == QProcess::NotRunning)
        return false;
    QFile file(portFile);
    file.open(QIODevice::ReadOnly);
    m_port = quint16(file.readAll().trimmed().toUInt());
    return m_port != 0;
}

bool EngineProcess::restartOnSamePort(int timeoutMs)
{
    if (isRunning() || m_port == 0)
        return false;
    m_listenPort = m_port;
    m_blockingWait = true;
    const bool started = start(timeoutMs);
    m_blockingWait = false;
    return started;
}

bool EngineProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void EngineProcess::sendSignal(int signalNumber)
{
    if (isRunning())
        ::kill(pid_t(m_process->processId()), signalNumber);
}

bool EngineProcess::waitForExit(int timeoutMs)
{
    if (!m_process)
        return true;
    return QTest::qWaitFor([&] { return m_process->state() == QProcess::NotRunning; }, timeoutMs);
}

bool EngineProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return false;
    sendSignal(SIGTERM);
    if (!waitForExit(timeoutMs)) {
        kill();
        return false;
    }
    return exitStatus() == QProcess::NormalExit && exitCode() == 0;
}

void EngineProcess::kill()
{
    if (!isRunning())
        return;
    sendSignal(SIGKILL);
    waitForExit(TIMEOUT_MS);
}

int EngineProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

QProcess::ExitStatus EngineProcess::exitStatus() const
{
    return m_process ? m_process->exitStatus() : QProcess::CrashExit;
}

QByteArray EngineProcess::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

int EngineProcess::runOnce(const QStringList &arguments, QByteArray *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binaryPath(), arguments);
    const bool done = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; },
                                      timeoutMs);
    if (!done) {
        process.kill();
        process.waitForFinished(TIMEOUT_MS);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace novbe::test
