// The /api/v1 booking and status API over loopback against the engine under
// test: every endpoint, its answers and its errors (docs/http-api.yaml).

#include "bookingapi.h"
#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// 10:15 Baku on the test day: the first slot after the clock (10:00).
const QString FIRST_SLOT = u"2026-03-10T06:15:00.000Z"_s;

void checkError(const HttpAnswer &a, int status, const QString &reason)
{
    INFO(a.body.toStdString());
    CHECK(a.status == status);
    CHECK(a.header("content-type") == "application/json");
    CHECK(a.errorReason() == reason);
    CHECK_FALSE(a.errorMessage().isEmpty());
    // No internals: no file paths, no source names.
    CHECK_FALSE(a.errorMessage().contains(u".cpp"_s));
    CHECK_FALSE(a.errorMessage().contains(u"/tmp"_s));
}

} // namespace

TEST_CASE("GET /services lists the bookable services in az/en/ru", "[http][api]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const HttpAnswer a = api.get("/api/v1/services");
    REQUIRE(a.status == 200);
    const QJsonArray services = a.json().value(u"services"_s).toArray();
    REQUIRE(services.size() > 0);
    QJsonObject passport;
    for (const QJsonValue &v : services) {
        if (v[u"id"_s] == u"passport"_s)
            passport = v.toObject();
    }
    REQUIRE_FALSE(passport.isEmpty());
    CHECK(passport[u"name"_s][u"en"_s] == u"Passport"_s);
    CHECK(passport[u"name"_s][u"ru"_s] == u"Общегражданский паспорт"_s);
    CHECK(passport[u"slotMin"_s] == 15);
    CHECK(passport[u"perSlot"_s] == 2);
    CHECK(passport[u"hours"_s][u"open"_s] == u"09:00"_s);
}

TEST_CASE("GET /services/{id}/slots gives each slot with its free places", "[http][api]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const HttpAnswer a = api.get("/api/v1/services/passport/slots?date=2026-03-10");
    REQUIRE(a.status == 200);
    const QJsonArray slotList = a.json().value(u"slots"_s).toArray();
    // 09:00-18:00 in 15-minute slots, after 10:00: 10:15 ... 17:45.
    REQUIRE(slotList.size() == 31);
    CHECK(slotList.first()[u"start"_s] == FIRST_SLOT);
    CHECK(slotList.first()[u"end"_s] == u"2026-03-10T06:30:00.000Z"_s);
    CHECK(slotList.last()[u"start"_s] == u"2026-03-10T13:45:00.000Z"_s);
    for (const QJsonValue &slot : slotList)
        CHECK(slot[u"free"_s] == 2);

    REQUIRE(api.post("/api/v1/appointments", bookingBody(u"passport"_s, FIRST_SLOT)).status == 201);
    const QJsonArray after =
        api.get("/api/v1/services/passport/slots?date=2026-03-10").json()[u"slots"_s].toArray();
    CHECK(after.first()[u"free"_s] == 1);
    CHECK(after.at(1)[u"free"_s] == 2);

    checkError(api.get("/api/v1/services/nosuch/slots?date=2026-03-10"), 404, u"UNKNOWN_SERVICE"_s);
    checkError(api.get("/api/v1/services/passport/slots?date=10.03.2026"), 400,
               u"INVALID_PARAMS"_s);
    checkError(api.get("/api/v1/services/passport/slots"), 400, u"INVALID_PARAMS"_s);
}

