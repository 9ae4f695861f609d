#pragma once

#include "options.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace novbe {

class AlertBoard;
class AlertWatch;
class Authenticator;
class Batcher;
class Clock;
class Dispatcher;
class Fanout;
class IntegrityChecker;
class OffsetClock;
class OperatorDay;
class ReportCache;
struct DomainEvent;
class QueueEngine;
class Server;
class SessionRegistry;
class Store;
struct EngineContext;
namespace http {
class FrontEnd;
struct Settings;
} // namespace http

// The engine process as an object: config, store, core, server, rollover,
// reload and clean shutdown. engineMain() (enginemain.cpp) only wires it to signals; tests may run
// it in-process.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct StartError
    {
        int exitCode = 1;
        QString message;
    };

    // What an embedding program (a test) may inject instead of the defaults:
    // the clock (default: the system clock, shifted by --clock-start), the
    // seed of ticket and appointment ids (default: random) and more methods
    // (the test build's debug.*), registered once the method table is built.
    struct Environment
    {
        const Clock *clock = nullptr; // not owned; must outlive the engine
        std::optional<quint64> idSeed;
        std::function<void(Engine &engine, Dispatcher &dispatcher)> addMethods = {};
        // false: the centre alerts are checked only on checkAlerts() (a test
        // that records the wire byte for byte), not also every 15 s.
        bool alertTimer = true;
    };

    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    Engine(EngineOptions options, Environment environment, QObject *parent = nullptr);
    ~Engine() override;

    // Loads the config, opens and restores the store, listens, writes the port file.
    std::optional<StartError> start();
    // Requires: start() succeeded.
    quint16 port() const;
    // The HTTP port (0 when the config does not enable HTTP).
    quint16 httpPort() const;
    QueueEngine &core();
    Store &store();

    // Re-reads the config file (SIGHUP); an invalid file is refused and logged.
    // Returns false when the file was refused.
    bool reload();
    // Finishes the current batch, closes every connection, then emits stopped().
    void stop();
    // Rolls the service day over when the clock has passed midnight and
    // marks bookings missed whose check-in window closed (checked by a timer
    // at least once a minute; call it after moving an injected clock).
    void checkRollover();
    // Runs the centre alerts' rules now (a timer does it every 15 s; call it
    // after moving an injected clock).
    void checkAlerts();

signals:
    void stopped();

private:
    void auditReload(const QString &detail);
    void purgePersonalData();
    std::optional<StartError> openState();
    std::optional<StartError> startServing();
    bool writePortFile();
    std::optional<StartError> startHttp();
    void scheduleRolloverCheck();
    void startIntegrityChecks();
    void reportIntegrity(const QStringList &problems);
    void reportCheckFailure(const QString &message);
    void reportWriteFailure(const QString &message);
    void handleSessionGone();
    void startFromJournal();
    void publish(const std::vector<const DomainEvent *> &events);
    void closeReportDay(const QString &newDay);
    void finishStop();

    EngineOptions m_options;
    std::unique_ptr<OffsetClock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::optional<quint64> m_idSeed;
    std::function<void(Engine &, Dispatcher &)> m_addMethods;
    bool m_alertTimer = true;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QueueEngine> m_core;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<SessionRegistry> m_sessions;
    std::unique_ptr<Fanout> m_fanout;
    std::unique_ptr<AlertBoard> m_alerts;
    std::unique_ptr<OperatorDay> m_operatorDay;
    std::unique_ptr<ReportCache> m_reports;
    std::unique_ptr<EngineContext> m_context;
    std::unique_ptr<Dispatcher> m_dispatcher;
    Batcher *m_batcher = nullptr;
    Server *m_server = nullptr;
    std::unique_ptr<http::Settings> m_httpSettings;
    http::FrontEnd *m_http = nullptr;
    QTimer *m_rolloverTimer = nullptr;
    QTimer *m_stopTimer = nullptr;
    IntegrityChecker *m_checker = nullptr;
    AlertWatch *m_alertWatch = nullptr;
    bool m_stopping = false;
    bool m_writesStopAlerted = false;
    QDateTime m_lastWriteAlert;
};

} // namespace novbe
