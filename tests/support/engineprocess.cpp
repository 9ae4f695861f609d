#include "engineprocess.h"

#include "samplecentre.h"
#include "waiting.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

#include <grp.h>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

constexpr uid_t NOBODY = 65534;
constexpr auto READ_EXEC_ALL = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
    | QFile::ExeOther;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

// Makes `process` start as nobody from a copy of `binary` in `dir`: the build
// tree may sit in a folder nobody cannot enter (mktemp -d is 0700), and
// nobody writes the port file and the database there.
QString prepareForNobody(QProcess &process, const QString &binary, const QString &dir,
                         const QString &configPath)
{
    QFile::setPermissions(dir, READ_EXEC_ALL | QFile::WriteOwner | QFile::WriteOther);
    QFile::setPermissions(configPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(NOBODY) != 0 || ::setuid(NOBODY) != 0)
            ::_exit(126);
    });
    const QString copy = dir + u'/' + binary.section(u'/', -1);
    if (!QFile::exists(copy))
        QFile::copy(binary, copy);
    QFile::setPermissions(copy, READ_EXEC_ALL | QFile::WriteOwner);
    return copy;
}

} // namespace

QString EngineProcess::binaryPath(bool production)
{
    return production ? QStringLiteral(NOVBE_ENGINE_BIN) : QStringLiteral(NOVBE_TEST_ENGINE_BIN);
}

EngineProcess::EngineProcess() : EngineProcess(sampleConfigPath(), {defaultClockStart()}) {}

EngineProcess::EngineProcess(const QJsonObject &config, EngineProcessOptions options)
    : EngineProcess(QString(), std::move(options))
{
    m_configPath = m_dir.filePath(u"centre.json"_s);
    writeConfig(config);
}

EngineProcess::EngineProcess(const QString &configPath, EngineProcessOptions options)
    : m_options(std::move(options))
    , m_configPath(configPath)
    , m_dbPath(m_options.dbPath.isEmpty() ? m_dir.filePath(u"centre.db"_s) : m_options.dbPath)
    , m_listenPort(m_options.port)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(u"engine.log"_s), QIODevice::Append);
}

EngineProcess::~EngineProcess()
{
    if (isRunning())
        kill();
}

QString EngineProcess::portFilePath() const
{
    return m_dir.filePath(u"port"_s);
}

void EngineProcess::writeConfig(const QJsonObject &config)
{
    writeConfigBytes(QJsonDocument(config).toJson(QJsonDocument::Indented));
}

void EngineProcess::writeConfigBytes(const QByteArray &bytes)
{
    writeFile(m_configPath, bytes);
}

QStringList EngineProcess::arguments() const
{
    QStringList args;
    args << u"--config"_s << m_configPath << u"--db"_s << m_dbPath << u"--log-level"_s
         << m_options.logLevel << u"--listen"_s << u"127.0.0.1:%1"_s.arg(m_listenPort)
         << u"--port-file"_s << portFilePath();
    if (m_options.clockStart.isValid()) {
        qint64 ran = 0; // a running clock goes on across restarts
        if (!m_options.manualClock && m_firstStart.isValid())
            ran = m_firstStart.msecsTo(QDateTime::currentDateTimeUtc());
        args << u"--clock-start"_s
             << m_options.clockStart.addMSecs(ran).toString(Qt::ISODateWithMs);
    }
    if (m_options.manualClock)
        args << u"--manual-clock"_s;
    if (m_options.helloTimeoutMs > 0)
        args << u"--hello-timeout-ms"_s << QString::number(m_options.helloTimeoutMs);
    return args + m_options.extraArgs;
}

void EngineProcess::launch()
{
    QFile::remove(portFilePath());
    m_port = 0;
    if (!m_firstStart.isValid())
        m_firstStart = QDateTime::currentDateTimeUtc();
    QString binary = binaryPath(m_options.production);
    if (m_options.dropPrivileges && ::geteuid() == 0)
        binary = prepareForNobody(m_process, binary, m_dir.path(), m_configPath);
    if (!m_options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : m_options.environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        m_process.setProcessEnvironment(env);
    }
    m_process.start(binary, arguments());
}

bool EngineProcess::waitForPort(int timeoutMs, bool processEvents)
{
    const auto done = [this] {
        return readFile(portFilePath()).endsWith('\n') || m_process.state() == QProcess::NotRunning;
    };
    if (processEvents) {
        waitUntil(done, timeoutMs);
    } else {
        const QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            m_process.waitForFinished(10); // no events: returns after 10 ms while running
    }
    if (m_process.state() == QProcess::NotRunning)
        return false;
    bool ok = false;
    m_port = quint16(readFile(portFilePath()).trimmed().toUInt(&ok));
    return ok && m_port != 0;
}

bool EngineProcess::start(int timeoutMs)
{
    launch();
    return waitForPort(timeoutMs, true);
}

bool EngineProcess::restartOnSamePort(int timeoutMs)
{
    if (isRunning() || m_port == 0)
        return false;
    m_listenPort = m_port;
    launch();
    return waitForPort(timeoutMs, false);
}

int EngineProcess::runToExit(int timeoutMs)
{
    launch();
    if (!waitForExit(timeoutMs)) {
        kill();
        return -1;
    }
    return exitCodeOrFailure();
}

int EngineProcess::terminate(int timeoutMs)
{
    sendSignal(SIGTERM);
    if (!waitForExit(timeoutMs)) {
        kill();
        return -1;
    }
    return exitCodeOrFailure();
}

int EngineProcess::exitCodeOrFailure() const
{
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void EngineProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    waitForExit(TIMEOUT_MS);
}

void EngineProcess::sendSignal(int signal)
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), signal);
}

bool EngineProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool EngineProcess::waitForExit(int timeoutMs)
{
    return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

QByteArray EngineProcess::output() const
{
    return readFile(m_dir.filePath(u"engine.log"_s));
}

bool EngineProcess::waitForOutput(qsizetype offset, const QByteArray &needle, int timeoutMs)
{
    return waitUntil([&] { return output().mid(offset).contains(needle); }, timeoutMs);
}

} // namespace novbe::test
