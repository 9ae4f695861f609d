// What the booking page writes: a booking and a cancellation by code and
// phone. No API key is embedded in the page: a citizen's writes are limited
// per source address (pageWritesPerAddress); a call-centre agent who typed a
// booking key into the page sends it and is not limited by address.
#include "api.h"

#include "server/enginecontext.h"

#include "protocol/readmodelcodec.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

Response rateLimited(int retryAfterSec, const QString &message)
{
    Response r = Response::error(429, u"RATE_LIMITED"_s, message);
    r.headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSec));
    return r;
}

// The writer of a page request: the agent's booking device, "" for a
// citizen (counted against the address), or none when already answered.
std::optional<QString> pageWriter(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    const QDateTime now = ctx.now();
    if (call.request.hasHeader("authorization")) {
        const ApiKeys::Check c = api.keys().check(
            ctx.config(), call.request.header("authorization"), call.peer, now);
        if (c.retryAfterSec > 0)
            call.respond(rateLimited(c.retryAfterSec, u"too many wrong keys from this address"_s));
        else if (!c.device)
            call.respond(Response::error(401, u"UNAUTHENTICATED"_s, u"wrong agent key"_s));
        return c.device;
    }
    if (const int wait = api.pageWrites().lockedFor(call.peer, now); wait > 0) {
        call.respond(rateLimited(wait, u"too many bookings from this address"_s));
        return std::nullopt;
    }
    api.pageWrites().recordFailure(call.peer, now);
    return QString();
}

} // namespace

void bookFromPage(Api &api, Call &call)
{
    const std::optional<QString> writer = pageWriter(api, call);
    if (!writer)
        return;
    const std::optional<QJsonObject> body = jsonBody(call);
    if (!body)
        return;
    call.client = *writer;
    bookAppointment(api, call, *body);
}

void cancelFromPage(Api &api, Call &call)
{
    if (!pageWriter(api, call))
        return;
    const std::optional<QJsonObject> body = jsonBody(call);
    if (!body)
        return;
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    const QString code = body->value(u"code"_s).toString();
    const QString phone = body->value(u"phone"_s).toString();
    if (!sixDigits.match(code).hasMatch() || phone.isEmpty() || phone.size() > 40) {
        call.respond(
            Response::error(400, u"INVALID_PARAMS"_s, u"code (6 digits) and phone are required"_s));
        return;
    }
    EngineContext &ctx = api.context();
    api.submit(Reply::fromCore(ctx.core.bookings().cancelByCode(code, phone, ctx.now()),
                               std::function<QJsonObject(const Outcome &)>(
                                   [](const Outcome &o) { return encode(*o.appointment); })),
               200, call.respond);
}

} // namespace novbe::http
