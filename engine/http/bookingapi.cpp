// GET /services, GET /services/{id}/slots, POST/GET/DELETE /appointments.
#include "api.h"
#include "slots.h"

#include "server/enginecontext.h"
#include "server/handlerutil.h"

#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

QJsonObject serviceJson(const ServiceConfig &s)
{
    const AppointmentSettings &a = s.appointments;
    QJsonObject o{
        {u"id"_s, s.id},           {u"name"_s, localizedToJson(s.name)}, {u"slotMin"_s, a.slotMin},
        {u"perSlot"_s, a.perSlot}, {u"earlyMin"_s, a.earlyMin},          {u"lateMin"_s, a.lateMin}};
    if (s.hours) {
        o.insert(u"hours"_s,
                 QJsonObject{{u"open"_s, s.hours->open.toString(u"HH:mm"_s)},
                             {u"close"_s, s.hours->close.toString(u"HH:mm"_s)}});
    }
    return o;
}

bool bookable(const ServiceConfig &s)
{
    return s.enabled && s.appointments.enabled;
}

// The "date" query parameter as a local date, or an answered 400.
std::optional<QDate> dateParam(Call &call)
{
    const QString text = QUrlQuery(call.request.query()).queryItemValue(u"date"_s);
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        call.respond(Response::error(400, u"INVALID_PARAMS"_s,
                                     u"query parameter date must be YYYY-MM-DD"_s));
        return std::nullopt;
    }
    return date;
}

QJsonObject appointmentBody(const Outcome &o)
{
    return encode(*o.appointment);
}

// What HTTP asks beyond appointment.book: name and phone (the core checks
// the language).
std::optional<Response> checkCitizen(const BookRequest &book)
{
    if (book.citizenName.isEmpty() || book.citizenPhone.isEmpty())
        return Response::error(400, u"INVALID_PARAMS"_s,
                               u"citizen.name and citizen.phone are required"_s);
    return std::nullopt;
}

bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > IdempotencyCache::MAX_KEY_LENGTH)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// How a booking is answered: where the answer goes, and with an
// Idempotency-Key the answer to store with the booking.
struct Answering
{
    Respond respond;
    std::optional<StoredAnswer> stored; // client, key, fingerprint, at; status and body to fill
};

// Applies the Idempotency-Key header: how to answer the booking, or none when
// a stored answer (or an error) was sent already.
std::optional<Answering> idempotent(Api &api, Call &call)
{
    if (!call.request.hasHeader("idempotency-key"))
        return Answering{call.respond, std::nullopt};
    const QByteArray key = call.request.header("idempotency-key");
    if (!validKey(key)) {
        call.respond(Response::error(400, u"INVALID_PARAMS"_s,
                                     u"Idempotency-Key must be 1-200 visible ASCII characters"_s));
        return std::nullopt;
    }
    const StoredAnswer stored{call.client,
                              QString::fromLatin1(key),
                              IdempotencyCache::fingerprint(call.request.body),
                              api.context().now(),
                              0,
                              {}}; // status and body: the answer's, when it is written
    IdempotencyCache &cache = api.idempotency();
    const IdempotencyCache::Hit hit = cache.begin(stored.client, stored.key, stored.fingerprint,
                                                  stored.at);
    if (hit.lookup == IdempotencyCache::Lookup::Stored)
        call.respond(hit.response);
    else if (hit.lookup == IdempotencyCache::Lookup::InProgress)
        call.respond(Response::error(409, u"INVALID_STATE"_s,
                                     u"a request with this Idempotency-Key is still running"_s));
    else if (hit.lookup == IdempotencyCache::Lookup::Mismatch)
        call.respond(
            Response::error(422, u"INVALID_PARAMS"_s,
                            u"this Idempotency-Key was used with another body; send a new key"_s));
    if (hit.lookup != IdempotencyCache::Lookup::New)
        return std::nullopt;
    Respond respond = [&cache, stored, respond = call.respond](const Response &response) {
        if (response.status >= 500)
            cache.drop(stored.client, stored.key); // not done: a retry may try again
        else
            cache.finish(stored.client, stored.key, response);
        respond(response);
    };
    return Answering{std::move(respond), stored};
}

} // namespace

