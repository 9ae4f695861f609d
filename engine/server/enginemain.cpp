#include "enginemain.h"

#include "backup.h"
#include "configfile.h"
#include "epolldispatcher.h"
#include "exitcodes.h"
#include "journallog.h"
#include "logging.h"
#include "rlimits.h"
#include "sdnotify.h"
#include "signals.h"
#include "upgrade.h"

#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
    std::fflush(stream);
}

// --check: a full PRAGMA integrity_check; "ok" and 0, or the problems and EXIT_STORAGE.
int runCheck(const QString &dbPath)
{
    const Result<QString> result = Store::check(dbPath, true);
    if (!result.ok()) {
        print(stderr, u"novbe-engine: "_s + result.error().message);
        return EXIT_STORAGE;
    }
    const bool sound = result.value() == "ok"_L1;
    print(sound ? stdout : stderr, sound ? u"ok"_s : dbPath + u": "_s + result.value());
    return sound ? EXIT_OK : EXIT_STORAGE;
}

int serve(const EngineOptions &options, const EnvironmentFactory &environment)
{
    SignalWatcher signalWatcher;
    if (!signalWatcher.install()) {
        print(stderr, u"novbe-engine: cannot install signal handlers"_s);
        return EXIT_USAGE;
    }
    raiseOpenFileLimit();
    Engine engine(options, environment ? environment(options) : Engine::Environment{});
    if (const auto error = engine.start()) {
        print(stderr, u"novbe-engine: "_s + error->message);
        return error->exitCode;
    }
    // systemd (Type=notify): READY only now, with the store open and the port listening.
    SystemdNotifier systemd;
    const QString status = u"listening on %1:%2"_s.arg(options.host.toString()).arg(engine.port());
    systemd.ready(status);
    QObject::connect(&signalWatcher, &SignalWatcher::terminateRequested, &engine, [&] {
        systemd.stopping();
        engine.stop();
    });
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &engine, [&] {
        systemd.reloading();
        engine.reload();
        systemd.ready(status);
    });
    QObject::connect(&engine, &Engine::stopped, qApp, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace

int engineMain(int argc, char **argv, const EnvironmentFactory &environment)
{
    // epoll instead of poll(): a loop turn costs what is ready, not every socket.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novbe-engine"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVBE_VERSION));

    const ParsedOptions parsed = parseEngineOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        print(parsed.exitCode == 0 ? stdout : stderr, parsed.message);
        return parsed.exitCode;
    }
    const EngineOptions &options = *parsed.options;
    applyLogLevel(options.logLevel);
    logToJournalWhenConnected("novbe-engine");

    QString message;
    int code = -1;
    if (!options.checkConfigPath.isEmpty())
        code = checkConfigFile(options.checkConfigPath, &message);
    else if (!options.backupDest.isEmpty())
        code = runBackup(options.dbPath, options.backupDest, &message);
    else if (!options.migrateBackupDir.isEmpty())
        code = runMigration(options.dbPath, options.migrateBackupDir, &message);
    if (code >= 0) {
        print(code == 0 ? stdout : stderr, message);
        return code;
    }
    if (options.check)
        return runCheck(options.dbPath);
    return serve(options, environment);
}

} // namespace novbe
