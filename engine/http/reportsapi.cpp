// GET /api/v1/reports/bookings?date=: what became of one day's bookings.
#include "api.h"

#include "server/enginecontext.h"

#include "core/bookingreport.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

QJsonArray earlinessJson(const BookingReport &r)
{
    QJsonArray out{QJsonObject{{u"bucket"_s, u"late"_s}, {u"count"_s, r.earliness[0]}}};
    const auto &bounds = BookingReport::EARLY_BOUNDS;
    for (size_t i = 0; i < bounds.size(); ++i) {
        const QString bucket = i + 1 < bounds.size() ? u"%1-%2"_s.arg(bounds[i]).arg(bounds[i + 1])
                                                     : u"%1+"_s.arg(bounds[i]);
        out.append(QJsonObject{{u"bucket"_s, bucket}, {u"count"_s, r.earliness[i + 1]}});
    }
    return out;
}

QJsonObject reportJson(const BookingReport &r)
{
    return QJsonObject{{u"date"_s, r.date.toString(Qt::ISODate)},
                       {u"bookings"_s, r.bookings},
                       {u"booked"_s, r.booked},
                       {u"checkedIn"_s, r.checkedIn},
                       {u"missed"_s, r.missed},
                       {u"cancelled"_s, r.cancelled},
                       {u"expired"_s, r.expired},
                       {u"checkInRate"_s, r.checkInRate},
                       {u"missedRate"_s, r.missedRate},
                       {u"earliness"_s, earlinessJson(r)}};
}

} // namespace

void getBookingReport(Api &api, Call &call)
{
    const QString text = QUrlQuery(call.request.query()).queryItemValue(u"date"_s);
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        call.respond(Response::error(400, u"INVALID_PARAMS"_s,
                                     u"query parameter date must be YYYY-MM-DD"_s));
        return;
    }
    EngineContext &ctx = api.context();
    api.submit(Reply::deferred([&ctx, date]() -> Answer {
                   const QTimeZone zone(ctx.config().centre.timezone.toUtf8());
                   return reportJson(bookingReport(ctx.core.query().appointments(),
                                                   ctx.core.query().tickets(), date, zone));
               }),
               200, call.respond);
}

} // namespace novbe::http
