#include "restore.h"

#include "logging.h"

#include "store/store.h"

namespace novbe {

Status restoreCore(QueueEngine &core, Store &store, const QDateTime &now)
{
    QString day = store.lastServiceDay();
    if (day.isEmpty())
        day = core.query().serviceDayOf(now);
    Result<RestoredState> state = store.loadState(day);
    if (!state.ok())
        return state.error();
    core.restore(state.value());
    qCInfo(lcStore).noquote() << "restored service day" << core.query().serviceDay() << "with"
                              << state.value().tickets.size() << "tickets, seq"
                              << core.query().lastSeq();
    std::vector<Outcome> outcomes;
    Result<Outcome> rollover = core.flow().rollover(now);
    if (rollover.ok() && !rollover.value().empty())
        outcomes.push_back(std::move(rollover).value());
    for (const CounterStatus &c : core.query().counters()) {
        if (c.operatorId.isEmpty())
            continue;
        Result<Outcome> released = core.desks().releaseCounter(c.id, now);
        if (released.ok() && !released.value().empty())
            outcomes.push_back(std::move(released).value());
    }
    if (outcomes.empty())
        return okStatus();
    std::vector<const Outcome *> batch;
    for (const Outcome &o : outcomes)
        batch.push_back(&o);
    const Status written = store.writeBatch(batch, core.query().config());
    if (!written.ok()) {
        core.rollback();
        return written;
    }
    core.commit();
    qCInfo(lcStore).noquote() << "start-up changes written; service day"
                              << core.query().serviceDay() << "seq" << core.query().lastSeq();
    return okStatus();
}

} // namespace novbe
