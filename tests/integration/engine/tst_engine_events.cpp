// protocol.md sections 3 and 7: events in seq order, gap-free; replay after
// events.subscribe {sinceSeq} without gap or duplicate; resync.

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

int seqOf(const QJsonObject &event)
{
    return event.value(u"seq"_s).toInt();
}

int lastSeq(TestClient &client)
{
    return okCall(client, u"queue.snapshot"_s).value(u"seq"_s).toInt();
}

bool waitForSeq(TestClient &client, int seq, int timeoutMs = 20000)
{
    return waitUntil(
        [&] { return !client.events().isEmpty() && seqOf(client.events().last()) >= seq; },
        timeoutMs);
}

void checkEventShape(const QJsonObject &e)
{
    INFO("event " << describe(e).toStdString());
    CHECK(e.value(u"seq"_s).toInt() > 0);
    CHECK(isIsoTime(e.value(u"at"_s)));
    const QString type = e.value(u"type"_s).toString();
    if (type.startsWith(u"ticket."_s))
        checkTicket(e.value(u"ticket"_s));
    if (type == u"ticket.called"_s) {
        CHECK(e.value(u"counter"_s).toObject().value(u"id"_s).isString());
        CHECK(isLocalized(e.value(u"counter"_s).toObject().value(u"name"_s)));
        CHECK(e.value(u"recall"_s).isBool());
    } else if (type == u"ticket.transferred"_s) {
        CHECK(e.value(u"from"_s).isString());
    } else if (type == u"queue.changed"_s) {
        CHECK(e.value(u"service"_s).isString());
        CHECK(e.value(u"waitingCount"_s).isDouble());
        CHECK(e.value(u"etaSec"_s).isDouble());
    } else if (type == u"counter.changed"_s) {
        checkCounter(e.value(u"counter"_s));
    } else if (type == u"device.changed"_s) {
        CHECK(e.value(u"device"_s).isString());
        CHECK(e.value(u"online"_s).isBool());
    } else if (type == u"day.rollover"_s) {
        CHECK(e.value(u"serviceDay"_s).isString());
    } else {
        CHECK(QStringList{u"ticket.issued"_s, u"ticket.serving"_s, u"ticket.finished"_s,
                          u"ticket.noShow"_s, u"ticket.parked"_s, u"ticket.cancelled"_s}
                  .contains(type));
    }
}

// Issues tickets (pipelined), then, once they are in the queue, calls, serves,
// transfers, parks and cancels (pipelined; not awaited). The engine keeps each
// connection's order, not an order between connections: the desk waits for
// the kiosk's tickets.
qint64 drive(TestClient &kiosk, TestClient &desk, int tickets)
{
    qint64 last = 0;
    for (int i = 0; i < tickets; ++i)
        last = kiosk.send(u"ticket.issue"_s, {{u"service"_s, i % 2 ? u"passport"_s : u"idCard"_s}});
    REQUIRE(!kiosk.response(last, 20000).isEmpty());
    for (const QString &m : {u"counter.callNext"_s, u"counter.recall"_s, u"counter.start"_s,
                             u"counter.finish"_s, u"counter.callNext"_s, u"counter.park"_s,
                             u"counter.callNext"_s, u"counter.noShow"_s, u"counter.callNext"_s})
        desk.send(m);
    desk.send(u"counter.transfer"_s,
              {{u"service"_s, u"residence"_s}, {u"placement"_s, u"first"_s}});
    return last;
}

} // namespace

