// protocol.md section 2: the counter and appointment error codes, and the
// section 5 rules about counters bound to sessions.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

QJsonObject issue(TestClient &kiosk, const QString &service = u"passport"_s)
{
    return okCall(kiosk, u"ticket.issue"_s, {{u"service"_s, service}})
        .value(u"ticket"_s)
        .toObject();
}

} // namespace

TEST_CASE("NO_OPERATOR, NO_COUNTER and COUNTER_BUSY; a closed connection releases its counter",
          "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QJsonObject ticket = issue(*kiosk);

    auto desk2 = connectAs(engine.port(), u"desk-02"_s);
    checkError(desk2->call(u"counter.open"_s, {{u"counter"_s, u"c01"_s}}), 1022, u"NO_OPERATOR"_s);
    okCall(*desk2, u"operator.login"_s,
           {{u"operator"_s, u"op02"_s}, {u"pin"_s, demoPin(u"op02"_s)}});
    for (const QString &method :
         {u"counter.callNext"_s, u"counter.recall"_s, u"counter.start"_s, u"counter.finish"_s,
          u"counter.noShow"_s, u"counter.park"_s, u"counter.close"_s, u"counter.resume"_s}) {
        INFO(method.toStdString());
        checkError(desk2->call(method), 1021, u"NO_COUNTER"_s);
    }
    checkError(desk2->call(u"counter.pause"_s, {{u"reason"_s, u"break"_s}}), 1021, u"NO_COUNTER"_s);

    auto desk1 = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*desk1, u"counter.callNext"_s);
    checkError(desk2->call(u"counter.open"_s, {{u"counter"_s, u"c01"_s}}), 1020, u"COUNTER_BUSY"_s);

    // Section 5: when the connection closes the counter is released, its ticket stays with it.
    desk1->abort();
    QJsonObject reopened;
    REQUIRE(waitUntil(
        [&] {
            reopened = desk2->call(u"counter.open"_s, {{u"counter"_s, u"c01"_s}});
            return errorCode(reopened) != 1020;
        },
        10000));
    INFO(describe(reopened).toStdString());
    REQUIRE(isOk(reopened));
    const QJsonObject counter = resultOf(reopened).value(u"counter"_s).toObject();
    CHECK(counter.value(u"ticket"_s).toObject().value(u"id"_s) == ticket.value(u"id"_s));
    CHECK(counter.value(u"operator"_s).toObject().value(u"id"_s).toString() == u"op02"_s);
    CHECK(okCall(*desk2, u"counter.start"_s).value(u"ticket"_s).toObject().value(u"id"_s)
          == ticket.value(u"id"_s));
}

TEST_CASE("a second login of an operator ends the first; logout closes the counter",
          "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto first = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    auto second = connectAs(engine.port(), u"desk-02"_s);
    okCall(*second, u"operator.login"_s,
           {{u"operator"_s, u"op01"_s}, {u"pin"_s, demoPin(u"op01"_s)}});
    const int code = errorCode(first->call(u"counter.callNext"_s));
    CHECK((code == 1021 || code == 1022)); // the first session lost its operator and counter
    const QJsonObject counter = okCall(*second, u"counter.open"_s, {{u"counter"_s, u"c01"_s}})
                                    .value(u"counter"_s)
                                    .toObject();
    CHECK(counter.value(u"operator"_s).toObject().value(u"id"_s).toString() == u"op01"_s);
    CHECK(okCall(*second, u"operator.logout"_s).isEmpty());
    for (const auto &c : okCall(*second, u"queue.snapshot"_s).value(u"counters"_s).toArray()) {
        if (c.toObject().value(u"id"_s).toString() == u"c01"_s)
            CHECK(c.toObject().value(u"state"_s).toString() == u"closed"_s);
    }
    checkError(second->call(u"counter.callNext"_s), 1021, u"NO_COUNTER"_s);
}

