#pragma once

// The engine under test: the novbe-engine-testing binary (the production
// engine plus --manual-clock and the debug.* methods, docs/testing.md) as a
// child process with a fresh temporary directory. It writes a JSON config
// there (or uses a config path), starts on 127.0.0.1 with --port-file, stops
// with SIGTERM or SIGKILL and restarts on the same database (and port).
// stdout and stderr of every run go to dir()/engine.log.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace novbe::test {

struct EngineProcessOptions
{
    QDateTime clockStart;        // the engine clock starts here; invalid: the real time
    bool manualClock = false;    // the clock stands still; only debug.advanceClock moves it
    bool dropPrivileges = false; // run as nobody when the test runs as root
    bool production = false;     // run novbe-engine itself (no debug.*, no manual clock)
    int helloTimeoutMs = 0;      // 0: the engine's default (10 s)
    quint16 port = 0;            // 0: any free port
    QString dbPath = {};         // empty: centre.db in dir()
    QString logLevel = QStringLiteral("info");
    QStringList extraArgs = {};
    QStringList environment = {}; // NAME=value added to the engine's environment
};

class EngineProcess
{
public:
    static constexpr int TIMEOUT_MS = 15000;

    // The sample centre (resources/centres/baku-1.json), its clock at 10:00 Baku today.
    EngineProcess();
    // `config`, written to dir()/centre.json.
    explicit EngineProcess(const QJsonObject &config, EngineProcessOptions options = {});
    // The config file at `configPath`.
    EngineProcess(const QString &configPath, EngineProcessOptions options);
    ~EngineProcess(); // SIGKILLs a running engine
    EngineProcess(const EngineProcess &) = delete;
    EngineProcess &operator=(const EngineProcess &) = delete;

    // Starts and waits for the port file; false when the engine exited or timed out.
    // A running clock goes on from where the previous run left it.
    bool start(int timeoutMs = TIMEOUT_MS);
    // Starts again on the previous run's port, waiting without processing
    // events: the engine is back before any client in this process retries.
    bool restartOnSamePort(int timeoutMs = TIMEOUT_MS);
    // Starts and waits for the engine to exit by itself; its exit code, -1 on timeout/crash.
    int runToExit(int timeoutMs = TIMEOUT_MS);
    // SIGTERM and wait; the exit code, or -1 when it crashed or did not stop in time.
    int terminate(int timeoutMs = TIMEOUT_MS);
    // SIGKILL and wait.
    void kill();
    // Sends a signal (SIGHUP, SIGSTOP, ...) to the running engine.
    void sendSignal(int signal);
    bool isRunning() const;
    // Waits for the process to end; false on timeout.
    bool waitForExit(int timeoutMs = TIMEOUT_MS);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); } // 0 when not running
    QString dir() const { return m_dir.path(); }
    QString dbPath() const { return m_dbPath; }
    QString configPath() const { return m_configPath; }
    QString portFilePath() const;
    void setDbPath(const QString &path) { m_dbPath = path; }
    // Overwrites the config file (for SIGHUP reloads); raw bytes variant for invalid files.
    void writeConfig(const QJsonObject &config);
    void writeConfigBytes(const QByteArray &bytes);
    // Everything the engine printed so far (all runs).
    QByteArray output() const;
    // Waits until output() contains `needle` after its first `offset` bytes.
    bool waitForOutput(qsizetype offset, const QByteArray &needle, int timeoutMs = TIMEOUT_MS);

    // Path of the engine binary: novbe-engine-testing, or novbe-engine with `production`.
    static QString binaryPath(bool production = false);

private:
    QStringList arguments() const;
    void launch();
    bool waitForPort(int timeoutMs, bool processEvents);
    int exitCodeOrFailure() const;

    QTemporaryDir m_dir;
    EngineProcessOptions m_options;
    QString m_configPath;
    QString m_dbPath;
    QProcess m_process;
    QDateTime m_firstStart;
    quint16 m_listenPort = 0;
    quint16 m_port = 0;
};

} // namespace novbe::test