TEST_CASE("events arrive in seq order, gap-free, after the change is visible", "[engine][events]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonObject sub = okCall(*manager, u"events.subscribe"_s);
    const int start = sub.value(u"seq"_s).toInt();
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    drive(*kiosk, *desk, 30);
    REQUIRE(kiosk->waitForMessages(31, 20000));
    REQUIRE(desk->waitForMessages(13, 20000));
    const int end = lastSeq(*manager);
    REQUIRE(waitForSeq(*manager, end));
    const QList<QJsonObject> &events = manager->events();
    REQUIRE(!events.isEmpty());
    CHECK(seqOf(events.first()) == start + 1);
    for (int i = 1; i < events.size(); ++i) {
        INFO("event " << i << " seq " << seqOf(events[i]) << " after " << seqOf(events[i - 1]));
        CHECK(seqOf(events[i]) == seqOf(events[i - 1]) + 1);
    }
    CHECK(seqOf(events.last()) == end);
    QStringList types;
    for (const QJsonObject &e : events) {
        checkEventShape(e);
        types << e.value(u"type"_s).toString();
    }
    for (const QString &type :
         {u"ticket.issued"_s, u"ticket.called"_s, u"ticket.serving"_s, u"ticket.finished"_s,
          u"ticket.parked"_s, u"ticket.noShow"_s, u"ticket.transferred"_s, u"queue.changed"_s,
          u"counter.changed"_s, u"device.changed"_s})
        CHECK(types.contains(type));
    QList<bool> recallFlags;
    for (const QJsonObject &e : events) {
        const QString type = e.value(u"type"_s).toString();
        if (type == u"ticket.called"_s)
            recallFlags << e.value(u"recall"_s).toBool();
        if (type == u"ticket.transferred"_s) {
            CHECK(e.value(u"ticket"_s).toObject().value(u"service"_s).toString() == u"residence"_s);
            CHECK(QStringList{u"passport"_s, u"idCard"_s}.contains(e.value(u"from"_s).toString()));
        }
    }
    CHECK(recallFlags.contains(true));  // counter.recall
    CHECK(recallFlags.contains(false)); // counter.callNext
    CHECK(manager->badLines().isEmpty());
    // An event describes a committed change: the ticket it names can be read back.
    for (const QJsonObject &e : events) {
        if (e.value(u"type"_s).toString() == u"ticket.issued"_s)
            CHECK(isOk(kiosk->call(u"ticket.get"_s,
                                   {{u"id"_s, e.value(u"ticket"_s).toObject().value(u"id"_s)}})));
    }
}

TEST_CASE("subscribe with sinceSeq replays exactly the missed events, then goes live",
          "[engine][events]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto witness = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*witness, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    drive(*kiosk, *desk, 20);
    REQUIRE(desk->waitForMessages(13, 20000));
    const int missedFrom = lastSeq(*kiosk) - 15; // the late client saw events up to here

    // The late client subscribes while a burst of new changes is being committed.
    auto late = connectAs(engine.port(), u"kiosk-2"_s);
    const qint64 lastIssue = drive(*kiosk, *desk, 60);
    const QJsonObject sub = okCall(*late, u"events.subscribe"_s, {{u"sinceSeq"_s, missedFrom}});
    REQUIRE(!kiosk->response(lastIssue, 20000).isEmpty());
    REQUIRE(desk->waitForMessages(23, 20000));
    const int end = lastSeq(*kiosk);
    REQUIRE(waitForSeq(*witness, end));
    REQUIRE(waitForSeq(*late, end));

    QList<QJsonObject> expected;
    for (const QJsonObject &e : witness->events()) {
        if (seqOf(e) > missedFrom)
            expected << e;
    }
    const QList<QJsonObject> got = late->events();
    REQUIRE(got.size() == expected.size()); // no gap, no duplicate
    for (int i = 0; i < got.size(); ++i) {
        INFO("event " << i << ": " << describe(got[i]).toStdString() << "\nexpected "
                      << describe(expected[i]).toStdString());
        CHECK(seqOf(got[i]) == seqOf(expected[i]));
        CHECK(got[i] == expected[i]);
    }
    CHECK(sub.value(u"seq"_s).toInt() >= missedFrom + 15);
    const int replayed = sub.value(u"replayed"_s).toInt(-1);
    CHECK(replayed == sub.value(u"seq"_s).toInt() - missedFrom);
}

TEST_CASE("subscribe answers resync:true for a sinceSeq the engine does not hold",
          "[engine][events]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    const int seq = lastSeq(*kiosk);
    const QJsonObject resync = okCall(*kiosk, u"events.subscribe"_s, {{u"sinceSeq"_s, seq + 1000}});
    CHECK(resync.value(u"resync"_s) == QJsonValue(true));
    CHECK(resync.value(u"seq"_s).toInt() == seq);

    auto current = connectAs(engine.port(), u"kiosk-2"_s);
    const int now = lastSeq(*current);
    const QJsonObject none = okCall(*current, u"events.subscribe"_s, {{u"sinceSeq"_s, now}});
    CHECK(none.value(u"replayed"_s) == QJsonValue(0));
    CHECK(none.value(u"resync"_s) != QJsonValue(true));
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    REQUIRE(current->waitForEvents(1));
    CHECK(seqOf(current->events().first()) == now + 1);
}
