// stats.operators and devices.list against the engine, on a manual clock:
// the figures of a scripted morning are known to the second.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include "protocol/readmodelcodec.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

OperatorStatsView operators(TestClient &manager)
{
    const std::optional<OperatorStatsView> view = decode<OperatorStatsView>(
        okCall(manager, u"stats.operators"_s));
    REQUIRE(view.has_value());
    return *view;
}

std::optional<DeviceView> device(const DevicesView &view, const QString &id)
{
    for (const DeviceView &d : view.devices) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("stats.operators counts an operator's morning from the journal", "[engine][manager]")
{
    QJsonObject config = alwaysOpenCentre();
    setServiceKey(config, u"passport"_s, u"defaultServiceMin"_s, 10);
    EngineProcess engine(config, EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    CHECK(operators(*manager).operators.empty());

    const QString first = okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
                              .value(u"ticket"_s)[u"id"_s]
                              .toString();
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*desk, u"counter.callNext"_s);
    okCall(*desk, u"counter.start"_s);
    advanceClock(*manager, 300);
    okCall(*desk, u"counter.finish"_s);
    okCall(*desk, u"feedback.submit"_s, {{u"ticket"_s, first}, {u"rating"_s, 4}});
    okCall(*desk, u"counter.callNext"_s);
    okCall(*desk, u"counter.noShow"_s);
    okCall(*desk, u"counter.pause"_s, {{u"reason"_s, u"lunch"_s}});
    advanceClock(*manager, 600);

    const OperatorStatsView view = operators(*manager);
    REQUIRE(view.operators.size() == 1);
    const OperatorKpi &op = view.operators[0];
    CHECK(op.id == u"op01"_s);
    CHECK(op.name == u"Aysel Məmmədova"_s);
    CHECK(op.counter == u"c01"_s);
    CHECK(op.served == 1);
    CHECK(op.noShow == 1);
    CHECK(op.avgServiceSec == 300);
    CHECK(op.normServiceSec == 600);
    CHECK(op.feedbackCount == 1);
    CHECK(op.avgRating == Approx(4.0));
    CHECK(op.pauseSec == 600); // still on lunch: counted up to now
    CHECK(op.pauses == std::vector<PauseTotal>{{u"lunch"_s, 600}});
    CHECK_FALSE(view.serviceDay.isEmpty());
    CHECK(view.seq > 0);

    okCall(*desk, u"counter.resume"_s);
    advanceClock(*manager, 600);
    CHECK(operators(*manager).operators[0].pauseSec == 600); // the lunch is over
}

TEST_CASE("devices.list shows every kiosk, display and desk with its health", "[engine][manager]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto desk = connectAs(engine.port(), u"desk-01"_s);
    okCall(*kiosk, u"device.report"_s,
           {{u"printer"_s, QJsonObject{{u"state"_s, u"paperLow"_s}, {u"detail"_s, u"roll"_s}}}});

    const std::optional<DevicesView> view = decode<DevicesView>(
        okCall(*manager, u"devices.list"_s));
    REQUIRE(view.has_value());
    CHECK(view->devices.size() == 3 + 3 + 30); // kiosks, displays, desks
    CHECK_FALSE(device(*view, u"dashboard-1"_s).has_value());
    const std::optional<DeviceView> k1 = device(*view, u"kiosk-1"_s);
    REQUIRE(k1.has_value());
    CHECK(k1->role == u"kiosk"_s);
    CHECK(k1->online);
    CHECK(k1->connections == 1);
    REQUIRE(k1->printer.has_value());
    CHECK(k1->printer->state == u"paperLow"_s);
    CHECK(k1->printer->detail == u"roll"_s);
    CHECK(k1->lastSeen.isValid());
    const std::optional<DeviceView> d1 = device(*view, u"desk-01"_s);
    REQUIRE(d1.has_value());
    CHECK(d1->role == u"counter"_s);
    CHECK(d1->online);
    const std::optional<DeviceView> hall = device(*view, u"display-hall"_s);
    REQUIRE(hall.has_value());
    CHECK_FALSE(hall->online);
    CHECK_FALSE(hall->lastSeen.isValid());

    kiosk->disconnectFromHost();
    REQUIRE(kiosk->waitForDisconnect());
    REQUIRE(waitUntil([&] {
        const auto again = decode<DevicesView>(okCall(*manager, u"devices.list"_s));
        return again && !device(*again, u"kiosk-1"_s)->online;
    }));
}

TEST_CASE("stats.range counts past days from the journal, cut at a time of day",
          "[engine][manager]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QString day = okCall(*manager, u"stats.today"_s).value(u"serviceDay"_s).toString();
    const QTime start = fixedClockStart().toTimeZone(QTimeZone("Asia/Baku")).time();
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    advanceClock(*manager, 20 * 60);
    okCall(*desk, u"counter.callNext"_s);
    okCall(*desk, u"counter.start"_s);
    advanceClock(*manager, 5 * 60);
    okCall(*desk, u"counter.finish"_s);
    advanceClock(*manager, 24 * 3600); // the next day: the journal holds yesterday
    const QDate next = QDate::fromString(day, Qt::ISODate).addDays(1);
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});

    auto range = [&](const QJsonObject &params) {
        const std::optional<RangeStatsView> view = decode<RangeStatsView>(
            okCall(*manager, u"stats.range"_s, params));
        REQUIRE(view.has_value());
        return *view;
    };
    auto passport = [](const RangeStatsView &v) {
        for (const ServiceKpi &s : v.kpis.services) {
            if (s.id == u"passport"_s)
                return s;
        }
        FAIL("no passport row");
        return ServiceKpi{};
    };
    const RangeStatsView whole = range({{u"from"_s, day}, {u"to"_s, day}});
    CHECK(whole.days == 1);
    CHECK(passport(whole).issued == 2);
    CHECK(passport(whole).served == 1);
    CHECK(passport(whole).avgWaitSec == 20 * 60);
    CHECK(passport(whole).avgServiceSec == 5 * 60);
    // At 10 minutes past the start nobody had been called: both were waiting.
    const QString cut = start.addSecs(10 * 60).toString(u"HH:mm"_s);
    const RangeStatsView early = range({{u"from"_s, day}, {u"to"_s, day}, {u"untilTime"_s, cut}});
    CHECK(early.untilTime == cut);
    CHECK(passport(early).issued == 2);
    CHECK(passport(early).served == 0);
    CHECK(passport(early).waiting == 2);
    const RangeStatsView both = range({{u"from"_s, day}, {u"to"_s, next.toString(Qt::ISODate)}});
    CHECK(both.days == 2);
    CHECK(passport(both).issued == 3);

    for (const QJsonObject &bad :
         {QJsonObject{{u"from"_s, u"2026-13-01"_s}, {u"to"_s, day}},
          QJsonObject{{u"from"_s, day}, {u"to"_s, u"2000-01-01"_s}},
          QJsonObject{{u"from"_s, day}, {u"to"_s, day}, {u"untilTime"_s, u"25:00"_s}},
          QJsonObject{{u"from"_s, u"2024-01-01"_s}, {u"to"_s, u"2026-01-01"_s}},
          QJsonObject{{u"to"_s, day}}}) {
        checkError(manager->call(u"stats.range"_s, bad), -32602, u"INVALID_PARAMS"_s);
    }
}
