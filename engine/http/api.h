#pragma once

#include "apikeys.h"
#include "httpconnection.h"
#include "idempotency.h"
#include "metrics.h"

#include "server/attemptlimiter.h"
#include "server/reply.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace novbe {
struct EngineContext;
}

namespace novbe::http {

class Api;

// One request being answered: its path parameters, the booking client and
// the way back.
struct Call
{
    const Request &request;
    QHash<QString, QString> params; // {id} of the route
    QString client;                 // booking device id ("" on public routes)
    QString peer;                   // source address
    Respond respond;
};

using RouteHandler = void (*)(Api &api, Call &call);

struct Route
{
    QByteArray method;
    QString pattern; // "/api/v1/services/{id}/slots"
    bool needsKey = true;
    RouteHandler handler = nullptr;
};

// The /api/v1 booking and status API (docs/http-api.yaml). Every request
// goes through the engine's Batcher like a device request: reads see only
// committed state and a write is answered after its batch is on disk.
class Api
{
public:
    Api(EngineContext &context, const Settings &settings);

    // The routes served, for the OpenAPI check (tests) and the router.
    static const std::vector<Route> &routes();

    // `metricsOnly`: the request came to the separate metrics listener, which
    // serves GET /api/v1/metrics alone (and the main listener then does not).
    void handle(const Request &request, const QString &peer, Respond respond,
                bool metricsOnly = false);

    EngineContext &context() { return m_context; }
    const Settings &settings() const { return m_settings; }
    IdempotencyCache &idempotency() { return m_idempotency; }
    ApiKeys &keys() { return m_keys; }
    // The citizen pages' limits per source address (Settings).
    AttemptLimiter &pageWrites() { return m_pageWrites; }
    AttemptLimiter &trackMisses() { return m_trackMisses; }
    const Metrics &metrics() const { return m_metrics; }

    // Runs `reply` through the Batcher; `done` gets `okStatus` with its result
    // (a JSON object or encoded bytes) or the error with its status.
    void submit(Reply reply, int okStatus, Respond done);

private:
    const Route *match(const Request &request, QHash<QString, QString> &params, bool &pathKnown,
                       bool metricsOnly) const;
    bool admit(const Route &route, Call &call);

    EngineContext &m_context;
    const Settings &m_settings;
    ApiKeys m_keys;
    IdempotencyCache m_idempotency;
    Metrics m_metrics;
    AttemptLimiter m_pageWrites;
    AttemptLimiter m_trackMisses;
};

// Route handlers (bookingapi.cpp, statusapi.cpp).
void getServices(Api &api, Call &call);
void getSlots(Api &api, Call &call);
void postAppointment(Api &api, Call &call);
void getAppointment(Api &api, Call &call);
void deleteAppointment(Api &api, Call &call);
void listAppointments(Api &api, Call &call);
void getStatus(Api &api, Call &call);
void getMetrics(Api &api, Call &call);
void getBookingReport(Api &api, Call &call);

// The citizen pages (trackpage.cpp, bookpage.cpp, bookactions.cpp).
void trackPage(Api &api, Call &call);
void trackState(Api &api, Call &call);
void rateTicket(Api &api, Call &call);
void bookPage(Api &api, Call &call);
void bookServices(Api &api, Call &call);
void bookSlots(Api &api, Call &call);
void bookFromPage(Api &api, Call &call);
void cancelFromPage(Api &api, Call &call);
void qrImage(Api &api, Call &call);
void pageAsset(Api &api, Call &call);

// Books the appointment of a POST /api/v1/appointments body (checked like
// the API's), answering 201 with the appointment. Shared by the API and /book.
void bookAppointment(Api &api, Call &call, const QJsonObject &body);

// The client's address for the per-address limits: `peer`, or, when `peer` is
// a trusted proxy, the rightmost X-Forwarded-For address that is not one.
QString clientAddress(const Request &request, const QString &peer,
                      const QList<QHostAddress> &trustedProxies);

// A JSON object body, or an answered error (415 without a JSON Content-Type,
// 400 for a body that is not a JSON object).
std::optional<QJsonObject> jsonBody(Call &call);

} // namespace novbe::http
