// Check-in window edges on the manual clock, bookings becoming missed
// (appointment.missed, durable) and the booking report.

#include "bookingapi.h"
#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// Passport: earlyMin 30, lateMin 10; the clock starts at 10:00:00 Baku.
struct Booked
{
    QString id;
    QString code;
};

Booked book(const BookingApi &api, const QString &start)
{
    const HttpAnswer a = api.post("/api/v1/appointments", bookingBody(u"passport"_s, start));
    REQUIRE(a.status == 201);
    return {a.json()[u"id"_s].toString(), a.json()[u"code"_s].toString()};
}

QString checkIn(TestClient &kiosk, const QString &code)
{
    const QJsonObject r = kiosk.call(u"appointment.checkin"_s, {{u"code"_s, code}});
    return r.contains(u"result"_s) ? u"ok"_s : errorReason(r);
}

QString stateOf(const BookingApi &api, const QString &id)
{
    return api.get("/api/v1/appointments/" + id.toLatin1()).json()[u"state"_s].toString();
}

int bucket(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &b : report[u"earliness"_s].toArray()) {
        if (b[u"bucket"_s] == name)
            return b[u"count"_s].toInt();
    }
    return -1;
}

} // namespace

TEST_CASE("check-in window edges, missed bookings and the booking report", "[http][booking]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const Booked a = book(api, u"2026-03-10T08:00:00.000Z"_s); // 12:00
    const Booked b = book(api, u"2026-03-10T08:00:00.000Z"_s); // 12:00
    const Booked c = book(api, u"2026-03-10T08:15:00.000Z"_s); // 12:15
    const Booked d = book(api, u"2026-03-10T08:30:00.000Z"_s); // 12:30
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"events.subscribe"_s);

    advanceClock(*manager, 89 * 60 + 59); // 11:29:59, a second before A's window opens
    CHECK(checkIn(*kiosk, a.code) == u"TOO_EARLY"_s);
    advanceClock(*manager, 1); // 11:30:00: opens
    CHECK(checkIn(*kiosk, a.code) == u"ok"_s);
    advanceClock(*manager, 40 * 60); // 12:10:00: start + lateMin, still open
    CHECK(checkIn(*kiosk, b.code) == u"ok"_s);
    CHECK(stateOf(api, c.id) == u"booked"_s);

    advanceClock(*manager, 15 * 60); // 12:25:00: C's last second of check-in
    CHECK(stateOf(api, c.id) == u"booked"_s);
    advanceClock(*manager, 1); // 12:25:01: C's window closed -> missed at once
    CHECK(stateOf(api, c.id) == u"missed"_s);
    const auto missed = manager->awaitEvent(u"appointment.missed"_s);
    REQUIRE(missed);
    CHECK((*missed)[u"appointment"_s][u"id"_s] == c.id);
    CHECK((*missed)[u"appointment"_s][u"state"_s] == u"missed"_s);
    CHECK(checkIn(*kiosk, c.code) == u"TOO_LATE"_s); // as before the sweep
    CHECK(stateOf(api, d.id) == u"booked"_s);

    const QJsonObject report = api.get("/api/v1/reports/bookings?date=2026-03-10").json();
    CHECK(report[u"bookings"_s] == 4);
    CHECK(report[u"checkedIn"_s] == 2);
    CHECK(report[u"missed"_s] == 1);
    CHECK(report[u"booked"_s] == 1);
    CHECK(report[u"checkInRate"_s].toDouble() == Approx(2.0 / 3));
    CHECK(report[u"missedRate"_s].toDouble() == Approx(1.0 / 3));
    CHECK(bucket(report, u"30-60"_s) == 1); // A: 30 minutes early
    CHECK(bucket(report, u"late"_s) == 1);  // B: 10 minutes late
    CHECK(api.get("/api/v1/reports/bookings?date=10.03.2026").status == 400);

    // Missed is on disk.
    REQUIRE(engine.terminate() == 0);
    REQUIRE(engine.start());
    CHECK(stateOf(api, c.id) == u"missed"_s);
}
