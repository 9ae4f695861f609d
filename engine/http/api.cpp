#include "api.h"

#include "server/batcher.h"
#include "server/enginecontext.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

bool matchPattern(const QString &pattern, const QString &path, QHash<QString, QString> &params)
{
    const QStringList want = pattern.split(u'/');
    const QStringList got = path.split(u'/');
    if (want.size() != got.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(u'{') && want[i].endsWith(u'}')) {
            if (got[i].isEmpty())
                return false;
            found.insert(want[i].mid(1, want[i].size() - 2), got[i]);
        } else if (want[i] != got[i]) {
            return false;
        }
    }
    params = found;
    return true;
}

Response toResponse(const Answer &answer, int okStatus)
{
    if (const auto *error = std::get_if<WireError>(&answer))
        return Response::error(*error);
    Response r;
    r.status = okStatus;
    if (const auto *bytes = std::get_if<QByteArray>(&answer))
        r.body = *bytes;
    else
        r.body = QJsonDocument(std::get<QJsonObject>(answer)).toJson(QJsonDocument::Compact);
    return r;
}

bool isTrusted(const QList<QHostAddress> &proxies, const QHostAddress &address)
{
    for (const QHostAddress &p : proxies) {
        if (p.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

} // namespace

QString clientAddress(const Request &request, const QString &peer,
                      const QList<QHostAddress> &trustedProxies)
{
    QHostAddress hop(peer);
    if (!isTrusted(trustedProxies, hop))
        return peer;
    // The rightmost address that is not one of our proxies is the client.
    const QList<QByteArray> chain = request.header("x-forwarded-for").split(',');
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        QHostAddress next;
        if (!next.setAddress(QString::fromLatin1(chain[i].trimmed())))
            return hop.toString(); // malformed: the last trusted hop answers for it
        if (!isTrusted(trustedProxies, next))
            return next.toString();
        hop = next;
    }
    return hop.toString();
}

Api::Api(EngineContext &context, const Settings &settings)
    : m_context(context)
    , m_settings(settings)
    , m_keys(settings.keyFailuresPerMinute)
    , m_idempotency([&context](const QString &client, const QString &key, const QDateTime &since) {
        return context.store.storedAnswer(client, key, since);
    })
    , m_pageWrites(settings.pageWritesPerAddress, 600)
    , m_trackMisses(settings.trackMissesPerMinute, 60)
{
}

const std::vector<Route> &Api::routes()
{
    static const std::vector<Route> table{
        {"GET", u"/api/v1/status"_s, false, getStatus},
        {"GET", u"/api/v1/metrics"_s, false, getMetrics},
        {"GET", u"/api/v1/services"_s, true, getServices},
        {"GET", u"/api/v1/services/{id}/slots"_s, true, getSlots},
        {"POST", u"/api/v1/appointments"_s, true, postAppointment},
        {"GET", u"/api/v1/appointments"_s, true, listAppointments},
        {"GET", u"/api/v1/appointments/{id}"_s, true, getAppointment},
        {"DELETE", u"/api/v1/appointments/{id}"_s, true, deleteAppointment},
        {"GET", u"/api/v1/reports/bookings"_s, true, getBookingReport},
        {"GET", u"/t/{id}"_s, false, trackPage},
        {"GET", u"/t/{id}/state"_s, false, trackState},
        {"POST", u"/t/{id}/rating"_s, false, rateTicket},
        {"GET", u"/book"_s, false, bookPage},
        {"GET", u"/book/services"_s, false, bookServices},
        {"GET", u"/book/slots"_s, false, bookSlots},
        {"POST", u"/book/appointments"_s, false, bookFromPage},
        {"POST", u"/book/cancel"_s, false, cancelFromPage},
        {"GET", u"/book/qr.svg"_s, false, qrImage},
        {"GET", u"/assets/{name}"_s, false, pageAsset},
    };
    return table;
}

const Route *Api::match(const Request &request, QHash<QString, QString> &params, bool &pathKnown,
                        bool metricsOnly) const
{
    pathKnown = false;
    const bool separateMetrics = m_settings.metricsPort.has_value();
    for (const Route &route : routes()) {
        const bool metrics = route.handler == getMetrics;
        if (metricsOnly ? !metrics : (metrics && separateMetrics))
            continue;
        QHash<QString, QString> found;
        if (!matchPattern(route.pattern, request.path(), found))
            continue;
        pathKnown = true;
        if (route.method == request.method) {
            params = found;
            return &route;
        }
    }
    return nullptr;
}

void Api::handle(const Request &request, const QString &peer, Respond respond, bool metricsOnly)
{
    bool pathKnown = false;
    QHash<QString, QString> params;
    const Route *route = match(request, params, pathKnown, metricsOnly);
    QElapsedTimer timer;
    timer.start();
    const QString label = route ? route->pattern : u"unmatched"_s;
    Call call{request,
              std::move(params),
              {},
              clientAddress(request, peer, m_settings.trustedProxies),
              [this, timer, label, respond = std::move(respond)](const Response &response) {
                  m_metrics.record(label, response.status, double(timer.nsecsElapsed()) / 1e9);
                  respond(response);
              }};
    if (!route) {
        call.respond(pathKnown ? Response::error(405, u"METHOD_NOT_FOUND"_s,
                                                 u"the method is not allowed on this path"_s)
                               : Response::error(404, u"NOT_FOUND"_s, u"no such path"_s));
        return;
    }
    if (!admit(*route, call))
        return;
    route->handler(*this, call);
}

bool Api::admit(const Route &route, Call &call)
{
    if (!route.needsKey)
        return true;
    const ApiKeys::Check check = m_keys.check(
        m_context.config(), call.request.header("authorization"), call.peer, m_context.now());
    if (check.retryAfterSec > 0) {
        Response r = Response::error(429, u"RATE_LIMITED"_s,
                                     u"too many wrong API keys from this address"_s);
        r.headers.emplaceBack("Retry-After", QByteArray::number(check.retryAfterSec));
        call.respond(r);
        return false;
    }
    if (!check.device) {
        Response r = Response::error(
            401, u"UNAUTHENTICATED"_s,
            u"send a booking client's key as \"Authorization: Bearer KEY\""_s);
        r.headers.emplaceBack("WWW-Authenticate", "Bearer");
        call.respond(r);
        return false;
    }
    call.client = *check.device;
    return true;
}

void Api::submit(Reply reply, int okStatus, Respond done)
{
    m_context.batcher.add(std::move(reply),
                          [okStatus, done = std::move(done)](const Answer &answer) {
                              done(toResponse(answer, okStatus));
                          });
}

std::optional<QJsonObject> jsonBody(Call &call)
{
    const QByteArray type = call.request.header("content-type").toLower();
    const QByteArray mime = type.split(';').first().trimmed();
    if (mime != "application/json") {
        call.respond(Response::error(415, u"INVALID_REQUEST"_s,
                                     u"the body must be sent as Content-Type: application/json"_s));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        call.respond(Response::error(400, u"PARSE_ERROR"_s, u"the body must be a JSON object"_s));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace novbe::http