void getServices(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    api.submit(Reply::deferred([&ctx]() -> Answer {
                   QJsonArray services;
                   for (const ServiceConfig &s : ctx.config().services) {
                       if (bookable(s))
                           services.append(serviceJson(s));
                   }
                   return QJsonObject{{u"services"_s, services}};
               }),
               200, call.respond);
}

void getSlots(Api &api, Call &call)
{
    const std::optional<QDate> date = dateParam(call);
    if (!date)
        return;
    EngineContext &ctx = api.context();
    const QString id = call.params.value(u"id"_s);
    api.submit(Reply::deferred([&ctx, id, date = *date]() -> Answer {
                   const ServiceConfig *s = ctx.config().service(id);
                   if (!s || !bookable(*s))
                       return makeWireError(wirecode::UNKNOWN_SERVICE,
                                            u"no bookable service \"%1\""_s.arg(id));
                   const QTimeZone zone(ctx.config().centre.timezone.toUtf8());
                   QJsonArray slotList;
                   for (const Slot &slot : slotsOf(ctx.core.query(), *s, date, zone, ctx.now())) {
                       slotList.append(QJsonObject{{u"start"_s, isoTime(slot.start)},
                                                   {u"end"_s, isoTime(slot.end)},
                                                   {u"free"_s, slot.free}});
                   }
                   return QJsonObject{{u"service"_s, id},
                                      {u"date"_s, date.toString(Qt::ISODate)},
                                      {u"slots"_s, slotList}};
               }),
               200, call.respond);
}

void postAppointment(Api &api, Call &call)
{
    if (const std::optional<QJsonObject> body = jsonBody(call))
        bookAppointment(api, call, *body);
}

void bookAppointment(Api &api, Call &call, const QJsonObject &body)
{
    EngineContext &ctx = api.context();
    auto request = readBookRequest(body);
    if (const auto *error = std::get_if<WireError>(&request)) {
        call.respond(Response::error(*error));
        return;
    }
    const BookRequest &book = std::get<BookRequest>(request);
    if (auto error = checkCitizen(book)) {
        call.respond(*error);
        return;
    }
    std::optional<Answering> answering = idempotent(api, call);
    if (!answering)
        return;
    Reply reply = Reply::fromCore(ctx.core.bookings().book(book, ctx.now()),
                                  std::function<QJsonObject(const Outcome &)>(appointmentBody));
    if (answering->stored && reply.outcome) { // kept in the booking's own transaction
        reply.answer = std::move(answering->stored);
        reply.answer->status = 201;
        reply.answer->body = reply.result;
    }
    api.submit(std::move(reply), 201, answering->respond);
}

void getAppointment(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    const QString id = call.params.value(u"id"_s);
    api.submit(Reply::deferred([&ctx, id]() -> Answer {
                   const std::optional<Appointment> a = ctx.core.query().appointment(id);
                   if (!a)
                       return makeWireError(wirecode::NOT_FOUND, u"unknown appointment"_s);
                   return encode(*a);
               }),
               200, call.respond);
}

void deleteAppointment(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    const QString id = call.params.value(u"id"_s);
    api.submit(Reply::fromCore(ctx.core.bookings().cancelAppointment(id, ctx.now()),
                               std::function<QJsonObject(const Outcome &)>(appointmentBody)),
               200, call.respond);
}

void listAppointments(Api &api, Call &call)
{
    const std::optional<QDate> date = dateParam(call);
    if (!date)
        return;
    EngineContext &ctx = api.context();
    api.submit(
        Reply::deferred([&ctx, date = *date]() -> Answer {
            const QTimeZone zone(ctx.config().centre.timezone.toUtf8());
            QJsonArray list;
            for (const Appointment &a : ctx.core.query().appointments()) {
                if (a.start.toTimeZone(zone).date() == date)
                    list.append(encode(a));
            }
            return QJsonObject{{u"date"_s, date.toString(Qt::ISODate)}, {u"appointments"_s, list}};
        }),
        200, call.respond);
}

} // namespace novbe::http
