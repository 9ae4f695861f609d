// protocol.md section 5: every method with a valid call, checked against the
// documented result shape (field names and JSON types) and obvious values.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

QJsonObject issue(TestClient &client, const QJsonObject &params)
{
    const QJsonObject ticket =
        okCall(client, u"ticket.issue"_s, params).value(u"ticket"_s).toObject();
    checkTicket(ticket);
    return ticket;
}

QJsonObject ticketOf(TestClient &client, const QString &method, const QJsonObject &params = {})
{
    const QJsonObject result = okCall(client, method, params);
    checkTicket(result.value(u"ticket"_s));
    return result.value(u"ticket"_s).toObject();
}

QJsonObject counterOf(TestClient &client, const QString &method, const QJsonObject &params = {})
{
    const QJsonObject result = okCall(client, method, params);
    checkCounter(result.value(u"counter"_s));
    return result.value(u"counter"_s).toObject();
}

} // namespace

TEST_CASE("session.hello, session.ping and centre.get have the documented shape",
          "[engine][methods]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::running(fixedClockStart()));
    REQUIRE(engine.start());
    TestClient kiosk;
    REQUIRE(kiosk.connectTo(engine.port()));
    const QJsonObject hello = resultOf(kiosk.hello(u"kiosk-1"_s, demoToken(u"kiosk-1"_s)));
    CHECK(hello.value(u"protocol"_s).toInt() == 1);
    CHECK(hello.value(u"server"_s).isString());
    CHECK(hello.value(u"role"_s).toString() == u"kiosk"_s);
    CHECK(hello.value(u"device"_s).toString() == u"kiosk-1"_s);
    const QJsonObject centre = hello.value(u"centre"_s).toObject();
    CHECK(centre.value(u"id"_s).toString() == u"baku-1"_s);
    CHECK(isLocalized(centre.value(u"name"_s)));
    CHECK(centre.value(u"timezone"_s).toString() == u"Asia/Baku"_s);
    CHECK(centre.value(u"languages"_s).toArray() == QJsonArray{u"az"_s, u"en"_s, u"ru"_s});
    CHECK(hello.value(u"serviceDay"_s).toString() == u"2026-03-10"_s);
    CHECK(hello.value(u"seq"_s).isDouble());

    const QJsonObject ping = okCall(kiosk, u"session.ping"_s);
    REQUIRE(isIsoTime(ping.value(u"now"_s)));
    const QDateTime now = QDateTime::fromString(ping.value(u"now"_s).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(now.secsTo(fixedClockStart())) < 60);

    const QJsonObject centreGet = okCall(kiosk, u"centre.get"_s);
    CHECK(centreGet.value(u"centre"_s).toObject().value(u"id"_s).toString() == u"baku-1"_s);
    const QJsonArray categories = centreGet.value(u"categories"_s).toArray();
    CHECK(categories.size() == sampleCentre().value(u"categories"_s).toArray().size());
    for (const auto &c : categories) {
        INFO("category " << c.toObject().value(u"id"_s).toString().toStdString());
        CHECK(c.toObject().value(u"id"_s).isString());
        CHECK(isLocalized(c.toObject().value(u"name"_s)));
        CHECK(c.toObject().value(u"boostMin"_s).isDouble());
    }
    const QJsonArray services = centreGet.value(u"services"_s).toArray();
    CHECK(services.size() == sampleCentre().value(u"services"_s).toArray().size());
    for (const auto &entry : services) {
        const QJsonObject s = entry.toObject();
        INFO("service " << s.value(u"id"_s).toString().toStdString());
        CHECK(s.value(u"id"_s).isString());
        CHECK(s.value(u"prefix"_s).isString());
        CHECK(isLocalized(s.value(u"name"_s)));
        CHECK(s.value(u"group"_s).isString());
        CHECK(s.value(u"targetWaitMin"_s).isDouble());
        CHECK(s.value(u"open"_s) == QJsonValue(true));
    }
    const QJsonArray counters = centreGet.value(u"counters"_s).toArray();
    CHECK(counters.size() == 30);
    for (const auto &c : counters)
        checkCounter(c);
}

