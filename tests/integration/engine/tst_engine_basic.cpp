// Basic end-to-end checks of the real novbe-engine binary over loopback TCP:
// start/hello/stop, a call reaching a display, restart recovery.

#include "engineprocess.h"
#include "testclient.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

QJsonObject issue(TestClient &kiosk, const QString &service)
{
    return resultOf(kiosk.call(u"ticket.issue"_s, {{u"service"_s, service}}))
        .value(u"ticket"_s)
        .toObject();
}

int waitingCount(TestClient &client, const QString &service)
{
    const QJsonObject snapshot = resultOf(client.call(u"queue.snapshot"_s));
    for (const QJsonValue &s : snapshot.value(u"services"_s).toArray()) {
        if (s.toObject().value(u"id"_s).toString() == service)
            return s.toObject().value(u"waitingCount"_s).toInt();
    }
    return -1;
}

} // namespace

TEST_CASE("engine starts, says hello and exits 0 on SIGTERM", "[engine]")
{
    EngineProcess engine;
    REQUIRE(engine.start());
    TestClient kiosk;
    REQUIRE(kiosk.connectTo(engine.port()));
    CHECK(errorCode(kiosk.call(u"queue.snapshot"_s)) == 1001);
    const QJsonObject answer = kiosk.hello(u"kiosk-1"_s);
    REQUIRE(isOk(answer));
    const QJsonObject hello = resultOf(answer);
    CHECK(hello.value(u"protocol"_s).toInt() == 1);
    CHECK(hello.value(u"role"_s).toString() == u"kiosk"_s);
    CHECK(hello.value(u"centre"_s).toObject().value(u"timezone"_s).toString() == u"Asia/Baku"_s);
    CHECK(engine.terminate() == 0);
    CHECK(kiosk.waitForDisconnect());
}

TEST_CASE("a called ticket reaches a subscribed display, reduced", "[engine]")
{
    EngineProcess engine;
    REQUIRE(engine.start());
    TestClient kiosk, display, desk;
    REQUIRE(kiosk.connectTo(engine.port()));
    REQUIRE(display.connectTo(engine.port()));
    REQUIRE(desk.connectTo(engine.port()));
    REQUIRE(isOk(kiosk.hello(u"kiosk-1"_s)));
    REQUIRE(isOk(display.hello(u"display-hall"_s)));
    REQUIRE(isOk(desk.hello(u"desk-01"_s)));
    REQUIRE(resultOf(display.call(u"events.subscribe"_s)).contains(u"seq"_s));
    REQUIRE(desk.openCounter(u"op01"_s, u"c01"_s));

    const QJsonObject ticket = issue(kiosk, u"passport"_s);
    REQUIRE(ticket.value(u"state"_s).toString() == u"waiting"_s);
    const QJsonObject called =
        resultOf(desk.call(u"counter.callNext"_s)).value(u"ticket"_s).toObject();
    CHECK(called.value(u"id"_s) == ticket.value(u"id"_s));
    CHECK(called.value(u"state"_s).toString() == u"called"_s);

    const auto event = display.awaitEvent(u"ticket.called"_s);
    REQUIRE(event);
    const QJsonObject shown = event->value(u"ticket"_s).toObject();
    CHECK(shown.value(u"number"_s) == ticket.value(u"number"_s));
    CHECK(shown.value(u"counter"_s).toString() == u"c01"_s);
    const QStringList reduced{u"counter"_s, u"id"_s,      u"number"_s,
                              u"recalls"_s, u"service"_s, u"state"_s};
    CHECK(shown.keys() == reduced);
    CHECK(event->value(u"counter"_s).toObject().value(u"id"_s).toString() == u"c01"_s);
    for (const QJsonObject &e : display.pendingEvents()) {
        const QString type = e.value(u"type"_s).toString();
        CHECK((type == u"counter.changed"_s || type == u"ticket.called"_s));
    }
}

