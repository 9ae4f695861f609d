#include "engineprocess.h"

#include "waiting.h"

#include <QFile>
#include <QJsonDocument>

#include <grp.h>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe::enginetest {

namespace {

constexpr uid_t NOBODY = 65534;

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

} // namespace

QString engineBinary()
{
    return QStringLiteral(NOVBE_ENGINE_PATH);
}

EngineProcess::EngineProcess(const QJsonObject &config, EngineOptions options)
    : m_options(std::move(options))
{
    m_configPath = m_dir.filePath(u"centre.json"_s);
    m_dbPath = m_dir.filePath(u"centre.db"_s);
    writeConfig(config);
    QObject::connect(&m_process, &QProcess::finished, &m_process,
                     [] { Activity::instance().report(); });
    QObject::connect(&m_process, &QProcess::errorOccurred, &m_process,
                     [] { Activity::instance().report(); });
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

void EngineProcess::launch()
{
    QFile::remove(portFilePath());
    QStringList args{u"--config"_s, m_configPath, u"--db"_s, m_dbPath,
                     u"--listen"_s, u"127.0.0.1:0"_s, u"--port-file"_s, portFilePath()};
    args << m_options.extraArgs;
    m_process.setStandardOutputFile(m_dir.filePath(u"engine.out"_s), QIODevice::Append);
    m_process.setStandardErrorFile(m_dir.filePath(u"engine.err"_s), QIODevice::Append);
    if (m_options.dropPrivileges && ::geteuid() == 0) {
        // nobody writes the port file here; the directory is private to this test anyway.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                | QFile::ReadOther | QFile::WriteOther
                                                | QFile::ExeOther);
        QFile::setPermissions(m_configPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        m_process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(NOBODY) != 0 || ::setuid(NOBODY) != 0)
                ::_exit(126);
        });
        // The build tree may sit in a folder nobody cannot enter (mktemp -d
        // is 0700): run a copy of the binary from this test's open folder.
        const QString copy = m_dir.filePath(u"novbe-engine"_s);
        if (!QFile::exists(copy))
            QFile::copy(engineBinary(), copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                        | QFile::ReadOther | QFile::ExeOther);
        m_process.start(copy, args);
        return;
    }
    m_process.start(engineBinary(), args);
}

bool EngineProcess::start(int timeoutMs)
{
    m_port = 0;
    launch();
    const QString portFile = portFilePath();
    const bool ready = waitUntil(
        [&] { return readFile(portFile).endsWith('\n') || m_process.state() == QProcess::NotRunning; },
        timeoutMs);
    if (!ready || m_process.state() == QProcess::NotRunning)
        return false;
    bool ok = false;
    m_port = quint16(readFile(portFile).trimmed().toUInt(&ok));
    return ok && m_port != 0;
}

bool EngineProcess::exited(int timeoutMs)
{
    return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

int EngineProcess::runToExit(int timeoutMs)
{
    launch();
    if (!exited(timeoutMs)) {
        kill();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int EngineProcess::terminate(int timeoutMs)
{
    sendSignal(SIGTERM);
    if (!exited(timeoutMs)) {
        kill();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void EngineProcess::kill()
{
    m_process.kill();
    exited(15000);
}

void EngineProcess::sendSignal(int signal)
{
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), signal);
}

bool EngineProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QByteArray EngineProcess::stderrText() const
{
    return readFile(m_dir.filePath(u"engine.err"_s));
}

bool EngineProcess::waitForStderr(qsizetype offset, const QByteArray &needle, int timeoutMs)
{
    return waitUntil([&] { return stderrText().mid(offset).contains(needle); }, timeoutMs);
}

} // namespace novbe::enginetest