TEST_CASE("ticket.issue, ticket.get and ticket.cancel", "[engine][methods]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::running(fixedClockStart()));
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);

    const QJsonObject first = issue(*kiosk, {{u"service"_s, u"passport"_s}});
    CHECK(first.value(u"number"_s).toString() == u"B001"_s);
    CHECK(first.value(u"service"_s).toString() == u"passport"_s);
    CHECK(first.value(u"category"_s).toString() == u"standard"_s);
    CHECK(first.value(u"lang"_s).toString() == u"az"_s);
    CHECK(first.value(u"state"_s).toString() == u"waiting"_s);
    CHECK(first.value(u"counter"_s).isNull());
    CHECK(first.value(u"calledAt"_s).isNull());
    CHECK(first.value(u"appointment"_s).isNull());
    CHECK(first.value(u"recalls"_s).toInt() == 0);
    CHECK(first.value(u"ahead"_s).toInt() == 0);

    const QJsonObject params{{u"service"_s, u"passport"_s},
                             {u"category"_s, u"disability"_s},
                             {u"lang"_s, u"en"_s},
                             {u"requestId"_s, u"req-42"_s}};
    const QJsonObject second = issue(*kiosk, params);
    CHECK(second.value(u"number"_s).toString() == u"B002"_s);
    CHECK(second.value(u"category"_s).toString() == u"disability"_s);
    CHECK(second.value(u"lang"_s).toString() == u"en"_s);
    const QJsonObject retry = issue(*kiosk, params);
    CHECK(retry.value(u"id"_s) == second.value(u"id"_s));
    CHECK(retry.value(u"number"_s).toString() == u"B002"_s);
    CHECK(issue(*kiosk, {{u"service"_s, u"passport"_s}}).value(u"number"_s).toString()
          == u"B003"_s);
    auto kiosk2 = connectAs(engine.port(), u"kiosk-2"_s); // requestId is per device
    const QJsonObject otherDevice = issue(*kiosk2, params);
    CHECK(otherDevice.value(u"id"_s) != second.value(u"id"_s));
    CHECK(otherDevice.value(u"number"_s).toString() == u"B004"_s);

    const QJsonObject got = ticketOf(*kiosk, u"ticket.get"_s, {{u"id"_s, first.value(u"id"_s)}});
    CHECK(got.value(u"number"_s).toString() == u"B001"_s);

    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonObject byManager = issue(*manager, {{u"service"_s, u"idCard"_s}});
    CHECK(byManager.value(u"number"_s).toString() == u"A001"_s);
    const QJsonObject cancelled = ticketOf(
        *manager, u"ticket.cancel"_s, {{u"id"_s, first.value(u"id"_s)}, {u"reason"_s, u"left"_s}});
    CHECK(cancelled.value(u"state"_s).toString() == u"cancelled"_s);
    auto desk = connectAs(engine.port(), u"desk-01"_s);
    const QJsonObject byCounter = ticketOf(*desk, u"ticket.cancel"_s,
                                           {{u"id"_s, byManager.value(u"id"_s)}});
    CHECK(byCounter.value(u"state"_s).toString() == u"cancelled"_s);
}

