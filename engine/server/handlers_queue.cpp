// queue.snapshot, stats.today.

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"
#include "views.h"

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
        return Answer(
            statsTodayJson(ctx.core, ctx.store.dayFeedback(ctx.core.query().serviceDay())));
    });
}

} // namespace

void registerQueueMethods(Dispatcher &d)
{
    d.add(u"queue.snapshot"_s, ALL_ROLES, snapshot);
    d.add(u"stats.today"_s, roleBit(Role::Manager), statsToday);
}

} // namespace novbe
