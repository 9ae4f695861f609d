// Bookings over HTTP through the engine's group commit: the race for the
// last places, durability of a 201, Idempotency-Key.

#include "bookingapi.h"
#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QString SLOT = u"2026-03-10T08:00:00.000Z"_s; // 12:00 Baku

QByteArray bookingBytes(const QJsonObject &body, const QByteArray &extra = {})
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST /api/v1/appointments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + QByteArray(BOOKING_KEY) + "\r\nContent-Type: application/json\r\n" + extra
        + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

int freeAt(const BookingApi &api, const QString &start)
{
    const QJsonArray slotList =
        api.get("/api/v1/services/passport/slots?date=2026-03-10").json()[u"slots"_s].toArray();
    for (const QJsonValue &s : slotList) {
        if (s[u"start"_s] == start)
            return s[u"free"_s].toInt();
    }
    return -1;
}

} // namespace

TEST_CASE("50 concurrent bookings of the last 2 places: exactly 2 succeed", "[http][booking]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    REQUIRE(freeAt(api, SLOT) == 2);
    std::vector<std::unique_ptr<HttpConnection>> clients;
    for (int i = 0; i < 50; ++i) {
        clients.push_back(std::make_unique<HttpConnection>(engine.httpPort()));
        REQUIRE(clients.back()->isConnected());
    }
    for (auto &c : clients) // all 50 are on the wire before any answer is read
        c->send(bookingBytes(bookingBody(u"passport"_s, SLOT)));
    int created = 0;
    int full = 0;
    QSet<QString> codes;
    for (auto &c : clients) {
        const HttpAnswer a = c->read();
        if (a.status == 201) {
            ++created;
            codes.insert(a.json()[u"code"_s].toString());
        } else if (a.status == 409 && a.errorReason() == u"LIMIT_REACHED"_s) {
            ++full;
        }
    }
    CHECK(created == 2);
    CHECK(full == 48);
    CHECK(codes.size() == 2);
    CHECK(freeAt(api, SLOT) == 0);
    CHECK(api.get("/api/v1/appointments?date=2026-03-10").json()[u"appointments"_s].toArray().size()
          == 2);
}

TEST_CASE("a booking answered 201 survives SIGKILL", "[http][booking]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const HttpAnswer booked = api.post("/api/v1/appointments", bookingBody(u"passport"_s, SLOT));
    REQUIRE(booked.status == 201);
    engine.kill();
    REQUIRE(engine.start());
    const HttpAnswer again = api.get("/api/v1/appointments/"
                                     + booked.json()[u"id"_s].toString().toUtf8());
    REQUIRE(again.status == 200);
    CHECK(again.json()[u"code"_s] == booked.json()[u"code"_s]);
    CHECK(freeAt(api, SLOT) == 1);
}

TEST_CASE("Idempotency-Key: a retry gets the first answer", "[http][booking]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const QJsonObject body = bookingBody(u"passport"_s, SLOT);
    const HttpAnswer first = api.post("/api/v1/appointments", body,
                                      {{"Idempotency-Key", "retry-1"}});
    REQUIRE(first.status == 201);
    const HttpAnswer retry = api.post("/api/v1/appointments", body,
                                      {{"Idempotency-Key", "retry-1"}});
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body);
    CHECK(freeAt(api, SLOT) == 1); // booked once

    QJsonObject other = body;
    other.insert(u"lang"_s, u"en"_s);
    const HttpAnswer mismatch = api.post("/api/v1/appointments", other,
                                         {{"Idempotency-Key", "retry-1"}});
    CHECK(mismatch.status == 422);
    CHECK(mismatch.errorReason() == u"INVALID_PARAMS"_s);
    CHECK(api.post("/api/v1/appointments", body, {{"Idempotency-Key", "retry-2"}}).status == 201);
    // The slot is full now: a new key gets the error, and its retry the same error.
    const HttpAnswer full = api.post("/api/v1/appointments", body,
                                     {{"Idempotency-Key", "retry-3"}});
    CHECK(full.status == 409);
    CHECK(api.post("/api/v1/appointments", body, {{"Idempotency-Key", "retry-3"}}).body
          == full.body);
    CHECK(api.post("/api/v1/appointments", body, {{"Idempotency-Key", QByteArray(201, 'k')}}).status
          == 400);
}

TEST_CASE("Idempotency-Key: the first answer survives SIGKILL, another body is refused",
          "[http][booking]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    QJsonObject body = bookingBody(u"passport"_s, SLOT);
    body.insert(u"lang"_s, u"ru"_s);
    const HttpAnswer first = api.post("/api/v1/appointments", body,
                                      {{"Idempotency-Key", "after-crash"}});
    REQUIRE(first.status == 201);
    CHECK(first.json()[u"lang"_s] == u"ru"_s);
    engine.kill(); // SIGKILL: nothing but the committed file survives
    REQUIRE(engine.start());
    const HttpAnswer retry = api.post("/api/v1/appointments", body,
                                      {{"Idempotency-Key", "after-crash"}});
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body);
    CHECK(freeAt(api, SLOT) == 1); // booked once
    const QJsonArray list =
        api.get("/api/v1/appointments?date=2026-03-10").json()[u"appointments"_s].toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject()[u"lang"_s] == u"ru"_s); // the language is stored too

    QJsonObject other = body;
    other.insert(u"lang"_s, u"en"_s);
    const HttpAnswer mismatch = api.post("/api/v1/appointments", other,
                                         {{"Idempotency-Key", "after-crash"}});
    CHECK(mismatch.status == 422);
    CHECK(mismatch.errorReason() == u"INVALID_PARAMS"_s);
    CHECK(mismatch.errorMessage().contains(u"another body"_s));
    CHECK(freeAt(api, SLOT) == 1);
}

TEST_CASE("a booking whose commit fails gets 503 and is not booked", "[http][booking]")
{
    // debug.setMaxPageCount (test engine) caps the database: the 201 must wait
    // for the commit, so a failed commit is a 503 and no booking.
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"debug.setMaxPageCount"_s, {{u"pages"_s, 1}});
    QJsonObject body = bookingBody(u"passport"_s, SLOT);
    QJsonObject citizen{{u"name"_s, QString(200, u'n')}, {u"phone"_s, QString(40, u'5')}};
    body.insert(u"citizen"_s, citizen);
    int created = 0;
    HttpAnswer failed;
    QString failedStart;
    const QStringList services{u"idCard"_s, u"passport"_s, u"residence"_s};
    for (const QString &service : services) {
        const QJsonArray slotList = api.get("/api/v1/services/" + service.toUtf8()
                                            + "/slots?date=2026-03-10")
                                        .json()[u"slots"_s]
                                        .toArray();
        for (qsizetype i = 0; i < slotList.size() * 2 && failed.status == 0; ++i) {
            body.insert(u"service"_s, service);
            body.insert(u"start"_s, slotList.at(i / 2)[u"start"_s]);
            const HttpAnswer a = api.post("/api/v1/appointments", body);
            if (a.status == 201)
                ++created;
            else
                failed = a;
        }
        if (failed.status != 0)
            break;
    }
    INFO(failed.body.toStdString());
    REQUIRE(failed.status == 503);
    CHECK(failed.errorReason() == u"STORAGE_UNAVAILABLE"_s);
    CHECK(api.get("/api/v1/appointments?date=2026-03-10").json()[u"appointments"_s].toArray().size()
          == created);
    okCall(*manager, u"debug.setMaxPageCount"_s, {{u"pages"_s, 1000000000}});
    CHECK(api.post("/api/v1/appointments", body).status == 201); // the same request, now on disk
}
