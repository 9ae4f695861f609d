// novbe-engine: wiring and command line only; the engine lives in novbe_server.

#include "server/engine.h"
#include "server/epolldispatcher.h"
#include "server/logging.h"
#include "server/options.h"
#include "server/signals.h"
#include "server/startup.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char **argv)
{
    // epoll instead of poll(): a loop turn costs what is ready, not every socket.
    QCoreApplication::setEventDispatcher(new novbe::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novbe-engine"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVBE_VERSION));

    const novbe::ParsedOptions parsed = novbe::parseEngineOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        print(parsed.exitCode == 0 ? stdout : stderr, parsed.message);
        return parsed.exitCode;
    }
    const novbe::EngineOptions &options = *parsed.options;
    novbe::applyLogLevel(options.logLevel);

    if (!options.backupDest.isEmpty()) {
        QString message;
        const int code = novbe::runBackup(options.dbPath, options.backupDest, &message);
        print(code == 0 ? stdout : stderr, message);
        return code;
    }

    novbe::SignalWatcher signalWatcher;
    if (!signalWatcher.install()) {
        print(stderr, u"novbe-engine: cannot install signal handlers"_s);
        return novbe::EXIT_USAGE;
    }
    novbe::raiseOpenFileLimit();
    novbe::Engine engine(options);
    if (const auto error = engine.start()) {
        print(stderr, u"novbe-engine: "_s + error->message);
        return error->exitCode;
    }
    QObject::connect(&signalWatcher, &novbe::SignalWatcher::terminateRequested, &engine,
                     &novbe::Engine::stop);
    QObject::connect(&signalWatcher, &novbe::SignalWatcher::reloadRequested, &engine,
                     &novbe::Engine::reload);
    QObject::connect(&engine, &novbe::Engine::stopped, &app, &QCoreApplication::quit);
    return app.exec();
}
