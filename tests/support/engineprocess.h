#pragma once

// The one way tests start an engine (docs/testing.md, "The test kit"): the
// novbe-engine-testing binary (the production engine plus --manual-clock and
// the debug.* methods) or novbe-engine itself, as a child process in a data
// directory of its own (a fresh temporary one unless `dataDir` is given). It
// writes the centre config there (or uses a config path), starts on 127.0.0.1
// with --port-file, optionally with the HTTP API and TLS on, stops with
// SIGTERM or SIGKILL and restarts on the same database (and port).
// One-shot commands (--check, --check-config, --migrate-backup-dir) go
// through EngineProcess::command(). stdout and stderr of every run go to
// dir()/engine.log.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace novbe::test {

// The config's "tls" section for the device port (docs/security.md).
struct EngineTls
{
    QString certificate = {}; // empty: no TLS
    QString key = {};
    QString mode = QStringLiteral("required");
    int handshakeTimeoutMs = 0; // 0: the engine's default
};

struct EngineProcessOptions
{
    QDateTime clockStart;        // the engine clock starts here; invalid: the real time
    bool manualClock = false;    // the clock stands still; only debug.advanceClock moves it
    bool dropPrivileges = false; // run as nobody when the test runs as root
    bool production = false;     // run novbe-engine itself (no debug.*, no manual clock)
    int helloTimeoutMs = 0;      // 0: the engine's default (10 s)
    quint16 port = 0;            // 0: any free port
    bool http = false;           // the HTTP API on 127.0.0.1, any free port (httpPort())
    EngineTls tls = {};          // a certificate: the device port speaks TLS
    QString dataDir = {};        // empty: a fresh temporary directory, removed afterwards
    bool keepDir = false;        // keep the temporary directory (for a post-mortem)
    QString dbPath = {};         // empty: centre.db in dir()
    QString logLevel = QStringLiteral("info");
    QStringList extraArgs = {};
    QStringList environment = {}; // NAME=value added to the engine's environment

    // The test-build engine on a clock standing at `start` (default: 2026-03-10
    // 10:00 Baku), moved only by debug.advanceClock.
    static EngineProcessOptions manual(const QDateTime &start = {});
    // The test-build engine on a clock running from `start` (default: 10:00 Baku today).
    static EngineProcessOptions running(const QDateTime &start = {});
};

// The outcome of a one-shot engine command.
struct EngineRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray output; // stdout and stderr
};

class EngineProcess
{
public:
    static constexpr int TIMEOUT_MS = 15000;

    // The sample centre (resources/centres/baku-1.json), its clock at 10:00 Baku today.
    EngineProcess();
    // `config`, written to dir()/centre.json.
    explicit EngineProcess(const QJsonObject &config, EngineProcessOptions options = {});
    // The config file at `configPath` (copied to dir()/centre.json when `http`
    // or `tls` must be added to it).
    EngineProcess(const QString &configPath, EngineProcessOptions options);
    ~EngineProcess(); // SIGKILLs a running engine
    EngineProcess(const EngineProcess &) = delete;
    EngineProcess &operator=(const EngineProcess &) = delete;

    // Runs the production novbe-engine with exactly `args` (no config, no
    // database of its own) in `workingDir` until it exits.
    static EngineRun command(const QStringList &args, const QString &workingDir = {},
                             int timeoutMs = 60000);

    // Starts and waits for the port file; false when the engine exited or timed out.
    // A running clock goes on from where the previous run left it.
    bool start(int timeoutMs = TIMEOUT_MS);
    // Starts without waiting for anything (for tests that watch other signs of life).
    void spawn();
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
    // The exit code of the last run, -1 when it crashed.
    int exitCode() const;

    quint16 port() const { return m_port; }
    // The HTTP API's port (from "<port file>.http"); 0 without `http` or before start().
    quint16 httpPort() const;
    // The separate metrics port (config http.metricsPort, "<port file>.metrics"); 0 without.
    quint16 metricsPort() const;
    qint64 pid() const { return m_process.processId(); } // 0 when not running
    QString dir() const { return m_dirPath; }
    QString dbPath() const { return m_dbPath; }
    QString configPath() const { return m_configPath; }
    QString portFilePath() const;
    void setDbPath(const QString &path) { m_dbPath = path; }
    // Overwrites the config file (for SIGHUP reloads; `http` and `tls` added);
    // the raw bytes variant writes invalid files as they are.
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
    bool changesConfig() const;
    QJsonObject withOptions(QJsonObject config) const;
    bool waitForPort(int timeoutMs, bool processEvents);

    EngineProcessOptions m_options;
    std::optional<QTemporaryDir> m_tempDir;
    QString m_dirPath;
    QString m_configPath;
    QString m_dbPath;
    QProcess m_process;
    QDateTime m_firstStart;
    quint16 m_listenPort = 0;
    quint16 m_port = 0;
};

} // namespace novbe::test
