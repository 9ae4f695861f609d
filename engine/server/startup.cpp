#include "startup.h"

#include "logging.h"

#include "core/configloader.h"
#include "store/store.h"

#include <QFile>
#include <QTimeZone>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace novbe {

Result<CentreConfig> loadConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidParams,
                         u"cannot read config %1: %2"_s.arg(path, file.errorString()));
    Result<CentreConfig> config = parseCentreConfig(file.readAll());
    if (!config.ok())
        return makeError(ErrorCode::InvalidParams,
                         u"invalid config %1: %2"_s.arg(path, config.error().message));
    return config;
}

Status restoreCore(QueueEngine &core, Store &store, const QDateTime &now)
{
    QString day = store.lastServiceDay();
    if (day.isEmpty())
        day = core.serviceDayOf(now);
    Result<RestoredState> state = store.loadState(day);
    if (!state.ok())
        return state.error();
    core.restore(state.value());
    qCInfo(lcStore).noquote() << "restored service day" << core.serviceDay() << "with"
                               << state.value().tickets.size() << "tickets, seq"
                               << core.lastSeq();
    std::vector<Outcome> outcomes;
    Result<Outcome> rollover = core.rollover(now);
    if (rollover.ok() && !rollover.value().empty())
        outcomes.push_back(std::move(rollover).value());
    for (const CounterStatus &c : core.counters()) {
        if (c.operatorId.isEmpty())
            continue;
        Result<Outcome> released = core.releaseCounter(c.id, now);
        if (released.ok() && !released.value().empty())
            outcomes.push_back(std::move(released).value());
    }
    if (outcomes.empty())
        return okStatus();
    std::vector<const Outcome *> batch;
    for (const Outcome &o : outcomes)
        batch.push_back(&o);
    const Status written = store.writeBatch(batch, core.config());
    if (!written.ok()) {
        core.rollback();
        return written;
    }
    core.commit();
    qCInfo(lcStore).noquote() << "start-up changes written; service day" << core.serviceDay()
                               << "seq" << core.lastSeq();
    return okStatus();
}

qint64 msecsToNextMidnight(const QString &timezone, const QDateTime &now)
{
    QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = now.toTimeZone(zone);
    const QDateTime next(local.date().addDays(1), QTime(0, 0), zone);
    return std::max<qint64>(0, now.msecsTo(next));
}

int runBackup(const QString &dbPath, const QString &dest, QString *message)
{
    StoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(dbPath, options);
    if (!store.ok()) {
        *message = u"cannot open %1: %2"_s.arg(dbPath, store.error().message);
        return EXIT_STORAGE;
    }
    const Status done = store.value()->backup(dest);
    if (!done.ok()) {
        *message = u"backup to %1 failed: %2"_s.arg(dest, done.error().message);
        return EXIT_STORAGE;
    }
    *message = u"backup of %1 written to %2"_s.arg(dbPath, dest);
    return EXIT_OK;
}

long raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
        else
            qCWarning(lcServer) << "cannot raise the open-file limit above" << limit.rlim_cur;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : long(limit.rlim_cur);
}

} // namespace novbe
