// protocol.md sections 4 and 7 for displays: only ticket.called,
// counter.changed and day.rollover, with reduced tickets — live, in replay,
// and no waiting lists in queue.snapshot.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QStringList DISPLAY_TYPES{u"ticket.called"_s, u"counter.changed"_s, u"day.rollover"_s};

QList<int> seqsOf(const QList<QJsonObject> &events, bool displayTypesOnly)
{
    QList<int> seqs;
    for (const QJsonObject &e : events) {
        if (!displayTypesOnly || DISPLAY_TYPES.contains(e.value(u"type"_s).toString()))
            seqs << e.value(u"seq"_s).toInt();
    }
    return seqs;
}

void checkDisplayEvents(const QList<QJsonObject> &events)
{
    for (const QJsonObject &e : events) {
        INFO("display event " << describe(e).toStdString());
        CHECK(DISPLAY_TYPES.contains(e.value(u"type"_s).toString()));
        checkDisplayEvent(e);
    }
}

void walkTickets(TestClient &kiosk, TestClient &desk)
{
    for (int i = 0; i < 4; ++i)
        okCall(
            kiosk, u"ticket.issue"_s,
            {{u"service"_s, u"passport"_s}, {u"lang"_s, u"en"_s}, {u"category"_s, u"elderly"_s}});
    okCall(desk, u"counter.callNext"_s);
    okCall(desk, u"counter.recall"_s);
    okCall(desk, u"counter.start"_s);
    okCall(desk, u"counter.finish"_s);
    okCall(desk, u"counter.callNext"_s);
    okCall(desk, u"counter.transfer"_s, {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"last"_s}});
    okCall(desk, u"counter.pause"_s, {{u"reason"_s, u"lunch"_s}});
    okCall(desk, u"counter.resume"_s);
    okCall(kiosk, u"device.report"_s, {{u"printer"_s, QJsonObject{{u"state"_s, u"paperOut"_s}}}});
}

} // namespace

TEST_CASE("displays get only their event types with reduced tickets, live and replayed",
          "[engine][events][display]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto display = connectAs(engine.port(), u"display-hall"_s);
    okCall(*display, u"events.subscribe"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    walkTickets(*kiosk, *desk);
    const int end = okCall(*manager, u"queue.snapshot"_s).value(u"seq"_s).toInt();
    REQUIRE(waitUntil([&] { return seqsOf(manager->events(), false).contains(end); }, 10000));
    const QList<int> expected = seqsOf(manager->events(), true);
    REQUIRE(expected.size() >= 5);
    REQUIRE(waitUntil([&] { return seqsOf(display->events(), false).size() >= expected.size(); },
                      10000));
    const QList<int> live = seqsOf(display->events(), false);
    CHECK(live == expected);
    checkDisplayEvents(display->events());

    auto replay = connectAs(engine.port(), u"display-hall"_s);
    const QJsonObject sub = okCall(*replay, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    CHECK(sub.value(u"replayed"_s).toInt() == expected.size());
    REQUIRE(replay->waitForEvents(int(expected.size())));
    CHECK(seqsOf(replay->events(), false) == expected);
    checkDisplayEvents(replay->events());

    const QJsonObject snap = okCall(*display, u"queue.snapshot"_s);
    for (const auto &s : snap.value(u"services"_s).toArray()) {
        INFO("display snapshot service " << describe(s.toObject()).toStdString());
        CHECK_FALSE(s.toObject().contains(u"waiting"_s));
        CHECK(s.toObject().value(u"waitingCount"_s).isDouble());
    }
    for (const auto &c : snap.value(u"counters"_s).toArray())
        checkCounter(c, true);
    const QJsonArray recent = snap.value(u"recentCalls"_s).toArray();
    CHECK(!recent.isEmpty());
    for (const auto &call : recent)
        checkReducedTicket(call.toObject().value(u"ticket"_s));
    checkError(
        display->call(
            u"ticket.get"_s,
            {{u"id"_s, recent.first().toObject().value(u"ticket"_s).toObject().value(u"id"_s)}}),
        1002, u"FORBIDDEN"_s);
}

TEST_CASE("day.rollover reaches displays and numbering restarts", "[engine][events][display]")
{
    // 23:59:30 in Baku on a manual clock; debug.advanceClock moves it past midnight.
    EngineProcessOptions options = EngineProcessOptions::manual(
        QDateTime::fromString(u"2026-03-10T19:59:30Z"_s, Qt::ISODate));
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto display = connectAs(engine.port(), u"display-hall"_s);
    okCall(*display, u"events.subscribe"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    CHECK(okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
              .value(u"ticket"_s)
              .toObject()
              .value(u"number"_s)
              .toString()
          == u"B001"_s);
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 60}});
    REQUIRE(waitUntil(
        [&] {
            for (const QJsonObject &e : display->events()) {
                if (e.value(u"type"_s).toString() == u"day.rollover"_s)
                    return true;
            }
            return false;
        },
        10000));
    checkDisplayEvents(display->events());
    for (const QJsonObject &e : display->events()) {
        if (e.value(u"type"_s).toString() == u"day.rollover"_s)
            CHECK(e.value(u"serviceDay"_s).toString() == u"2026-03-11"_s);
    }
    CHECK(okCall(*kiosk, u"queue.snapshot"_s).value(u"serviceDay"_s).toString() == u"2026-03-11"_s);
    CHECK(okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
              .value(u"ticket"_s)
              .toObject()
              .value(u"number"_s)
              .toString()
          == u"B001"_s);
}