TEST_CASE("POST, GET, DELETE and list /appointments", "[http][api]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const HttpAnswer booked = api.post("/api/v1/appointments",
                                       bookingBody(u"passport"_s, FIRST_SLOT));
    REQUIRE(booked.status == 201);
    const QJsonObject ap = booked.json();
    const QString id = ap[u"id"_s].toString();
    CHECK(id.startsWith(u"ap_"_s));
    CHECK(ap[u"code"_s].toString().size() == 6);
    CHECK(ap[u"state"_s] == u"booked"_s);
    CHECK(ap[u"start"_s] == FIRST_SLOT);
    CHECK_FALSE(booked.body.contains("Aysel")); // the citizen's data never goes out

    const HttpAnswer got = api.get("/api/v1/appointments/" + id.toUtf8());
    REQUIRE(got.status == 200);
    CHECK(got.json() == ap);

    const QJsonArray day =
        api.get("/api/v1/appointments?date=2026-03-10").json()[u"appointments"_s].toArray();
    REQUIRE(day.size() == 1);
    CHECK(day.first()[u"id"_s] == id);
    CHECK(api.get("/api/v1/appointments?date=2026-03-11")
              .json()[u"appointments"_s]
              .toArray()
              .isEmpty());

    const HttpAnswer cancelled = api.del("/api/v1/appointments/" + id.toUtf8());
    REQUIRE(cancelled.status == 200);
    CHECK(cancelled.json()[u"state"_s] == u"cancelled"_s);
    CHECK(api.get("/api/v1/appointments/" + id.toUtf8()).json()[u"state"_s] == u"cancelled"_s);
    checkError(api.del("/api/v1/appointments/" + id.toUtf8()), 409, u"INVALID_STATE"_s);
    checkError(api.get("/api/v1/appointments/ap_nosuch"), 404, u"NOT_FOUND"_s);
    checkError(api.del("/api/v1/appointments/ap_nosuch"), 404, u"NOT_FOUND"_s);
}

TEST_CASE("POST /appointments refuses bad bookings and changes nothing", "[http][api]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    auto body = [](const QString &key, const QJsonValue &value) {
        QJsonObject b = bookingBody(u"passport"_s, FIRST_SLOT);
        b.insert(key, value);
        return b;
    };
    checkError(api.post("/api/v1/appointments", body(u"service"_s, u"nosuch"_s)), 404,
               u"UNKNOWN_SERVICE"_s);
    checkError(api.post("/api/v1/appointments", body(u"start"_s, u"tomorrow"_s)), 400,
               u"INVALID_PARAMS"_s);
    checkError(api.post("/api/v1/appointments", body(u"start"_s, u"2026-03-10T06:20:00.000Z"_s)),
               400, u"INVALID_PARAMS"_s);
    checkError(api.post("/api/v1/appointments", body(u"start"_s, u"2026-03-10T05:45:00.000Z"_s)),
               400, u"INVALID_PARAMS"_s); // in the past
    checkError(api.post("/api/v1/appointments", body(u"start"_s, u"2026-03-10T15:00:00.000Z"_s)),
               409, u"SERVICE_CLOSED"_s); // 19:00 Baku
    checkError(api.post("/api/v1/appointments", body(u"citizen"_s, QJsonObject{})), 400,
               u"INVALID_PARAMS"_s);
    checkError(api.post("/api/v1/appointments", body(u"lang"_s, u"fr"_s)), 400,
               u"INVALID_PARAMS"_s);
    const QByteArray auth = QByteArray("Bearer ") + BOOKING_KEY;
    checkError(httpCall(engine.httpPort(), "POST", "/api/v1/appointments",
                        {{"Authorization", auth}, {"Content-Type", "text/plain"}}, "{}"),
               415, u"INVALID_REQUEST"_s);
    checkError(httpCall(engine.httpPort(), "POST", "/api/v1/appointments",
                        {{"Authorization", auth}}, "{}"),
               415, u"INVALID_REQUEST"_s);
    checkError(httpCall(engine.httpPort(), "POST", "/api/v1/appointments",
                        {{"Authorization", auth}, {"Content-Type", "application/json"}}, "{\"a\":"),
               400, u"PARSE_ERROR"_s);
    CHECK(api.get("/api/v1/appointments?date=2026-03-10")
              .json()[u"appointments"_s]
              .toArray()
              .isEmpty());
}

TEST_CASE("API keys: booking devices only; unknown paths and methods", "[http][api]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    checkError(httpCall(port, "GET", "/api/v1/services"), 401, u"UNAUTHENTICATED"_s);
    checkError(httpCall(port, "GET", "/api/v1/services", {{"Authorization", "Bearer wrong"}}), 401,
               u"UNAUTHENTICATED"_s);
    // A kiosk's token is not a booking key.
    checkError(
        httpCall(port, "GET", "/api/v1/services", {{"Authorization", "Bearer demo-kiosk-1-token"}}),
        401, u"UNAUTHENTICATED"_s);
    checkError(httpCall(port, "GET", "/api/v1/nosuch"), 404, u"NOT_FOUND"_s);
    checkError(httpCall(port, "GET", "/"), 404, u"NOT_FOUND"_s);
    checkError(httpCall(port, "PUT", "/api/v1/services"), 405, u"METHOD_NOT_FOUND"_s);
}