TEST_CASE("INVALID_STATE for transitions the ticket or counter does not allow", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre()); // maxRecalls 3 in the sample centre
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QJsonObject first = issue(*kiosk);
    const QJsonObject second = issue(*kiosk);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);

    checkError(desk->call(u"counter.start"_s), 1006, u"INVALID_STATE"_s);
    checkError(desk->call(u"counter.recall"_s), 1006, u"INVALID_STATE"_s);
    okCall(*desk, u"counter.callNext"_s);
    checkError(desk->call(u"counter.callNext"_s), 1006, u"INVALID_STATE"_s);
    checkError(desk->call(u"counter.callTicket"_s, {{u"id"_s, second.value(u"id"_s)}}), 1006,
               u"INVALID_STATE"_s);
    checkError(desk->call(u"counter.finish"_s), 1006, u"INVALID_STATE"_s); // called, not serving
    checkError(desk->call(u"counter.close"_s), 1006, u"INVALID_STATE"_s);  // has a current ticket
    checkError(manager->call(u"ticket.cancel"_s, {{u"id"_s, first.value(u"id"_s)}}), 1006,
               u"INVALID_STATE"_s);
    for (int i = 1; i <= 3; ++i)
        CHECK(okCall(*desk, u"counter.recall"_s)
                  .value(u"ticket"_s)
                  .toObject()
                  .value(u"recalls"_s)
                  .toInt()
              == i);
    checkError(desk->call(u"counter.recall"_s), 1006, u"INVALID_STATE"_s); // past maxRecalls
    okCall(*desk, u"counter.start"_s);
    checkError(desk->call(u"counter.noShow"_s), 1006, u"INVALID_STATE"_s); // serving, not called
    checkError(desk->call(u"counter.start"_s), 1006, u"INVALID_STATE"_s);
    okCall(*desk, u"counter.finish"_s);
    checkError(manager->call(u"ticket.cancel"_s, {{u"id"_s, first.value(u"id"_s)}}), 1006,
               u"INVALID_STATE"_s);
    checkError(desk->call(u"counter.callTicket"_s, {{u"id"_s, first.value(u"id"_s)}}), 1006,
               u"INVALID_STATE"_s);
}

TEST_CASE("counter.transfer refuses an unknown service and a bad placement", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    issue(*kiosk);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*desk, u"counter.callNext"_s);
    checkError(desk->call(u"counter.transfer"_s,
                          {{u"service"_s, u"nope"_s}, {u"placement"_s, u"first"_s}}),
               1003, u"UNKNOWN_SERVICE"_s);
    checkError(desk->call(u"counter.transfer"_s,
                          {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"middle"_s}}),
               -32602, u"INVALID_PARAMS"_s);
    checkError(desk->call(u"counter.transfer"_s, {{u"service"_s, u"idCard"_s}}), -32602,
               u"INVALID_PARAMS"_s);
    CHECK(okCall(*desk, u"counter.transfer"_s,
                 {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"first"_s}})
              .value(u"ticket"_s)
              .toObject()
              .value(u"service"_s)
              .toString()
          == u"idCard"_s);
}

TEST_CASE("TOO_EARLY with data.opensAt, then TOO_LATE once the window has passed",
          "[engine][errors]")
{
    EngineProcessOptions options =
        EngineProcessOptions::manual(); // 10:00 Baku, standing still until advanced
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto booking = connectAs(engine.port(), u"booking-web"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    // passport: earlyMin 30, lateMin 10. The 11:00 slot opens for check-in at 10:30.
    const QJsonObject later = okCall(*booking, u"appointment.book"_s,
                                     {{u"service"_s, u"passport"_s},
                                      {u"start"_s, u"2026-03-10T07:00:00.000Z"_s}})
                                  .value(u"appointment"_s)
                                  .toObject();
    const QJsonObject early = kiosk->call(u"appointment.checkin"_s,
                                          {{u"code"_s, later.value(u"code"_s)}});
    checkError(early, 1030, u"TOO_EARLY"_s);
    const QJsonValue opensAt =
        early.value(u"error"_s).toObject().value(u"data"_s).toObject().value(u"opensAt"_s);
    CHECK(isIsoTime(opensAt));
    CHECK(QDateTime::fromString(opensAt.toString(), Qt::ISODateWithMs)
          == QDateTime::fromString(u"2026-03-10T06:30:00.000Z"_s, Qt::ISODateWithMs));

    // The 10:15 slot closes at the latest at 10:40; move the engine clock to 10:45 (test hook).
    const QJsonObject soon = okCall(*booking, u"appointment.book"_s,
                                    {{u"service"_s, u"passport"_s},
                                     {u"start"_s, u"2026-03-10T06:15:00.000Z"_s}})
                                 .value(u"appointment"_s)
                                 .toObject();
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 45 * 60}});
    checkError(kiosk->call(u"appointment.checkin"_s, {{u"code"_s, soon.value(u"code"_s)}}), 1031,
               u"TOO_LATE"_s);
    CHECK(isOk(kiosk->call(u"appointment.checkin"_s, {{u"code"_s, later.value(u"code"_s)}})));
}