TEST_CASE("operator and counter methods walk a ticket through its states", "[engine][methods]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::running(fixedClockStart()));
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QJsonObject standard = issue(*kiosk, {{u"service"_s, u"passport"_s}});
    const QJsonObject priority = issue(
        *kiosk, {{u"service"_s, u"passport"_s}, {u"category"_s, u"disability"_s}});

    auto desk = connectAs(engine.port(), u"desk-01"_s);
    const QJsonObject login = okCall(*desk, u"operator.login"_s,
                                     {{u"operator"_s, u"op01"_s}, {u"pin"_s, u"1001"_s}});
    CHECK(login.value(u"operator"_s).toObject().value(u"id"_s).toString() == u"op01"_s);
    CHECK(login.value(u"operator"_s).toObject().value(u"name"_s).toString()
          == u"Aysel Məmmədova"_s);
    QJsonObject counter = counterOf(*desk, u"counter.open"_s, {{u"counter"_s, u"c01"_s}});
    CHECK(counter.value(u"id"_s).toString() == u"c01"_s);
    CHECK(counter.value(u"state"_s).toString() == u"idle"_s);
    CHECK(counter.value(u"operator"_s).toObject().value(u"id"_s).toString() == u"op01"_s);
    CHECK(counter.value(u"ticket"_s).isNull());

    // Section 6: a 30-minute boost beats a standard ticket issued a moment earlier.
    QJsonObject t = ticketOf(*desk, u"counter.callNext"_s);
    CHECK(t.value(u"id"_s) == priority.value(u"id"_s));
    CHECK(t.value(u"state"_s).toString() == u"called"_s);
    CHECK(t.value(u"counter"_s).toString() == u"c01"_s);
    CHECK(isIsoTime(t.value(u"calledAt"_s)));
    CHECK(ticketOf(*desk, u"counter.recall"_s).value(u"recalls"_s).toInt() == 1);
    t = ticketOf(*desk, u"counter.start"_s);
    CHECK(t.value(u"state"_s).toString() == u"serving"_s);
    CHECK(isIsoTime(t.value(u"startedAt"_s)));
    t = ticketOf(*desk, u"counter.finish"_s, {{u"outcome"_s, u"documentIssued"_s}});
    CHECK(t.value(u"state"_s).toString() == u"done"_s);
    CHECK(isIsoTime(t.value(u"endedAt"_s)));

    t = ticketOf(*desk, u"counter.callTicket"_s, {{u"id"_s, standard.value(u"id"_s)}});
    CHECK(t.value(u"id"_s) == standard.value(u"id"_s));
    CHECK(t.value(u"state"_s).toString() == u"called"_s);
    CHECK(ticketOf(*desk, u"counter.park"_s).value(u"state"_s).toString() == u"parked"_s);
    t = ticketOf(*desk, u"counter.callTicket"_s, {{u"id"_s, standard.value(u"id"_s)}});
    CHECK(t.value(u"state"_s).toString() == u"called"_s);
    CHECK(ticketOf(*desk, u"counter.noShow"_s).value(u"state"_s).toString() == u"noShow"_s);

    const QJsonObject third = issue(*kiosk, {{u"service"_s, u"passport"_s}});
    ticketOf(*desk, u"counter.callNext"_s);
    t = ticketOf(*desk, u"counter.transfer"_s,
                 {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"last"_s}});
    CHECK(t.value(u"id"_s) == third.value(u"id"_s));
    CHECK(t.value(u"state"_s).toString() == u"waiting"_s);
    CHECK(t.value(u"service"_s).toString() == u"idCard"_s);
    CHECK(t.value(u"number"_s) == third.value(u"number"_s));
    CHECK(okCall(*desk, u"counter.callNext"_s).value(u"ticket"_s).toObject().value(u"id"_s)
          == third.value(u"id"_s));
    ticketOf(*desk, u"counter.noShow"_s);
    CHECK(okCall(*desk, u"counter.callNext"_s).value(u"ticket"_s).isNull());

    const QJsonObject fourth = issue(*kiosk, {{u"service"_s, u"passport"_s}});
    ticketOf(*desk, u"counter.callNext"_s);
    ticketOf(*desk, u"counter.park"_s);
    t = ticketOf(*desk, u"ticket.cancel"_s,
                 {{u"id"_s, fourth.value(u"id"_s)}}); // parked -> cancelled
    CHECK(t.value(u"state"_s).toString() == u"cancelled"_s);

    counter = counterOf(*desk, u"counter.pause"_s, {{u"reason"_s, u"break"_s}});
    CHECK(counter.value(u"state"_s).toString() == u"paused"_s);
    CHECK(counter.value(u"pauseReason"_s).toString() == u"break"_s);
    counter = counterOf(*desk, u"counter.resume"_s);
    CHECK(counter.value(u"state"_s).toString() == u"idle"_s);
    CHECK(counter.value(u"pauseReason"_s).isNull());
    CHECK(counterOf(*desk, u"counter.close"_s).value(u"state"_s).toString() == u"closed"_s);
    CHECK(okCall(*desk, u"operator.logout"_s).isEmpty());
}

