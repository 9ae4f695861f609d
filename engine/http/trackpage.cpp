// The tracking page /t/{tracking token} (the QR on every printed ticket), the
// state it polls and the rating it offers after the service.
#include "api.h"
#include "pagekit.h"

#include "server/batcher.h"
#include "server/enginecontext.h"
#include "server/trackingtokens.h"

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

constexpr int REFRESH_SEC = 5;

// The live ticket of a tracking token (server/trackingtokens.h): a token
// whose MAC does not match is unknown without a lookup.
const Ticket *ticketOfToken(const EngineContext &ctx, const QString &token)
{
    const std::optional<QString> id = ctx.tracking ? ctx.tracking->ticketOf(token) : std::nullopt;
    return id ? ctx.core.query().ticket(*id) : nullptr;
}

QJsonObject counterPart(const EngineContext &ctx, const Ticket &t, const QString &lang)
{
    const CounterConfig *c = ctx.config().counter(t.counter);
    return QJsonObject{{u"counter"_s, c ? localized(c->name, lang) : t.counter}};
}

// What the page shows of a ticket: no id, device, appointment or times.
Answer trackView(const EngineContext &ctx, const QString &token, const QString &lang)
{
    const Ticket *t = ticketOfToken(ctx, token);
    if (!t)
        return makeWireError(wirecode::NOT_FOUND, u"unknown ticket"_s);
    const ServiceConfig *s = ctx.config().service(t->service);
    const bool rated = ctx.core.query().hasFeedback(t->id);
    QJsonObject view{{u"number"_s, t->number},
                     {u"service"_s, s ? localized(s->name, lang) : t->service},
                     {u"state"_s, ticketStateName(t->state)},
                     {u"canRate"_s, t->state == TicketState::Done && !rated},
                     {u"rated"_s, rated}};
    if (t->state == TicketState::Waiting) {
        const WaitEstimate e = ctx.core.query().estimate(t->id, ctx.now());
        view.insert(u"ahead"_s, e.ahead);
        view.insert(u"etaSec"_s, e.etaSec);
    }
    if ((t->state == TicketState::Called || t->state == TicketState::Serving)
        && !t->counter.isEmpty())
        view.insert(u"counter"_s, counterPart(ctx, *t, lang).value(u"counter"_s));
    return view;
}

Response tooManyMisses(int retryAfterSec)
{
    Response r = Response::error(429, u"RATE_LIMITED"_s, u"too many unknown tickets"_s);
    r.headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSec));
    return r;
}

struct PageCall
{
    QString lang;
    QString id;
    QString peer;
    QString path;
    Respond respond;
};

PageCall pageCall(Api &api, const Call &call)
{
    const QStringList &languages = api.context().config().centre.languages;
    return PageCall{pageLanguage(call.request, languages), call.params.value(u"id"_s), call.peer,
                    call.request.path(), call.respond};
}

// Runs the ticket lookup after the current batch; unknown ids count against
// the address (trackMissesPerMinute), a locked address is not looked up.
void lookUp(Api &api, const PageCall &page, std::function<void(const Answer &)> done)
{
    EngineContext &ctx = api.context();
    ctx.batcher.add(Reply::deferred([&ctx, id = page.id, lang = page.lang] {
                        return trackView(ctx, id, lang);
                    }),
                    [&api, peer = page.peer, done = std::move(done)](const Answer &answer) {
                        const auto *e = std::get_if<WireError>(&answer);
                        if (e && e->reason == u"NOT_FOUND"_s)
                            api.trackMisses().recordFailure(peer, api.context().now());
                        done(answer);
                    });
}

QHash<QString, QString> trackValues(Api &api, const PageCall &page, const QJsonObject &view)
{
    const CentreConfig &config = api.context().config();
    const QJsonObject texts = pageTexts(page.lang);
    const QString base = u"/t/"_s + page.id;
    const QJsonObject boot{{u"lang"_s, page.lang},
                           {u"texts"_s, texts},
                           {u"state"_s, view},
                           {u"stateUrl"_s, QString(base + u"/state?lang="_s + page.lang)},
                           {u"rateUrl"_s, QString(base + u"/rating"_s)},
                           {u"refreshSec"_s, REFRESH_SEC}};
    return {{u"lang"_s, htmlEscape(page.lang)},
            {u"title"_s, htmlEscape(texts.value(u"trackTitle"_s).toString())},
            {u"centre"_s, htmlEscape(localized(config.centre.name, page.lang))},
            {u"switch"_s, languageSwitch(page.path, config.centre.languages, page.lang)},
            {u"boot"_s, scriptJson(boot)}};
}

} // namespace

void trackPage(Api &api, Call &call)
{
    const PageCall page = pageCall(api, call);
    if (const int wait = api.trackMisses().lockedFor(page.peer, api.context().now()); wait > 0) {
        call.respond(tooManyPage(page.lang, wait));
        return;
    }
    lookUp(api, page, [&api, page](const Answer &answer) {
        if (const auto *e = std::get_if<WireError>(&answer)) {
            page.respond(e->reason == u"NOT_FOUND"_s ? notFoundPage(
                             page.lang, api.context().config().centre.languages, page.path)
                                                     : Response::error(*e));
            return;
        }
        page.respond(
            htmlPage(200, u"track"_s, trackValues(api, page, std::get<QJsonObject>(answer))));
    });
}

void trackState(Api &api, Call &call)
{
    const PageCall page = pageCall(api, call);
    if (const int wait = api.trackMisses().lockedFor(page.peer, api.context().now()); wait > 0) {
        call.respond(tooManyMisses(wait));
        return;
    }
    lookUp(api, page, [respond = page.respond](const Answer &answer) {
        Response r = std::holds_alternative<WireError>(answer)
            ? Response::error(std::get<WireError>(answer))
            : Response::json(200, std::get<QJsonObject>(answer));
        r.headers.emplaceBack("Cache-Control", "no-store");
        respond(r);
    });
}

void rateTicket(Api &api, Call &call)
{
    const std::optional<QJsonObject> body = jsonBody(call);
    if (!body)
        return;
    const QJsonValue rating = body->value(u"rating"_s);
    if (!rating.isDouble() || rating.toDouble() != rating.toInt()) {
        call.respond(Response::error(400, u"INVALID_PARAMS"_s, u"rating must be 1 to 5"_s));
        return;
    }
    EngineContext &ctx = api.context();
    if (const int wait = api.trackMisses().lockedFor(call.peer, ctx.now()); wait > 0) {
        call.respond(tooManyMisses(wait));
        return;
    }
    const Ticket *ticket = ticketOfToken(ctx, call.params.value(u"id"_s));
    if (!ticket) {
        api.trackMisses().recordFailure(call.peer, ctx.now());
        call.respond(Response::error(404, u"NOT_FOUND"_s, u"unknown ticket"_s));
        return;
    }
    const QString id = ticket->id;
    api.submit(Reply::fromCore(ctx.core.reports().submitFeedback(id, rating.toInt(), {}, ctx.now()),
                               std::function<QJsonObject(const Outcome &)>([](const Outcome &) {
                                   return QJsonObject{{u"rated"_s, true}};
                               })),
               200, call.respond);
}

} // namespace novbe::http
