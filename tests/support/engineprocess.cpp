#include "engineprocess.h"

#include "samplecentre.h"
#include "waiting.h"

#include <QDeadlineTimer>
#include <QDir>
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

EngineProcessOptions EngineProcessOptions::manual(const QDateTime &start)
{
    EngineProcessOptions options;
    options.clockStart = start.isValid() ? start : fixedClockStart();
    options.manualClock = true;
    return options;
}

EngineProcessOptions EngineProcessOptions::running(const QDateTime &start)
{
    EngineProcessOptions options;
    options.clockStart = start.isValid() ? start : defaultClockStart();
    return options;
}

QString EngineProcess::binaryPath(bool production)
{
    return production ? QStringLiteral(NOVBE_ENGINE_BIN) : QStringLiteral(NOVBE_TEST_ENGINE_BIN);
}

EngineRun EngineProcess::command(const QStringList &args, const QString &workingDir, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(binaryPath(true), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAll()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAll()};
}

EngineProcess::EngineProcess() : EngineProcess(sampleConfigPath(), EngineProcessOptions::running())
{
}

EngineProcess::EngineProcess(const QJsonObject &config, EngineProcessOptions options)
    : EngineProcess(QString(), std::move(options))
{
    m_configPath = QDir(m_dirPath).filePath(u"centre.json"_s);
    writeConfig(config);
}

EngineProcess::EngineProcess(const QString &configPath, EngineProcessOptions options)
    : m_options(std::move(options)), m_configPath(configPath), m_listenPort(m_options.port)
{
    if (m_options.dataDir.isEmpty()) {
        m_tempDir.emplace();
        m_tempDir->setAutoRemove(!m_options.keepDir);
        m_dirPath = m_tempDir->path();
    } else {
        QDir().mkpath(m_options.dataDir);
        m_dirPath = m_options.dataDir;
    }
    const QDir dir(m_dirPath);
    m_dbPath = m_options.dbPath.isEmpty() ? dir.filePath(u"centre.db"_s) : m_options.dbPath;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(dir.filePath(u"engine.log"_s), QIODevice::Append);
    if (!configPath.isEmpty() && changesConfig()) {
        m_configPath = dir.filePath(u"centre.json"_s);
        writeConfig(QJsonDocument::fromJson(readFile(configPath)).object());
    }
}

EngineProcess::~EngineProcess()
{
    if (isRunning())
        kill();
}

QString EngineProcess::portFilePath() const
{
    return QDir(m_dirPath).filePath(u"port"_s);
}

quint16 EngineProcess::httpPort() const
{
    return quint16(readFile(portFilePath() + u".http"_s).trimmed().toUInt());
}

quint16 EngineProcess::metricsPort() const
{
    return quint16(readFile(portFilePath() + u".metrics"_s).trimmed().toUInt());
}

bool EngineProcess::changesConfig() const
{
    return m_options.http || !m_options.tls.certificate.isEmpty();
}

QJsonObject EngineProcess::withOptions(QJsonObject config) const
{
    if (m_options.http) {
        QJsonObject http = config.value(u"http"_s).toObject();
        http.insert(u"enabled"_s, true);
        http.insert(u"address"_s, u"127.0.0.1"_s);
        http.insert(u"port"_s, 0);
        config.insert(u"http"_s, http);
    }
    const EngineTls &tls = m_options.tls;
    if (!tls.certificate.isEmpty()) {
        QJsonObject section{
            {u"mode"_s, tls.mode}, {u"certificate"_s, tls.certificate}, {u"key"_s, tls.key}};
        if (tls.handshakeTimeoutMs > 0)
            section.insert(u"handshakeTimeoutMs"_s, tls.handshakeTimeoutMs);
        config.insert(u"tls"_s, section);
    }
    return config;
}

void EngineProcess::writeConfig(const QJsonObject &config)
{
    writeConfigBytes(QJsonDocument(withOptions(config)).toJson(QJsonDocument::Indented));
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

void EngineProcess::spawn()
{
    for (const QString &suffix : {u""_s, u".http"_s, u".metrics"_s})
        QFile::remove(portFilePath() + suffix); // a new run writes them anew
    m_port = 0;
    if (!m_firstStart.isValid())
        m_firstStart = QDateTime::currentDateTimeUtc();
    QString binary = binaryPath(m_options.production);
    if (m_options.dropPrivileges && ::geteuid() == 0)
        binary = prepareForNobody(m_process, binary, m_dirPath, m_configPath);
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
    spawn();
    return waitForPort(timeoutMs, true);
}

bool EngineProcess::restartOnSamePort(int timeoutMs)
{
    if (isRunning() || m_port == 0)
        return false;
    m_listenPort = m_port;
    spawn();
    return waitForPort(timeoutMs, false);
}

int EngineProcess::runToExit(int timeoutMs)
{
    spawn();
    if (!waitForExit(timeoutMs)) {
        kill();
        return -1;
    }
    return exitCode();
}

int EngineProcess::terminate(int timeoutMs)
{
    sendSignal(SIGTERM);
    if (!waitForExit(timeoutMs)) {
        kill();
        return -1;
    }
    return exitCode();
}

int EngineProcess::exitCode() const
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
    return readFile(QDir(m_dirPath).filePath(u"engine.log"_s));
}

bool EngineProcess::waitForOutput(qsizetype offset, const QByteArray &needle, int timeoutMs)
{
    return waitUntil([&] { return output().mid(offset).contains(needle); }, timeoutMs);
}

} // namespace novbe::test
