#include "debugmethods.h"

#include "testclock.h"

#include "server/dispatcher.h"
#include "server/engine.h"
#include "server/enginecontext.h"

#include "protocol/codec.h"
#include "protocol/params.h"
#include "store/store.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

// Caps the database file (PRAGMA max_page_count) to provoke STORAGE_UNAVAILABLE; 0 lifts it.
Reply setMaxPageCount(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const qint64 pages = r.requiredInt(u"pages"_s, 0, std::numeric_limits<qint64>::max());
    if (auto error = r.error())
        return Reply::fail(*error);
    ctx.store.setMaxPageCount(pages);
    return Reply::value(QJsonObject());
}

// Moves the clock on; a crossed midnight rolls the day over before the answer.
Reply advanceClock(Engine &engine, TestClock &clock, EngineContext &ctx, const QJsonObject &params)
{
    ParamReader r(params);
    const qint64 sec = r.requiredInt(u"sec"_s, 0, 366LL * 24 * 3600);
    if (auto error = r.error())
        return Reply::fail(*error);
    clock.advanceSec(sec);
    engine.checkRollover();
    engine.checkAlerts();
    return Reply::deferred([&ctx] { return Answer(QJsonObject{{u"now"_s, isoTime(ctx.now())}}); });
}

} // namespace

void registerDebugMethods(Engine &engine, Dispatcher &dispatcher, TestClock &clock)
{
    dispatcher.add(u"debug.setMaxPageCount"_s, roleBit(Role::Manager), setMaxPageCount);
    dispatcher.add(u"debug.advanceClock"_s, roleBit(Role::Manager),
                   [&engine, &clock](EngineContext &ctx, Session &, const QJsonObject &params) {
                       return advanceClock(engine, clock, ctx, params);
                   });
}

} // namespace novbe::test