TEST_CASE("queue.snapshot, events.subscribe and stats.today", "[engine][methods]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::running(fixedClockStart()));
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    for (int i = 0; i < 3; ++i)
        issue(*kiosk, {{u"service"_s, u"passport"_s}});
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    const QJsonObject called = ticketOf(*desk, u"counter.callNext"_s);

    const QJsonObject snap = okCall(*kiosk, u"queue.snapshot"_s);
    CHECK(snap.value(u"serviceDay"_s).toString() == u"2026-03-10"_s);
    CHECK(snap.value(u"seq"_s).toInt() > 0);
    QJsonObject passport;
    for (const auto &entry : snap.value(u"services"_s).toArray()) {
        const QJsonObject s = entry.toObject();
        INFO("snapshot service " << s.value(u"id"_s).toString().toStdString());
        CHECK(s.value(u"waitingCount"_s).isDouble());
        CHECK(s.value(u"longestWaitSec"_s).isDouble());
        CHECK(s.value(u"etaSec"_s).isDouble());
        CHECK(s.value(u"waiting"_s).isArray());
        if (s.value(u"id"_s).toString() == u"passport"_s)
            passport = s;
    }
    CHECK(passport.value(u"waitingCount"_s).toInt() == 2);
    REQUIRE(passport.value(u"waiting"_s).toArray().size() == 2);
    for (const auto &t : passport.value(u"waiting"_s).toArray())
        checkTicket(t);
    for (const auto &c : snap.value(u"counters"_s).toArray())
        checkCounter(c);
    const QJsonArray recent = snap.value(u"recentCalls"_s).toArray();
    REQUIRE(recent.size() >= 1);
    const QJsonObject call = recent.first().toObject();
    checkTicket(call.value(u"ticket"_s));
    CHECK(call.value(u"ticket"_s).toObject().value(u"id"_s) == called.value(u"id"_s));
    CHECK((call.value(u"counter"_s).isString() || call.value(u"counter"_s).isObject()));
    CHECK(isIsoTime(call.value(u"at"_s)));

    const QJsonObject sub = okCall(*kiosk, u"events.subscribe"_s);
    CHECK(sub.value(u"seq"_s).toInt() == snap.value(u"seq"_s).toInt());
    CHECK((sub.value(u"replayed"_s).isDouble() || sub.value(u"resync"_s) == QJsonValue(true)));

    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonObject stats = okCall(*manager, u"stats.today"_s);
    REQUIRE(stats.value(u"services"_s).isArray());
    CHECK(stats.value(u"counters"_s).isArray());
    QJsonObject passportStats;
    for (const auto &entry : stats.value(u"services"_s).toArray()) {
        const QJsonObject s = entry.toObject();
        for (const QString &key :
             {u"id"_s, u"issued"_s, u"served"_s, u"noShow"_s, u"waiting"_s, u"avgWaitSec"_s,
              u"maxWaitSec"_s, u"avgServiceSec"_s, u"slaPct"_s}) {
            INFO("stats.today service " << s.value(u"id"_s).toString().toStdString() << " key "
                                        << key.toStdString());
            CHECK(s.contains(key));
        }
        if (s.value(u"id"_s).toString() == u"passport"_s)
            passportStats = s;
    }
    CHECK(passportStats.value(u"issued"_s).toInt() == 3);
    CHECK(passportStats.value(u"waiting"_s).toInt() == 2);
}