TEST_CASE("wrong keys are rate-limited per source address", "[http][api]")
{
    HttpTimeouts limits;
    limits.keyFailuresPerMinute = 3;
    EngineProcess engine(httpCentre(limits), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    for (int i = 0; i < 3; ++i) {
        checkError(httpCall(port, "GET", "/api/v1/services", {{"Authorization", "Bearer bad"}}),
                   401, u"UNAUTHENTICATED"_s);
    }
    const HttpAnswer limited = httpCall(port, "GET", "/api/v1/services",
                                        {{"Authorization", "Bearer bad"}});
    checkError(limited, 429, u"RATE_LIMITED"_s);
    CHECK(limited.header("retry-after").toInt() > 0);
    // Even the right key waits until the minute is over (engine clock).
    checkError(api.get("/api/v1/services"), 429, u"RATE_LIMITED"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 61}});
    CHECK(api.get("/api/v1/services").status == 200);
    // The public status needs no key and is not limited.
    CHECK(httpCall(port, "GET", "/api/v1/status").status == 200);
}

TEST_CASE("GET /status: public, cacheable, per service waiting, wait and open", "[http][api]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    auto serviceOf = [](const HttpAnswer &a, const QString &id) {
        for (const QJsonValue &v : a.json()[u"services"_s].toArray()) {
            if (v[u"id"_s] == id)
                return v.toObject();
        }
        return QJsonObject();
    };
    const HttpAnswer before = httpCall(port, "GET", "/api/v1/status");
    REQUIRE(before.status == 200);
    CHECK(before.header("cache-control") == "public, max-age=5");
    CHECK(before.json()[u"at"_s] == u"2026-03-10T06:00:00.000Z"_s);
    const QJsonObject passport = serviceOf(before, u"passport"_s);
    CHECK(passport[u"open"_s] == true);
    CHECK(passport[u"waiting"_s] == 0);
    CHECK(passport[u"name"_s][u"az"_s] == u"Ümumvətəndaş pasportu"_s);

    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    const QJsonObject after = serviceOf(httpCall(port, "GET", "/api/v1/status"), u"passport"_s);
    CHECK(after[u"waiting"_s] == 2);
    CHECK(after[u"etaSec"_s].toInt() > 0);

    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 9 * 3600}}); // 19:00 Baku
    CHECK(serviceOf(httpCall(port, "GET", "/api/v1/status"), u"passport"_s)[u"open"_s] == false);
}

TEST_CASE("HTTP is off unless the config enables it; a bad http section stops the start",
          "[http][api]")
{
    EngineProcess plain(sampleCentre());
    REQUIRE(plain.start());
    CHECK_FALSE(QFile::exists(plain.portFilePath() + u".http"_s));

    QJsonObject config = httpCentre();
    config.insert(u"http"_s, QJsonObject{{u"enabled"_s, true}, {u"port"_s, 70000}});
    EngineProcess bad(config);
    CHECK(bad.runToExit() == 2); // EXIT_CONFIG
    CHECK(bad.output().contains("http: port must be an integer 0..65535"));
    config.insert(u"http"_s, QJsonObject{{u"enabled"_s, true}, {u"trustedProxies"_s, u"proxy"_s}});
    EngineProcess badProxies(config);
    CHECK(badProxies.runToExit() == 2);
    CHECK(badProxies.output().contains("http: trustedProxies must be an array of IP addresses"));
    config.insert(u"http"_s, QJsonObject{{u"enabled"_s, true}, {u"metricsAddress"_s, u"x"_s}});
    EngineProcess badMetrics(config);
    CHECK(badMetrics.runToExit() == 2);
    CHECK(badMetrics.output().contains("http: metricsAddress must be an IP address"));

    // --check-config reports it too.
    const EngineRun check = EngineProcess::command({u"--check-config"_s, bad.configPath()});
    CHECK(check.exitCode == 2);
    CHECK(check.output.contains("http: port must be an integer 0..65535"));
}
