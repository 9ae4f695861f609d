// device.report, and the debug.* test hooks (only with --test-hooks).

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"

#include "protocol/codec.h"
#include "protocol/params.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

const QStringList PRINTER_STATES = {u"ok"_s, u"paperLow"_s, u"paperOut"_s, u"coverOpen"_s,
                                    u"offline"_s};

Reply report(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const bool hasPrinter = r.has(u"printer"_s);
    ParamReader printer(r.optionalObject(u"printer"_s));
    QString state;
    QString detail;
    if (hasPrinter) {
        state = printer.requiredEnum(u"state"_s, PRINTER_STATES);
        detail = printer.optionalString(u"detail"_s, {}, true, 500);
    }
    if (auto error = r.error())
        return Reply::fail(*error);
    if (auto error = printer.error())
        return Reply::fail(*error);
    if (!hasPrinter)
        return Reply::value(QJsonObject());
    return Reply::fromCore(ctx.core.deviceChanged(s.device(), true, state, detail, ctx.now()),
                           [](const Outcome &) { return QJsonObject{}; });
}

Reply setMaxPageCount(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const qint64 pages = r.requiredInt(u"pages"_s, 0, std::numeric_limits<qint64>::max());
    if (auto error = r.error())
        return Reply::fail(*error);
    ctx.store.setMaxPageCount(pages);
    return Reply::value(QJsonObject());
}

Reply advanceClock(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const qint64 sec = r.requiredInt(u"sec"_s, 0, 366LL * 24 * 3600);
    if (auto error = r.error())
        return Reply::fail(*error);
    ctx.advanceClock(sec);
    return Reply::deferred([&ctx] { return Answer(QJsonObject{{u"now"_s, isoTime(ctx.now())}}); });
}

} // namespace

void registerDeviceMethods(Dispatcher &d)
{
    d.add(u"device.report"_s, roleBit(Role::Kiosk) | roleBit(Role::Display), report);
    if (!d.context().testHooks)
        return;
    d.add(u"debug.setMaxPageCount"_s, roleBit(Role::Manager), setMaxPageCount);
    d.add(u"debug.advanceClock"_s, roleBit(Role::Manager), advanceClock);
}

} // namespace novbe
