// queue.snapshot, stats.today.

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"

#include "core/kpi.h"
#include "protocol/codec.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

Reply snapshot(EngineContext &ctx, Session &s, const QJsonObject &)
{
    return Reply::deferred(
        [&ctx, &s] { return Answer(snapshotJson(ctx.core, scopeOf(ctx, s), ctx.now())); });
}

Reply statsToday(EngineContext &ctx, Session &, const QJsonObject &)
{
    return Reply::deferred([&ctx] {
        const QString day = ctx.core.serviceDay();
        const Kpis kpis = kpisFromTickets(ctx.config(), ctx.core.tickets(),
                                          ctx.store.dayFeedback(day));
        QJsonObject result = kpisToJson(kpis);
        result.insert(u"serviceDay"_s, day);
        result.insert(u"seq"_s, ctx.core.lastSeq());
        return Answer(result);
    });
}

} // namespace

void registerQueueMethods(Dispatcher &d)
{
    d.add(u"queue.snapshot"_s, ALL_ROLES, snapshot);
    d.add(u"stats.today"_s, roleBit(Role::Manager), statsToday);
}

} // namespace novbe
