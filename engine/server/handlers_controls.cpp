// service.setOpen, service.setCutoff, display.message: the manager's controls
// of the day (core/managercontrols.h). Audited like every manager change.

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"

#include "core/managercontrols.h"
#include "protocol/params.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QJsonObject controlResult(const Outcome &o)
{
    const DomainEvent &e = o.events.back();
    return QJsonObject{{u"control"_s, encode(e.control.value_or(ServiceControl()))}};
}

Reply setOpen(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const QString service = r.requiredString(u"service"_s, 64);
    const bool open = r.requiredBool(u"open"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.controls().setOpen(service, open, s.device(), ctx.now()),
                           controlResult);
}

// `cutoff`: "HH:MM" (centre time) or null to remove it; the key is required.
Reply setCutoff(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const QString service = r.requiredString(u"service"_s, 64);
    std::optional<QTime> cutoff;
    const QJsonValue value = params.value(u"cutoff"_s);
    if (value.isString())
        cutoff = parseCutoff(value.toString());
    if (!value.isNull() && !cutoff)
        r.reject(u"cutoff"_s, u"a time \"HH:MM\" (00:00-23:59) or null"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.controls().setCutoff(service, cutoff, s.device(), ctx.now()),
                           controlResult);
}

// `text` ("" clears), `expiresAt?` (ISO 8601 time with a zone, or null).
Reply displayMessage(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const QString text = r.optionalString(u"text"_s, {}, true, MAX_MESSAGE_CHARS);
    if (!params.value(u"text"_s).isString())
        r.reject(u"text"_s, u"a string (empty to clear)"_s);
    const QDateTime expiresAt = r.optionalTime(u"expiresAt"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(
        ctx.core.controls().setMessage(text, expiresAt, s.device(), ctx.now()),
        [](const Outcome &o) {
            const std::optional<DisplayMessage> &m = o.events.back().message;
            return QJsonObject{{u"message"_s, m ? QJsonValue(encode(*m)) : QJsonValue()}};
        });
}

} // namespace

void registerControlMethods(Dispatcher &d)
{
    const RoleMask manager = roleBit(Role::Manager);
    d.add(QString(method::SERVICE_SET_OPEN), manager, setOpen);
    d.add(QString(method::SERVICE_SET_CUTOFF), manager, setCutoff);
    d.add(QString(method::DISPLAY_MESSAGE), manager, displayMessage);
}

} // namespace novbe
