#pragma once

// The real novbe-engine binary in a fresh temporary directory: it writes the
// centre config there, starts the engine on 127.0.0.1 port 0 with --port-file,
// and stops it with SIGTERM or SIGKILL. stdout/stderr go to files in the dir.

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace novbe::enginetest {

struct EngineOptions
{
    QStringList extraArgs;        // e.g. {"--clock-start", "2026-03-10T06:00:00Z"}
    bool testHooks = false;       // unused: novbe-engine-testing always has debug.*
    bool dropPrivileges = false;  // run as nobody when the test runs as root
};

class EngineProcess
{
public:
    explicit EngineProcess(const QJsonObject &config, EngineOptions options = {});
    ~EngineProcess();
    EngineProcess(const EngineProcess &) = delete;
    EngineProcess &operator=(const EngineProcess &) = delete;

    // Starts and waits for the port file; false when the engine exited or timed out.
    bool start(int timeoutMs = 15000);
    // Starts and waits for the engine to exit by itself; its exit code, -1 on timeout/crash.
    int runToExit(int timeoutMs = 15000);
    // SIGTERM and wait; the exit code, or -1 when it crashed or did not stop in time.
    int terminate(int timeoutMs = 15000);
    // SIGKILL and wait.
    void kill();
    // Sends a signal (e.g. SIGHUP) to the running engine.
    void sendSignal(int signal);
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString dbPath() const { return m_dbPath; }
    QString configPath() const { return m_configPath; }
    QString portFilePath() const;
    void setDbPath(const QString &path) { m_dbPath = path; }
    // Overwrites the config file (for SIGHUP reloads); raw bytes variant for invalid files.
    void writeConfig(const QJsonObject &config);
    void writeConfigBytes(const QByteArray &bytes);
    // Everything the engine wrote to stderr so far (all runs).
    QByteArray stderrText() const;
    // Waits until stderr holds more than `offset` bytes and contains `needle` after it.
    bool waitForStderr(qsizetype offset, const QByteArray &needle, int timeoutMs);

private:
    void launch();
    bool exited(int timeoutMs);

    QTemporaryDir m_dir;
    EngineOptions m_options;
    QString m_configPath;
    QString m_dbPath;
    QProcess m_process;
    quint16 m_port = 0;
};

// Path of the engine binary under test.
QString engineBinary();

} // namespace novbe::enginetest
