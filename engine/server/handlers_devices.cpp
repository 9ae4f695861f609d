// device.report (the test build adds debug.*: tests/support/testengine).

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"

#include "protocol/codec.h"
#include "protocol/params.h"

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
    return Reply::fromCore(
        ctx.core.reports().deviceChanged(s.device(), true, state, detail, ctx.now()),
        [](const Outcome &) { return QJsonObject{}; });
}

} // namespace

void registerDeviceMethods(Dispatcher &d)
{
    d.add(u"device.report"_s, roleBit(Role::Kiosk) | roleBit(Role::Display), report);
}

} // namespace novbe