TEST_CASE("a restart keeps the queue, the numbers and seq", "[engine]")
{
    EngineProcess engine;
    REQUIRE(engine.start());
    QString lastNumber;
    qint64 seqBefore = 0;
    {
        TestClient kiosk;
        REQUIRE(kiosk.connectTo(engine.port()));
        REQUIRE(isOk(kiosk.hello(u"kiosk-1"_s)));
        for (int i = 0; i < 3; ++i)
            lastNumber = issue(kiosk, u"idCard"_s).value(u"number"_s).toString();
        REQUIRE(waitingCount(kiosk, u"idCard"_s) == 3);
        seqBefore = resultOf(kiosk.call(u"queue.snapshot"_s)).value(u"seq"_s).toInteger();
    }
    REQUIRE(engine.terminate() == 0);
    REQUIRE(engine.start());

    TestClient kiosk;
    REQUIRE(kiosk.connectTo(engine.port()));
    const QJsonObject answer = kiosk.hello(u"kiosk-1"_s);
    REQUIRE(isOk(answer));
    CHECK(resultOf(answer).value(u"seq"_s).toInteger() > seqBefore);
    CHECK(waitingCount(kiosk, u"idCard"_s) == 3);
    const QString next = issue(kiosk, u"idCard"_s).value(u"number"_s).toString();
    CHECK(next.right(3).toInt() == lastNumber.right(3).toInt() + 1);

    const QJsonObject replay = resultOf(kiosk.call(u"events.subscribe"_s, {{u"sinceSeq"_s, 0}}));
    const qint64 last = replay.value(u"seq"_s).toInteger();
    CHECK(replay.value(u"replayed"_s).toInteger() == last);
    for (qint64 seq = 1; seq <= last; ++seq) {
        const auto event = kiosk.awaitEvent();
        REQUIRE(event);
        CHECK(event->value(u"seq"_s).toInteger() == seq);
    }
}

TEST_CASE("a killed engine loses no acknowledged ticket", "[engine]")
{
    EngineProcess engine;
    REQUIRE(engine.start());
    QStringList acknowledged;
    {
        TestClient kiosk;
        REQUIRE(kiosk.connectTo(engine.port()));
        REQUIRE(isOk(kiosk.hello(u"kiosk-2"_s)));
        for (int i = 0; i < 5; ++i)
            acknowledged << issue(kiosk, u"notary"_s).value(u"id"_s).toString();
    }
    engine.kill();
    REQUIRE(engine.start());
    TestClient manager;
    REQUIRE(manager.connectTo(engine.port()));
    REQUIRE(isOk(manager.hello(u"dashboard-1"_s)));
    for (const QString &id : acknowledged) {
        const QJsonObject got = manager.call(u"ticket.get"_s, {{u"id"_s, id}});
        CHECK(resultOf(got).value(u"ticket"_s).toObject().value(u"state"_s).toString()
              == u"waiting"_s);
    }
}

TEST_CASE("a failed commit answers STORAGE_UNAVAILABLE and writes resume", "[engine]")
{
    EngineProcess engine;
    REQUIRE(engine.start());
    TestClient manager;
    REQUIRE(manager.connectTo(engine.port()));
    REQUIRE(isOk(manager.hello(u"dashboard-1"_s)));
    REQUIRE(resultOf(manager.call(u"events.subscribe"_s)).contains(u"seq"_s));
    REQUIRE(manager.call(u"debug.setMaxPageCount"_s, {{u"pages"_s, 1}}).contains(u"result"_s));

    QString lastNumber;
    QJsonObject failed;
    for (int i = 0; i < 3000 && failed.isEmpty(); ++i) {
        // Long request ids fill the capped file before the daily limit is reached.
        const QJsonObject response = manager.call(
            u"ticket.issue"_s,
            {{u"service"_s, u"photo"_s},
             {u"category"_s, u"standard"_s},
             {u"requestId"_s, QString(QString(120, u'r') + QString::number(i))}});
        if (response.contains(u"error"_s))
            failed = response;
        else
            lastNumber =
                resultOf(response).value(u"ticket"_s).toObject().value(u"number"_s).toString();
    }
    REQUIRE(errorCode(failed) == 1008);
    CHECK(errorReason(failed) == u"STORAGE_UNAVAILABLE"_s);
    const QJsonObject snapshot = resultOf(manager.call(u"queue.snapshot"_s));
    REQUIRE(snapshot.contains(u"seq"_s));
    const qint64 seqAfterFailure = snapshot.value(u"seq"_s).toInteger();
    CHECK(waitingCount(manager, u"photo"_s) == lastNumber.right(3).toInt());

    REQUIRE(manager.call(u"debug.setMaxPageCount"_s, {{u"pages"_s, 0}}).contains(u"result"_s));
    const QJsonObject next = issue(manager, u"photo"_s);
    CHECK(next.value(u"number"_s).toString().right(3).toInt() == lastNumber.right(3).toInt() + 1);
    const auto issued = manager.awaitEvent(u"ticket.issued"_s);
    REQUIRE(issued);
    // Earlier tickets' events come first; the new ticket's event continues seq with no gap.
    std::optional<QJsonObject> last = issued;
    while (last && last->value(u"ticket"_s).toObject().value(u"id"_s) != next.value(u"id"_s))
        last = manager.awaitEvent(u"ticket.issued"_s);
    REQUIRE(last);
    CHECK(last->value(u"seq"_s).toInteger() == seqAfterFailure + 1);
}
