// The booking page /book: the page, its reads (services, slots), the QR of a
// booking code and the pages' static assets.
#include "api.h"
#include "pagekit.h"
#include "qrsvg.h"
#include "slots.h"

#include "server/batcher.h"
#include "server/enginecontext.h"

#include "protocol/codec.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

bool bookable(const ServiceConfig &s)
{
    return s.enabled && s.appointments.enabled;
}

QJsonObject serviceEntry(const ServiceConfig &s, const QString &lang, const QDate &today)
{
    const AppointmentSettings &a = s.appointments;
    return QJsonObject{{u"id"_s, s.id},
                       {u"name"_s, localized(s.name, lang)},
                       {u"earlyMin"_s, a.earlyMin},
                       {u"lateMin"_s, a.lateMin},
                       {u"lastDay"_s, today.addDays(a.daysAhead).toString(Qt::ISODate)}};
}

Answer servicesAnswer(const EngineContext &ctx, const QString &lang)
{
    const QTimeZone zone(ctx.config().centre.timezone.toUtf8());
    const QDate today = ctx.now().toTimeZone(zone).date();
    QJsonArray services;
    for (const ServiceConfig &s : ctx.config().services) {
        if (bookable(s))
            services.append(serviceEntry(s, lang, today));
    }
    return QJsonObject{{u"today"_s, today.toString(Qt::ISODate)}, {u"services"_s, services}};
}

Answer slotsAnswer(const EngineContext &ctx, const QString &id, const QDate &date)
{
    const ServiceConfig *s = ctx.config().service(id);
    if (!s || !bookable(*s))
        return makeWireError(wirecode::UNKNOWN_SERVICE, u"no bookable service"_s);
    const QTimeZone zone(ctx.config().centre.timezone.toUtf8());
    QJsonArray list;
    for (const Slot &slot : slotsOf(ctx.core.query(), *s, date, zone, ctx.now())) {
        list.append(QJsonObject{{u"start"_s, isoTime(slot.start)},
                                {u"time"_s, slot.start.toTimeZone(zone).toString(u"HH:mm"_s)},
                                {u"free"_s, slot.free}});
    }
    return QJsonObject{{u"slots"_s, list}};
}

void answerRead(Api &api, Call &call, std::function<Answer()> read)
{
    api.submit(Reply::deferred(std::move(read)), 200, [respond = call.respond](Response r) {
        r.headers.emplaceBack("Cache-Control", "no-store");
        respond(r);
    });
}

} // namespace

void bookPage(Api &api, Call &call)
{
    const CentreConfig &config = api.context().config();
    const QString lang = pageLanguage(call.request, config.centre.languages);
    const QJsonObject texts = pageTexts(lang);
    const QJsonObject boot{{u"lang"_s, lang},
                           {u"texts"_s, texts},
                           {u"servicesUrl"_s, QString(u"/book/services?lang="_s + lang)}};
    call.respond(htmlPage(200, u"book"_s,
                          {{u"lang"_s, htmlEscape(lang)},
                           {u"title"_s, htmlEscape(texts.value(u"bookTitle"_s).toString())},
                           {u"centre"_s, htmlEscape(localized(config.centre.name, lang))},
                           {u"switch"_s, languageSwitch(u"/book"_s, config.centre.languages, lang)},
                           {u"boot"_s, scriptJson(boot)}}));
}

void bookServices(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    const QString lang = pageLanguage(call.request, ctx.config().centre.languages);
    answerRead(api, call, [&ctx, lang] { return servicesAnswer(ctx, lang); });
}

void bookSlots(Api &api, Call &call)
{
    const QUrlQuery query(call.request.query());
    const QDate date = QDate::fromString(query.queryItemValue(u"date"_s), u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        call.respond(Response::error(400, u"INVALID_PARAMS"_s,
                                     u"query parameter date must be YYYY-MM-DD"_s));
        return;
    }
    EngineContext &ctx = api.context();
    const QString id = query.queryItemValue(u"service"_s);
    answerRead(api, call, [&ctx, id, date] { return slotsAnswer(ctx, id, date); });
}

void qrImage(Api &, Call &call)
{
    static const QRegularExpression code(u"^[0-9]{6}$"_s);
    const QString text = QUrlQuery(call.request.query()).queryItemValue(u"code"_s);
    if (!code.match(text).hasMatch()) {
        call.respond(Response::error(400, u"INVALID_PARAMS"_s, u"code must be 6 digits"_s));
        return;
    }
    // The QR holds the code only: the kiosk's scanner types it like the keypad.
    Response r;
    r.contentType = "image/svg+xml";
    r.body = qrSvg(text.toLatin1());
    r.headers.emplaceBack("Cache-Control", "no-store");
    call.respond(r);
}

void pageAsset(Api &, Call &call)
{
    call.respond(assetResponse(call.params.value(u"name"_s)));
}

} // namespace novbe::http
