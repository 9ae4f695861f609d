#pragma once

// Test helpers for integration tests against the real engine binary:
// EngineProcess runs `novbe-engine` via QProcess on a temp database and a free
// port; TestClient speaks the protocol over QTcpSocket. Every wait is event
// driven (QTest::qWaitFor / signals) and bounded by a timeout; no sleeps.

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace novbe::test {

// The sample centre shipped in resources/centres/baku-1.json.
QString sampleConfigPath();
// Demo credentials of the sample centre: "demo-<device>-token", PIN "10NN" for opNN.
QString demoToken(const QString &device);
QString demoPin(const QString &operatorId);
// 10:00 Asia/Baku today (all sample services are open then).
QDateTime defaultClockStart();

struct EngineProcessOptions
{
    QString config = sampleConfigPath();
    QString dbPath;                    // empty: engine.db in the process's temp dir
    QDateTime clockStart = defaultClockStart();   // invalid: the real clock
    bool testHooks = true;             // unused: novbe-engine-testing always has debug.*
    QString logLevel = QStringLiteral("info");
    quint16 port = 0;                  // 0: any free port
    QStringList extraArgs;
};

// One `novbe-engine` process. The clock keeps running across restarts.
class EngineProcess
{
public:
    static constexpr int TIMEOUT_MS = 15000;

    explicit EngineProcess(EngineProcessOptions options = {});
    ~EngineProcess();   // SIGKILLs a running engine

    // Starts and waits until the port file is written; false if the engine exited or timed out.
    bool start(int timeoutMs = TIMEOUT_MS);
    // Starts again on the port of the previous run, so clients must find it again.
    // It waits without processing events: the engine is back before clients retry.
    bool restartOnSamePort(int timeoutMs = TIMEOUT_MS);
    quint16 port() const { return m_port; }
    bool isRunning() const;
    // SIGTERM and wait; true when it exited normally with code 0.
    bool stop(int timeoutMs = TIMEOUT_MS);
    // SIGKILL and wait.
    void kill();
    // Sends a POSIX signal (e.g. SIGHUP).
    void sendSignal(int signalNumber);
    // Waits for the process to end; false on timeout.
    bool waitForExit(int timeoutMs = TIMEOUT_MS);
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;
    // Everything the engine printed (stdout and stderr) so far.
    QByteArray output();

    QString dbPath() const { return m_options.dbPath; }
    QString configPath() const { return m_options.config; }
    QString dir() const { return m_dir.path(); }
    // Rewrites the command line config path (e.g. before SIGHUP tests on a copy).
    void setConfigPath(const QString &path) { m_options.config = path; }
    // Runs the engine binary with `arguments` to completion (e.g. --backup, bad configs).
    static int runOnce(const QStringList &arguments, QByteArray *output = nullptr,
                       int timeoutMs = TIMEOUT_MS);
    static QString binaryPath();

private:
    QStringList arguments() const;

    EngineProcessOptions m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QElapsedTimer m_sinceFirstStart;
    QByteArray m_output;
    quint16 m_listenPort = 0;
    bool m_blockingWait = false;
    quint16 m_port = 0;
};

// A protocol client over a real socket. Responses are matched by id; events
// are queued until a test awaits them.
class TestClient
{
public:
    static constexpr int TIMEOUT_MS = 5000;

    TestClient();
    ~TestClient();

    bool connectTo(quint16 port, int timeoutMs = TIMEOUT_MS);
    // session.hello with the demo token of `device` (or `token`); the result, or nullopt.
    std::optional<QJsonObject> hello(const QString &device, const QString &token = {});
    // operator.login with the demo PIN, then counter.open; true when both succeed.
    bool openCounter(const QString &operatorId, const QString &counter);

    // Sends a request and returns its id (responses are awaited separately).
    qint64 send(const QString &method, const QJsonObject &params = {});
    void sendRaw(const QByteArray &bytes);
    // The whole response message of request `id`; nullopt on timeout or disconnect.
    std::optional<QJsonObject> awaitResponse(qint64 id, int timeoutMs = TIMEOUT_MS);
    // The response with a null id (parse errors, oversized lines).
    std::optional<QJsonObject> awaitNullIdResponse(int timeoutMs = TIMEOUT_MS);
    // send + awaitResponse; {} on timeout.
    QJsonObject call(const QString &method, const QJsonObject &params = {},
                     int timeoutMs = TIMEOUT_MS);

    // The next event (params) of `type` (any type when empty); earlier events of other
    // types stay queued. nullopt on timeout.
    std::optional<QJsonObject> awaitEvent(const QString &type = {}, int timeoutMs = TIMEOUT_MS);
    // Events received and not yet consumed, in arrival order.
    QList<QJsonObject> pendingEvents() const { return m_events; }
    void clearEvents() { m_events.clear(); }
    // Every message received, in order (responses and events).
    QList<QJsonObject> received() const { return m_received; }

    bool isConnected() const;
    bool waitForDisconnected(int timeoutMs = TIMEOUT_MS);
    void disconnectFromHost();
    QTcpSocket &socket() { return *m_socket; }

private:
    void readMessages();

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    qint64 m_nextId = 1;
    QList<QJsonObject> m_responses;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_received;
};

// The result object of a response ({} when it is an error).
QJsonObject resultOf(const QJsonObject &response);
// The error code of a response (0 when it succeeded).
int errorCodeOf(const QJsonObject &response);
// error.data.reason of a response.
QString errorReasonOf(const QJsonObject &response);

} // namespace novbe::test
