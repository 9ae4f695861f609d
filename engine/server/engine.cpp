#include "engine.h"
#include "systemrandom.h"

#include "alertboard.h"
#include "alertwatch.h"
#include "auth.h"
#include "batcher.h"
#include "configfile.h"
#include "dispatcher.h"
#include "enginecontext.h"
#include "enginetls.h"
#include "exitcodes.h"
#include "fanout.h"
#include "http/frontend.h"
#include "integritychecker.h"
#include "logging.h"
#include "midnight.h"
#include "offsetclock.h"
#include "reportcache.h"
#include "restore.h"
#include "server.h"
#include "session.h"
#include "sessionregistry.h"
#include "trackingtokens.h"

#include "core/operatorkpi.h"
#include "core/queueengine.h"
#include "store/store.h"

#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int MAX_ROLLOVER_CHECK_MS = 60 * 1000;
constexpr int STOP_GRACE_MS = 2000;
// The first background quick_check runs soon after start (files over
// Store::FULL_CHECK_BYTES get only the cheap checks at open).
constexpr std::chrono::seconds FIRST_CHECK_DELAY(60);

} // namespace

Engine::Engine(EngineOptions options, QObject *parent)
    : Engine(std::move(options), Environment{}, parent)
{
}

Engine::Engine(EngineOptions options, Environment environment, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_idSeed(environment.idSeed)
    , m_trackingSecret(environment.trackingSecret)
    , m_addMethods(std::move(environment.addMethods))
    , m_alertTimer(environment.alertTimer)
{
    if (environment.clock) {
        m_clock = environment.clock;
    } else {
        m_ownClock = std::make_unique<OffsetClock>(m_options.clockStart);
        m_clock = m_ownClock.get();
    }
}

Engine::~Engine()
{
    delete m_http;
    m_http = nullptr;
    delete m_server;
    m_server = nullptr;
}

quint16 Engine::port() const
{
    return m_server->port();
}

quint16 Engine::httpPort() const
{
    return m_http ? m_http->port() : 0;
}

QueueEngine &Engine::core()
{
    return *m_core;
}

Store &Engine::store()
{
    return *m_store;
}

std::optional<Engine::StartError> Engine::start()
{
    if (auto error = openState())
        return error;
    if (auto error = startServing())
        return error;
    purgePersonalData();
    return std::nullopt;
}

// Citizens' names and phones of appointments that ended centre.personalDataDays
// ago (docs/security.md, Privacy): at start and at each new service day.
void Engine::purgePersonalData()
{
    const int days = m_core->query().config().centre.personalDataDays;
    const Result<int> purged = m_store->purgePersonalData(m_clock->now().addDays(-days));
    if (!purged.ok())
        qCWarning(lcStore).noquote() << "personal data purge failed:" << purged.error().message;
    else if (purged.value() > 0)
        qCInfo(lcStore).noquote() << "purged the personal data of" << purged.value()
                                  << "appointments that ended over" << days << "days ago";
}

std::optional<Engine::StartError> Engine::openState()
{
    Result<CentreConfig> config = loadConfigFile(m_options.configPath);
    if (!config.ok())
        return StartError{EXIT_CONFIG, config.error().message};
    Result<std::unique_ptr<Store>> store = Store::open(m_options.dbPath);
    if (!store.ok())
        return StartError{
            EXIT_STORAGE,
            u"cannot open database %1: %2"_s.arg(m_options.dbPath, store.error().message)};
    m_store = std::move(store).value();
    Result<QByteArray> secret = m_trackingSecret.isEmpty() ? m_store->secret(u"tracking"_s)
                                                           : Result<QByteArray>(m_trackingSecret);
    if (!secret.ok())
        return StartError{EXIT_STORAGE, secret.error().message};
    m_tracking = std::make_unique<TrackingTokens>(std::move(secret).value());
    Result<http::Settings> httpSettings = http::readSettingsFile(m_options.configPath);
    if (!httpSettings.ok())
        return StartError{EXIT_CONFIG, httpSettings.error().message};
    m_httpSettings = std::make_unique<http::Settings>(std::move(httpSettings).value());
    if (auto error = loadTls())
        return error;
    qCInfo(lcStore).noquote() << "opened" << m_options.dbPath << "schema" << Store::SCHEMA_VERSION;
    std::unique_ptr<RandomSource> random;
    if (m_idSeed) // Environment::idSeed: reproducible ids for a test
        random = std::make_unique<SeededRandom>(*m_idSeed);
    else
        random = std::make_unique<SystemRandom>();
    m_core = std::make_unique<QueueEngine>(std::move(config).value(), std::move(random));
    const Status restored = restoreCore(*m_core, *m_store, m_clock->now());
    if (!restored.ok())
        return StartError{
            EXIT_STORAGE,
            u"cannot restore state from %1: %2"_s.arg(m_options.dbPath, restored.error().message)};
    return std::nullopt;
}

std::optional<Engine::StartError> Engine::startServing()
{
    m_auth = std::make_unique<Authenticator>();
    m_sessions = std::make_unique<SessionRegistry>();
    m_fanout = std::make_unique<Fanout>(*m_core, *m_store, *m_sessions);
    m_alerts = std::make_unique<AlertBoard>();
    m_alerts->setListener([this](const AlertView &alert) { m_fanout->publishAlert(alert); });
    m_auth->setAlertSink([this](const Authenticator::Guessing &g) {
        m_alerts->raise(u"AUTH_GUESSING"_s, u"warning"_s, g.message, m_clock->now());
        m_batcher->addAudit(AuditEntryView{0, m_clock->now(), u"login.locked"_s, g.name,
                                           g.kind == u"device" ? g.name : QString(), g.source,
                                           g.message});
    });
    m_batcher = new Batcher(*m_core, *m_store, this);
    m_batcher->setFailureListener([this](const QString &message) { reportWriteFailure(message); });
    m_batcher->setPublisher(
        [this](const std::vector<const DomainEvent *> &events) { publish(events); });
    startFromJournal();
    m_context.reset(new EngineContext{*m_core, *m_store, *m_clock, *m_auth, *m_sessions, *m_fanout,
                                      *m_batcher, *m_alerts, m_operatorDay.get(), m_reports.get(),
                                      m_tracking.get()});
    m_dispatcher = std::make_unique<Dispatcher>(*m_context);
    if (m_addMethods)
        m_addMethods(*this, *m_dispatcher);
    m_server = new Server(*m_context, *m_dispatcher,
                          Session::Limits{m_options.helloTimeoutMs, m_options.stallTimeoutMs},
                          m_tls->listener);
    if (m_server->listener().isTls())
        m_context->deviceTls = &m_server->listener().counters();
    if (!m_server->listen(m_options.host, m_options.port))
        return StartError{EXIT_NETWORK,
                          u"cannot listen on %1:%2: %3"_s.arg(m_options.host.toString(),
                                                              QString::number(m_options.port),
                                                              m_server->errorString())};
    if (auto error = startHttp())
        return error;
    if (!writePortFile())
        return StartError{EXIT_USAGE, u"cannot write port file %1"_s.arg(m_options.portFile)};
    m_rolloverTimer = new QTimer(this);
    m_rolloverTimer->setSingleShot(true);
    connect(m_rolloverTimer, &QTimer::timeout, this, &Engine::checkRollover);
    scheduleRolloverCheck();
    m_alertWatch = new AlertWatch(*m_context, this);
    m_alertWatch->start(m_alertTimer);
    startIntegrityChecks();
    return std::nullopt;
}

// Today's journal, read once at start: the operator figures (publish() keeps
// them up to date), the alerts a previous run left active and the manager's
// controls of the day (closures, cut-offs, the ticker message).
void Engine::startFromJournal()
{
    m_operatorDay = std::make_unique<OperatorDay>(m_core->query().config());
    m_reports = std::make_unique<ReportCache>(*m_store);
    std::vector<DomainEvent> events = m_store->dayEvents(m_core->query().serviceDay());
    std::stable_sort(events.begin(), events.end(),
                     [](const DomainEvent &a, const DomainEvent &b) { return a.seq < b.seq; });
    for (const DomainEvent &e : events)
        m_operatorDay->add(e);
    m_alerts->restore(events);
    m_core->restoreControls(events);
}

// A committed batch: to the subscribers, into the operator figures (a new
// day starts them afresh); an alert acknowledgement to the managers once it
// is on disk (raised and cleared alerts went out at once, AlertWatch).
void Engine::publish(const std::vector<const DomainEvent *> &events)
{
    m_fanout->publish(events);
    for (const DomainEvent *e : events) {
        if (e->type == EventType::DayRollover) {
            m_operatorDay->clear();
            closeReportDay(e->serviceDay);
        }
        m_operatorDay->add(*e);
        if (e->type == EventType::AlertAcknowledged && e->alert)
            m_alerts->publish(*e->alert);
    }
}

// The day before the new one has closed: its report summary is derived now,
// once (reports.range then merges it without reading its journal).
void Engine::closeReportDay(const QString &newDay)
{
    const QDate day = QDate::fromString(newDay, Qt::ISODate);
    if (day.isValid())
        m_reports->dayClosed(m_core->query().config(), day.addDays(-1));
}

void Engine::startIntegrityChecks()
{
    if (m_options.checkIntervalSec <= 0)
        return;
    const std::chrono::seconds interval(m_options.checkIntervalSec);
    m_checker = new IntegrityChecker(m_options.dbPath, std::min(interval, FIRST_CHECK_DELAY),
                                     interval, this);
    connect(m_checker, &IntegrityChecker::checked, this, &Engine::reportIntegrity);
    connect(m_checker, &IntegrityChecker::failed, this, &Engine::reportCheckFailure);
    m_checker->start();
}

// A failed check raises the centre alert STORAGE_CHECK_FAILED; the next
// check that passes clears it.
void Engine::reportIntegrity(const QStringList &problems)
{
    if (problems.isEmpty()) {
        qCInfo(lcStore).noquote() << "integrity check of" << m_options.dbPath << "passed";
    } else {
        qCCritical(lcStore).noquote() << u"PRAGMA quick_check found %1 problem(s) in %2: %3"_s.arg(
            QString::number(problems.size()), m_options.dbPath, problems.mid(0, 5).join(u"; "_s));
    }
    m_alertWatch->setStorageProblems(problems);
}

void Engine::reportCheckFailure(const QString &message)
{
    qCWarning(lcStore).noquote() << "integrity check could not run:" << message;
    m_alerts->raise(u"STORAGE_CHECK_ERROR"_s, u"warning"_s,
                    u"the integrity check could not run: "_s + message, m_clock->now());
}

// A failed commit: a warning alert at most once a minute; writes stopped for
// good (an fsync failure the store could not recover from): one critical alert.
void Engine::reportWriteFailure(const QString &message)
{
    const QDateTime now = m_clock->now();
    if (m_store->writesStopped()) {
        if (std::exchange(m_writesStopAlerted, true))
            return;
        qCCritical(lcStore).noquote() << "writes stopped:" << message;
        m_alerts->raise(u"STORAGE_WRITES_STOPPED"_s, u"critical"_s,
                        message + u" - fix the disk, then restart the engine"_s, now);
        return;
    }
    if (m_lastWriteAlert.isValid() && m_lastWriteAlert.secsTo(now) < 60)
        return;
    m_lastWriteAlert = now;
    m_alerts->raise(u"STORAGE_WRITE_FAILED"_s, u"warning"_s,
                    u"a commit failed and was answered STORAGE_UNAVAILABLE: "_s + message, now);
}

void Engine::scheduleRolloverCheck()
{
    const qint64 ms = msecsToNextMidnight(m_core->query().config().centre.timezone, m_clock->now());
    m_rolloverTimer->start(int(std::clamp<qint64>(ms + 5, 5, MAX_ROLLOVER_CHECK_MS)));
}

void Engine::checkRollover()
{
    if (m_stopping)
        return;
    const QDateTime now = m_clock->now();
    if (m_core->query().serviceDayOf(now) != m_core->query().serviceDay()) {
        qCInfo(lcServer).noquote() << "service day" << m_core->query().serviceDay() << "is over";
        m_batcher->addInternal(u"day rollover"_s,
                               [this] { return m_core->flow().rollover(m_clock->now()); });
        m_batcher->flush(); // the rollover's changes first: the purge comes after them
        purgePersonalData();
    }
    // Bookings whose check-in window closed become missed (an empty outcome
    // writes nothing); the check runs at least once a minute.
    m_batcher->addInternal(u"missed bookings"_s,
                           [this] { return m_core->bookings().markMissed(m_clock->now()); });
    scheduleRolloverCheck();
}

void Engine::checkAlerts()
{
    if (!m_stopping && m_alertWatch)
        m_alertWatch->check();
}

bool Engine::reload()
{
    Result<CentreConfig> config = loadConfigFile(m_options.configPath);
    if (!config.ok()) {
        qCWarning(lcServer).noquote() << "reload refused:" << config.error().message;
        auditReload(u"refused: "_s + config.error().message);
        return false;
    }
    m_batcher->flush();
    const Status applied = m_core->reconfigure(std::move(config).value());
    if (!applied.ok()) {
        qCWarning(lcServer).noquote() << "reload refused:" << applied.error().message;
        auditReload(u"refused: "_s + applied.error().message);
        return false;
    }
    qCInfo(lcServer).noquote() << "config reloaded from" << m_options.configPath;
    m_reports->clear(); // the targets and the time zone may have changed
    auditReload(u"reloaded from "_s + m_options.configPath);
    reloadTls();
    scheduleRolloverCheck();
    return true;
}

// A reload is the engine's own act (SIGHUP from the service manager): no
// device, no address; the actor is the signal.
void Engine::auditReload(const QString &detail)
{
    m_batcher->addAudit(
        AuditEntryView{0, m_clock->now(), u"config.reload"_s, u"SIGHUP"_s, {}, {}, detail});
}

void Engine::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcServer) << "stopping";
    m_batcher->flush();
    if (m_http)
        m_http->closeAll();
    m_server->closeAll();
    m_stopTimer = new QTimer(this);
    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &QTimer::timeout, this, &Engine::finishStop);
    m_stopTimer->start(STOP_GRACE_MS);
    connect(m_server, &Server::sessionGone, this, &Engine::handleSessionGone);
    handleSessionGone();
}

void Engine::handleSessionGone()
{
    if (m_stopping && m_sessions->size() == 0)
        QTimer::singleShot(0, this, &Engine::finishStop);
}

void Engine::finishStop()
{
    if (!m_stopTimer)
        return;
    m_stopTimer->stop();
    m_stopTimer->deleteLater();
    m_stopTimer = nullptr;
    m_batcher->flush();
    qCInfo(lcServer) << "stopped; seq" << m_core->query().lastSeq();
    emit stopped();
}

} // namespace novbe
