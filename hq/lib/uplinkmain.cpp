#include "uplinkmain.h"

#include "uplink.h"

#include "core/configloader.h"
#include "server/sdnotify.h"

#include <QCommandLineParser>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace novbe::hq {

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "novbe-uplink: %s\n", qPrintable(line));
    std::fflush(stderr);
}

struct Args
{
    UplinkOptions options;
    QString configPath;
    bool untilIdle = false;
};

bool parse(const QStringList &arguments, Args &a, QString &error)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Ships the centre's journal to HQ's PostgreSQL."_s);
    p.addHelpOption();
    p.addOptions(
        {{u"config"_s, u"The centre's configuration (centre.json)."_s, u"file"_s},
         {u"db"_s, u"The engine's database."_s, u"file"_s},
         {u"hq"_s,
          u"HQ's libpq connection string or postgresql:// URI (default: $NOVBE_HQ, "
          "which keeps a password out of the process list)."_s,
          u"conn"_s},
         {u"batch"_s, u"Events per batch (default 2000)."_s, u"n"_s, u"2000"_s},
         {u"poll-ms"_s, u"Idle re-check of the journal (default 200)."_s, u"ms"_s, u"200"_s},
         {u"max-backoff-ms"_s, u"Longest wait between retries (default 30000)."_s, u"ms"_s,
          u"30000"_s},
         {u"until-idle"_s, u"Exit once HQ has every event (tests, catch-up)."_s}});
    if (!p.parse(arguments)) {
        error = p.errorText();
        return false;
    }
    a.configPath = p.value(u"config"_s);
    a.options.dbPath = p.value(u"db"_s);
    a.options.conninfo = p.isSet(u"hq"_s) ? p.value(u"hq"_s) : qEnvironmentVariable("NOVBE_HQ");
    a.options.batchEvents = p.value(u"batch"_s).toInt();
    a.options.pollMs = p.value(u"poll-ms"_s).toInt();
    a.options.maxBackoffMs = p.value(u"max-backoff-ms"_s).toInt();
    a.untilIdle = p.isSet(u"until-idle"_s);
    if (a.configPath.isEmpty() || a.options.dbPath.isEmpty() || a.options.conninfo.isEmpty())
        error = u"--config, --db and --hq (or NOVBE_HQ) are required"_s;
    else if (a.options.batchEvents < 1 || a.options.batchEvents > 100000)
        error = u"--batch must be 1-100000"_s;
    else if (a.options.pollMs < 10 || a.options.maxBackoffMs < a.options.minBackoffMs)
        error = u"--poll-ms must be >= 10 and --max-backoff-ms >= 500"_s;
    return error.isEmpty();
}

// Waits `ms` or until SIGTERM/SIGINT (blocked, so none is lost); true on a signal.
bool waitForSignal(const sigset_t &stop, int ms)
{
    const timespec timeout{ms / 1000, long(ms % 1000) * 1000000L};
    return sigtimedwait(&stop, nullptr, &timeout) > 0;
}

// One line per change of the link's state, and one per backlog caught up
// (at least a batch); a live link shipping every poll logs nothing.
void report(UplinkStep s, UplinkStep before, const Uplink &up, qint64 &idleAt,
            SystemdNotifier &notifier)
{
    if (s == UplinkStep::Down && before != UplinkStep::Down)
        say(u"HQ link down: %1 (retrying with backoff)"_s.arg(up.lastError()));
    if (s != UplinkStep::Down && before == UplinkStep::Down)
        say(u"HQ link up, position %1"_s.arg(up.position()));
    if (s == UplinkStep::Idle && before != UplinkStep::Idle) {
        if (up.position() - idleAt >= up.batchEvents())
            say(u"caught up at %1 (%2 events shipped since start)"_s.arg(up.position())
                    .arg(up.shippedEvents()));
        idleAt = up.position();
    }
    if (s != before)
        notifier.send("STATUS="
                      + (s == UplinkStep::Down ? u"HQ down: "_s + up.lastError()
                                               : u"HQ position %1"_s.arg(up.position()))
                            .toUtf8());
}

} // namespace

int runUplink(const QStringList &arguments)
{
    Args a;
    QString error;
    if (!parse(arguments, a, error)) {
        say(error);
        return 2;
    }
    QFile file(a.configPath);
    Result<CentreConfig> config = file.open(QIODevice::ReadOnly)
        ? parseCentreConfig(file.readAll())
        : Result<CentreConfig>(makeError(ErrorCode::InvalidParams, file.errorString()));
    if (!config) {
        say(u"%1: %2"_s.arg(a.configPath, config.error().message));
        return 2;
    }
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    sigprocmask(SIG_BLOCK, &stop, nullptr);
    SystemdNotifier notifier;
    Uplink up(config.value(), a.options);
    UplinkStep before = UplinkStep::Down;
    qint64 idleAt = 0;
    say(u"centre %1%2, journal %3"_s.arg(
        config->centre.id, config->centre.mobile ? u" (mobile)"_s : QString(), a.options.dbPath));
    notifier.send("READY=1");
    for (;;) {
        const UplinkStep s = up.step();
        report(s, before, up, idleAt, notifier);
        before = s;
        if (a.untilIdle && s == UplinkStep::Idle)
            return 0;
        if (waitForSignal(stop, up.delayMs()))
            break;
    }
    notifier.send("STOPPING=1");
    say(u"stopped at position %1"_s.arg(up.position()));
    return 0;
}

} // namespace novbe::hq
