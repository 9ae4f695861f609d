// appointment.book, appointment.checkin, appointment.cancel.

#include "dispatcher.h"
#include "handlerutil.h"
#include "session.h"

#include "protocol/codec.h"
#include "protocol/params.h"
#include "protocol/readmodelcodec.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QJsonObject appointmentResult(const Outcome &o)
{
    if (!o.appointment)
        return {{u"appointment"_s, QJsonValue::Null}};
    return {{u"appointment"_s, encode(*o.appointment)}};
}

Reply book(EngineContext &ctx, Session &, const QJsonObject &params)
{
    auto request = readBookRequest(params);
    if (const auto *error = std::get_if<WireError>(&request))
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.bookings().book(std::get<BookRequest>(request), ctx.now()),
                           appointmentResult);
}

Reply checkin(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const QString code = r.requiredString(u"code"_s, 64);
    const QString lang = r.optionalString(u"lang"_s, {}, false, 16); // none: the booking's
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.bookings().checkIn(code, lang, s.device(), ctx.now()),
                           [&ctx](const Outcome &o) { return ticketResult(ctx, o.ticket, true); });
}

Reply cancel(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const QString id = r.requiredString(u"id"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::fromCore(ctx.core.bookings().cancelAppointment(id, ctx.now()), appointmentResult);
}

} // namespace

void registerAppointmentMethods(Dispatcher &d)
{
    const RoleMask bookers = roleBit(Role::Booking) | roleBit(Role::Manager);
    d.add(u"appointment.book"_s, bookers, book);
    d.add(u"appointment.checkin"_s, roleBit(Role::Kiosk), checkin);
    d.add(u"appointment.cancel"_s, bookers, cancel);
}

} // namespace novbe
