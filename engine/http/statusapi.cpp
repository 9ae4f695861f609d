// GET /api/v1/status: the public load of the centre (what asan.gov.az shows).
#include "api.h"

#include "server/enginecontext.h"

#include "protocol/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

QJsonObject serviceStatus(const EngineContext &ctx, const ServiceConfig &s, const QDateTime &now)
{
    const ServiceQueue q = ctx.core.query().queue(s.id, now);
    return QJsonObject{{u"id"_s, s.id},
                       {u"name"_s, localizedToJson(s.name)},
                       {u"open"_s, ctx.core.query().serviceOpen(s.id, now)},
                       {u"waiting"_s, qsizetype(q.waiting.size())},
                       {u"etaSec"_s, q.etaSec},
                       {u"longestWaitSec"_s, q.longestWaitSec}};
}

} // namespace

void getStatus(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    const QByteArray cache = "public, max-age="
        + QByteArray::number(api.settings().statusMaxAgeSec);
    api.submit(Reply::deferred([&ctx]() -> Answer {
                   const QDateTime now = ctx.now();
                   QJsonArray services;
                   for (const ServiceConfig &s : ctx.config().services) {
                       if (s.enabled)
                           services.append(serviceStatus(ctx, s, now));
                   }
                   return QJsonObject{{u"centre"_s, ctx.config().centre.id},
                                      {u"at"_s, isoTime(now)},
                                      {u"services"_s, services}};
               }),
               200, [cache, respond = call.respond](Response response) {
                   if (response.status == 200)
                       response.headers.emplaceBack("Cache-Control", cache);
                   respond(response);
               });
}

void getMetrics(Api &api, Call &call)
{
    EngineContext &ctx = api.context();
    const Metrics &metrics = api.metrics();
    api.submit(Reply::deferred([&ctx, &metrics]() -> Answer { return metrics.render(ctx); }), 200,
               [respond = call.respond](Response response) {
                   if (response.status == 200)
                       response.contentType = "text/plain; version=0.0.4; charset=utf-8";
                   respond(response);
               });
}

} // namespace novbe::http