TEST_CASE("appointments, feedback.submit and device.report", "[engine][methods]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::running(fixedClockStart()));
    REQUIRE(engine.start());
    auto booking = connectAs(engine.port(), u"booking-web"_s);
    // 10:15 Baku: check-in opens 30 minutes earlier, so it is open at 10:00.
    const QJsonObject booked = okCall(
        *booking, u"appointment.book"_s,
        {{u"service"_s, u"passport"_s},
         {u"start"_s, u"2026-03-10T06:15:00.000Z"_s},
         {u"citizen"_s,
          QJsonObject{{u"name"_s, u"Test Citizen"_s}, {u"phone"_s, u"+994500000000"_s}}}});
    const QJsonObject ap = booked.value(u"appointment"_s).toObject();
    CHECK(ap.value(u"id"_s).isString());
    CHECK(!ap.value(u"code"_s).toString().isEmpty());
    CHECK(ap.value(u"service"_s).toString() == u"passport"_s);
    CHECK(QDateTime::fromString(ap.value(u"start"_s).toString(), Qt::ISODateWithMs)
          == QDateTime::fromString(u"2026-03-10T06:15:00.000Z"_s, Qt::ISODateWithMs));
    CHECK(QDateTime::fromString(ap.value(u"end"_s).toString(), Qt::ISODateWithMs)
          == QDateTime::fromString(u"2026-03-10T06:30:00.000Z"_s, Qt::ISODateWithMs));
    CHECK(ap.value(u"state"_s).isString());

    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonObject other = okCall(*manager, u"appointment.book"_s,
                                     {{u"service"_s, u"passport"_s},
                                      {u"start"_s, u"2026-03-10T07:00:00.000Z"_s}})
                                  .value(u"appointment"_s)
                                  .toObject();
    const QJsonObject cancelled = okCall(*booking, u"appointment.cancel"_s,
                                         {{u"id"_s, other.value(u"id"_s)}});
    CHECK(cancelled.value(u"appointment"_s).toObject().value(u"id"_s) == other.value(u"id"_s));
    CHECK(cancelled.value(u"appointment"_s).toObject().value(u"state"_s)
          != other.value(u"state"_s));

    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QJsonObject ticket = ticketOf(*kiosk, u"appointment.checkin"_s,
                                        {{u"code"_s, ap.value(u"code"_s)}, {u"lang"_s, u"ru"_s}});
    CHECK(ticket.value(u"appointment"_s) == ap.value(u"id"_s));
    CHECK(ticket.value(u"service"_s).toString() == u"passport"_s);
    CHECK(ticket.value(u"lang"_s).toString() == u"ru"_s);

    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    ticketOf(*desk, u"counter.callNext"_s);
    ticketOf(*desk, u"counter.start"_s);
    ticketOf(*desk, u"counter.finish"_s);
    CHECK(
        okCall(*kiosk, u"feedback.submit"_s,
               {{u"ticket"_s, ticket.value(u"id"_s)}, {u"rating"_s, 5}, {u"comment"_s, u"fast"_s}})
            .isEmpty());
    const QJsonObject second = issue(*kiosk, {{u"service"_s, u"passport"_s}});
    ticketOf(*desk, u"counter.callNext"_s);
    ticketOf(*desk, u"counter.start"_s);
    ticketOf(*desk, u"counter.finish"_s);
    CHECK(okCall(*desk, u"feedback.submit"_s,
                 {{u"ticket"_s, second.value(u"id"_s)}, {u"rating"_s, 1}})
              .isEmpty());

    const QJsonObject again = kiosk->call(u"feedback.submit"_s,
                                          {{u"ticket"_s, ticket.value(u"id"_s)}, {u"rating"_s, 1}});
    INFO("second feedback for one ticket: " << describe(again).toStdString());
    CHECK(!isOk(again)); // one per ticket
    CHECK(okCall(*kiosk, u"device.report"_s,
                 {{u"printer"_s,
                   QJsonObject{{u"state"_s, u"paperLow"_s}, {u"detail"_s, u"roll 10%"_s}}}})
              .isEmpty());
    auto display = connectAs(engine.port(), u"display-hall"_s);
    CHECK(okCall(*display, u"device.report"_s).isEmpty());
}

TEST_CASE("ids are echoed as sent and params may be omitted", "[engine][methods]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QList<QJsonValue> ids{
        QJsonValue(u"abc-1"_s),         QJsonValue(u""_s), QJsonValue(0), QJsonValue(-5),
        QJsonValue(9007199254740991.0), QJsonValue(u"9"_s)};
    for (const QJsonValue &id : ids) {
        kiosk->sendJson(
            {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, u"session.ping"_s}});
        REQUIRE(kiosk->waitForMessages(int(kiosk->messages().size()) + 1));
        const QJsonObject answer = kiosk->messages().last();
        INFO(describe(answer).toStdString());
        CHECK(answer.value(u"id"_s) == id);
        CHECK(isOk(answer));
        CHECK(answer.value(u"jsonrpc"_s).toString() == u"2.0"_s);
    }
    CHECK(isOk(kiosk->response(kiosk->send(u"queue.snapshot"_s, {}, false))));
    CHECK(isOk(kiosk->response(kiosk->send(u"centre.get"_s, {}, false))));
    checkError(kiosk->response(kiosk->send(u"ticket.issue"_s, {}, false)), -32602,
               u"INVALID_PARAMS"_s);
    CHECK(kiosk->badLines().isEmpty());
}
