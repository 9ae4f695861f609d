// EngineClient against a scripted peer on loopback: hello, calls matched by
// id, local failures, events, resubscription, reconnect backoff, watchdog.

#include "scriptedengine.h"

#include "client/engineclient.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

ClientTimings fastTimings()
{
    ClientTimings t;
    t.pingIntervalMs = 100;
    t.deadAfterMs = 400;
    t.connectTimeoutMs = 1000;
    t.backoffMinMs = 50;
    t.backoffMaxMs = 400;
    return t;
}

struct Fixture
{
    ScriptedEngine engine;
    EngineClient client;

    Fixture()
    {
        REQUIRE(engine.listen());
        client.setEndpoint(u"127.0.0.1"_s, engine.port());
        client.setCredentials(u"kiosk-1"_s, u"secret"_s, u"test-client"_s);
        client.setTimings(fastTimings());
    }

    void startReady()
    {
        QSignalSpy ready(&client, &EngineClient::ready);
        client.start();
        REQUIRE(ready.wait(5000));
        REQUIRE(client.isReady());
    }

    // Runs the call and waits for its one reply.
    RpcReply callAndWait(const QString &method, const QJsonObject &params = {},
                         int timeoutMs = 5000)
    {
        auto replies = std::make_shared<std::vector<RpcReply>>();
        client.call(
            method, params, [replies](const RpcReply &r) { replies->push_back(r); }, timeoutMs);
        REQUIRE(QTest::qWaitFor([&] { return !replies->empty(); }, timeoutMs + 3000));
        QTest::qWait(0);
        REQUIRE(replies->size() == 1);
        return replies->front();
    }
};

QJsonObject event(qint64 seq)
{
    return {
        {u"seq"_s, seq}, {u"type"_s, u"queue.changed"_s}, {u"at"_s, u"2026-11-28T09:00:00.000Z"_s}};
}

std::vector<qint64> seqs(const QSignalSpy &spy)
{
    std::vector<qint64> out;
    for (const QList<QVariant> &args : spy)
        out.push_back(args.at(0).toJsonObject().value(u"seq"_s).toInteger());
    return out;
}

} // namespace

TEST_CASE("client says hello and becomes ready", "[client]")
{
    Fixture f;
    QSignalSpy states(&f.client, &EngineClient::stateChanged);
    f.engine.setHelloSeq(42);
    f.startReady();
    REQUIRE(f.engine.requestsOf(u"session.hello"_s).size() == 1);
    const QJsonObject hello = f.engine.requestsOf(u"session.hello"_s).first().params;
    CHECK(hello.value(u"protocol"_s) == QJsonValue(1));
    CHECK(hello.value(u"device"_s) == QJsonValue(u"kiosk-1"_s));
    CHECK(hello.value(u"token"_s) == QJsonValue(u"secret"_s));
    CHECK(hello.value(u"client"_s) == QJsonValue(u"test-client"_s));
    CHECK(f.client.helloResult().value(u"seq"_s) == QJsonValue(42));
    REQUIRE(states.size() == 2);
    CHECK(states.at(0).at(0).value<EngineClient::State>() == EngineClient::State::Connecting);
    CHECK(states.at(1).at(0).value<EngineClient::State>() == EngineClient::State::Ready);
}

TEST_CASE("a call before ready fails from the event loop", "[client]")
{
    Fixture f;
    bool called = false;
    RpcReply reply;
    f.client.call(u"ticket.issue"_s, {}, [&](const RpcReply &r) {
        called = true;
        reply = r;
    });
    CHECK_FALSE(called); // never inside call()
    REQUIRE(QTest::qWaitFor([&] { return called; }, 2000));
    CHECK_FALSE(reply.ok);
    CHECK(reply.error.code == LOCAL_ERROR_CODE);
    CHECK(reply.error.reason == clientreason::NOT_CONNECTED);
    CHECK(reply.error.message == u"not connected to the engine"_s);
}

TEST_CASE("answers are matched to calls by id, in any order", "[client]")
{
    Fixture f;
    std::optional<Request> held;
    f.engine.setHandler(u"a.slow"_s, [&](const Request &r) {
        held = r;
        return QJsonObject();
    });
    f.engine.setHandler(u"a.fast"_s, [&](const Request &r) {
        const QJsonObject fast = ScriptedEngine::ok(r, {{u"who"_s, u"fast"_s}});
        const QJsonObject slow = ScriptedEngine::ok(*held, {{u"who"_s, u"slow"_s}});
        // Both answers in one write, the later request's first.
        f.engine.writeRaw(encodeLine(fast) + encodeLine(slow));
        return QJsonObject();
    });
    f.engine.setHandler(u"a.bad"_s, [](const Request &r) {
        return ScriptedEngine::fail(r, makeWireError(1006, u"not now"_s));
    });
    f.startReady();
    std::vector<QString> order;
    f.client.call(u"a.slow"_s, {},
                  [&](const RpcReply &r) { order.push_back(r.result.value(u"who"_s).toString()); });
    f.client.call(u"a.fast"_s, {},
                  [&](const RpcReply &r) { order.push_back(r.result.value(u"who"_s).toString()); });
    REQUIRE(QTest::qWaitFor([&] { return order.size() == 2; }, 3000));
    CHECK(order == std::vector<QString>{u"fast"_s, u"slow"_s});

    const RpcReply bad = f.callAndWait(u"a.bad"_s);
    CHECK_FALSE(bad.ok);
    CHECK(bad.error.code == 1006);
    CHECK(bad.error.reason == u"INVALID_STATE"_s);
    CHECK(bad.error.message == u"not now"_s);
}

TEST_CASE("answers split into single bytes still arrive", "[client]")
{
    Fixture f;
    f.engine.setHandler(u"x.split"_s, [&](const Request &r) {
        const QByteArray line = encodeLine(ScriptedEngine::ok(r, {{u"n"_s, 7}}));
        for (const char byte : line)
            f.engine.writeRaw(QByteArray(1, byte));
        return QJsonObject();
    });
    f.startReady();
    const RpcReply reply = f.callAndWait(u"x.split"_s);
    CHECK(reply.ok);
    CHECK(reply.result.value(u"n"_s) == QJsonValue(7));
}

TEST_CASE("an unanswered call times out; the connection stays", "[client]")
{
    Fixture f;
    f.engine.setHandler(u"x.never"_s, [](const Request &) { return QJsonObject(); });
    f.startReady();
    QElapsedTimer clock;
    clock.start();
    const RpcReply reply = f.callAndWait(u"x.never"_s, {}, 150);
    CHECK(clock.elapsed() >= 150);
    CHECK_FALSE(reply.ok);
    CHECK(reply.error.reason == clientreason::TIMEOUT);
    CHECK(reply.error.message.contains(u"x.never"_s));
    CHECK(f.client.isReady());
    CHECK(f.callAndWait(u"session.ping"_s).ok);
}

TEST_CASE("a lost connection fails pending calls and reconnects", "[client]")
{
    Fixture f;
    f.engine.setHandler(u"x.never"_s, [](const Request &) { return QJsonObject(); });
    f.startReady();
    QSignalSpy lost(&f.client, &EngineClient::connectionLost);
    QSignalSpy ready(&f.client, &EngineClient::ready);
    std::optional<RpcReply> reply;
    f.client.call(u"x.never"_s, {}, [&](const RpcReply &r) { reply = r; });
    QSignalSpy received(&f.engine, &ScriptedEngine::requestReceived);
    REQUIRE(QTest::qWaitFor([&] { return !f.engine.requestsOf(u"x.never"_s).isEmpty(); }, 3000));
    f.engine.dropConnections();
    REQUIRE(QTest::qWaitFor([&] { return reply.has_value(); }, 3000));
    CHECK(reply->error.reason == clientreason::DISCONNECTED);
    CHECK(lost.size() == 1);
    REQUIRE(ready.wait(5000));
    CHECK(f.engine.requestsOf(u"session.hello"_s).size() == 2);
}

TEST_CASE("reconnect delays double up to the cap and reset after success", "[client]")
{
    Fixture f;
    f.engine.setCloseOnAccept(true);
    QSignalSpy accepted(&f.engine, &ScriptedEngine::connectionAccepted);
    f.client.start();
    REQUIRE(QTest::qWaitFor([&] { return accepted.size() >= 6; }, 10000));
    const QList<qint64> t = f.engine.acceptTimesMs;
    const std::vector<qint64> expected = {50, 100, 200, 400, 400};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const qint64 gap = t.at(qsizetype(i) + 1) - t.at(qsizetype(i));
        INFO("gap " << i << " = " << gap << " ms");
        CHECK(gap >= expected[i] - 5);
        CHECK(gap < expected[i] + 400);
    }
    // A good session resets the delay to the minimum.
    QSignalSpy ready(&f.client, &EngineClient::ready);
    f.engine.setCloseOnAccept(false);
    REQUIRE(ready.wait(5000));
    const qint64 before = f.engine.acceptTimesMs.size();
    QElapsedTimer clock;
    clock.start();
    f.engine.dropConnections();
    REQUIRE(ready.wait(5000));
    CHECK(f.engine.acceptTimesMs.size() == before + 1);
    CHECK(clock.elapsed() < 400);
}

TEST_CASE("the watchdog pings and declares a silent engine dead", "[client]")
{
    Fixture f;
    f.startReady();
    QSignalSpy lost(&f.client, &EngineClient::connectionLost);
    // Answered pings keep the link up well past deadAfterMs.
    CHECK_FALSE(lost.wait(1200));
    CHECK(f.engine.requestsOf(u"session.ping"_s).size() >= 5);
    QElapsedTimer clock;
    clock.start();
    f.engine.setSilent(true);
    REQUIRE(lost.wait(3000));
    // Dead within deadAfterMs (+ one watchdog tick) of the last pong, which
    // came at most one ping interval before the engine fell silent.
    CHECK(clock.elapsed() >= 400 - 100 - 20);
    CHECK(clock.elapsed() < 400 + 600);
}

TEST_CASE("subscribe takes a snapshot, then events once and in order", "[client]")
{
    Fixture f;
    f.engine.setHandler(u"queue.snapshot"_s, [](const Request &r) {
        return ScriptedEngine::ok(r, {{u"seq"_s, 10}, {u"services"_s, QJsonArray()}});
    });
    f.engine.setHandler(u"events.subscribe"_s, [](const Request &r) {
        return ScriptedEngine::ok(r, {{u"seq"_s, 10}, {u"replayed"_s, 0}});
    });
    f.engine.setHelloSeq(100); // the engine's current seq, ahead of what we saw
    QSignalSpy snapshots(&f.client, &EngineClient::snapshotReceived);
    QSignalSpy subscribed(&f.client, &EngineClient::subscribed);
    QSignalSpy events(&f.client, &EngineClient::eventReceived);
    f.client.subscribe(); // before start: waits for ready
    f.startReady();
    REQUIRE(subscribed.wait(3000));
    REQUIRE(snapshots.size() == 1);
    CHECK(f.client.lastSeq() == 10);
    const QList<Request> subs = f.engine.requestsOf(u"events.subscribe"_s);
    REQUIRE(subs.size() == 1);
    CHECK(subs.first().params.value(u"sinceSeq"_s) == QJsonValue(10));

    for (const qint64 seq : {9, 11, 12, 12, 10, 13})
        f.engine.pushEvent(event(seq));
    REQUIRE(QTest::qWaitFor([&] { return events.size() >= 3; }, 3000));
    QTest::qWait(50);
    CHECK(seqs(events) == std::vector<qint64>{11, 12, 13});
    CHECK(f.client.lastSeq() == 13);

    SECTION("after a reconnect it resubscribes from lastSeq without duplicates")
    {
        f.engine.setHandler(u"events.subscribe"_s, [&](const Request &r) {
            for (const qint64 seq : {12, 13, 14, 15}) // replay overlaps what was seen
                f.engine.pushEvent(event(seq));
            return ScriptedEngine::ok(r, {{u"seq"_s, 15}, {u"replayed"_s, 4}});
        });
        f.engine.dropConnections();
        REQUIRE(QTest::qWaitFor([&] { return events.size() >= 5; }, 5000));
        QTest::qWait(50);
        CHECK(seqs(events) == std::vector<qint64>{11, 12, 13, 14, 15});
        const QList<Request> again = f.engine.requestsOf(u"events.subscribe"_s);
        REQUIRE(again.size() == 2);
        CHECK(again.last().params.value(u"sinceSeq"_s) == QJsonValue(13));
        CHECK(f.engine.requestsOf(u"queue.snapshot"_s).size() == 1);
    }

    SECTION("resync:true makes it take a fresh snapshot")
    {
        f.engine.setHandler(u"events.subscribe"_s, [](const Request &r) {
            return ScriptedEngine::ok(r, {{u"seq"_s, 50}, {u"resync"_s, true}});
        });
        f.engine.setHandler(u"queue.snapshot"_s, [](const Request &r) {
            return ScriptedEngine::ok(r, {{u"seq"_s, 50}});
        });
        f.engine.dropConnections();
        REQUIRE(snapshots.wait(5000));
        CHECK(snapshots.last().at(0).toJsonObject().value(u"seq"_s) == QJsonValue(50));
        CHECK(f.client.lastSeq() == 50);
        f.engine.pushEvent(event(50));
        f.engine.pushEvent(event(51));
        REQUIRE(events.wait(3000));
        CHECK(seqs(events).back() == 51);
        CHECK(events.size() == 4);
    }
}

TEST_CASE("an engine with a shorter history restarts the subscription", "[client]")
{
    Fixture f;
    qint64 snapshotSeq = 30;
    f.engine.setHandler(u"queue.snapshot"_s, [&](const Request &r) {
        return ScriptedEngine::ok(r, {{u"seq"_s, snapshotSeq}});
    });
    f.engine.setHandler(u"events.subscribe"_s, [](const Request &r) {
        return ScriptedEngine::ok(r, {{u"seq"_s, 0}, {u"replayed"_s, 0}});
    });
    f.engine.setHelloSeq(30);
    f.client.subscribe();
    QSignalSpy snapshots(&f.client, &EngineClient::snapshotReceived);
    f.startReady();
    REQUIRE(snapshots.wait(3000));
    CHECK(f.client.lastSeq() == 30);
    f.engine.setHelloSeq(2); // e.g. a new database
    snapshotSeq = 2;
    f.engine.dropConnections();
    REQUIRE(snapshots.wait(5000));
    CHECK(f.client.lastSeq() == 2);
    QSignalSpy events(&f.client, &EngineClient::eventReceived);
    f.engine.pushEvent(event(3));
    REQUIRE(events.wait(3000));
}

TEST_CASE("a refused hello is reported and retried", "[client]")
{
    Fixture f;
    f.engine.setHandler(u"session.hello"_s, [](const Request &r) {
        return ScriptedEngine::fail(r, unauthenticated(u"bad device token"_s));
    });
    QSignalSpy refused(&f.client, &EngineClient::sessionRefused);
    f.client.start();
    REQUIRE(refused.wait(3000));
    CHECK(refused.first().at(0).value<WireError>().code == 1001);
    CHECK_FALSE(f.client.isReady());
    REQUIRE(refused.wait(3000)); // tried again after the backoff
    CHECK(f.engine.requestsOf(u"session.hello"_s).size() >= 2);
}

TEST_CASE("an oversized line from the engine drops the connection", "[client]")
{
    Fixture f;
    f.startReady();
    QSignalSpy lost(&f.client, &EngineClient::connectionLost);
    QSignalSpy ready(&f.client, &EngineClient::ready);
    f.engine.writeRaw(QByteArray(LineDecoder::MAX_LINE_BYTES + 10, 'x'));
    REQUIRE(lost.wait(3000));
    REQUIRE(ready.wait(5000));
}

TEST_CASE("stop fails pending calls and stops reconnecting", "[client]")
{
    Fixture f;
    f.engine.setHandler(u"x.never"_s, [](const Request &) { return QJsonObject(); });
    f.startReady();
    std::optional<RpcReply> reply;
    f.client.call(u"x.never"_s, {}, [&](const RpcReply &r) { reply = r; });
    REQUIRE(QTest::qWaitFor([&] { return !f.engine.requestsOf(u"x.never"_s).isEmpty(); }, 3000));
    QSignalSpy lost(&f.client, &EngineClient::connectionLost);
    f.client.stop();
    CHECK_FALSE(reply.has_value()); // delivered from the event loop
    CHECK(f.client.state() == EngineClient::State::Disconnected);
    REQUIRE(QTest::qWaitFor([&] { return reply.has_value(); }, 2000));
    CHECK(reply->error.reason == clientreason::DISCONNECTED);
    QSignalSpy accepted(&f.engine, &ScriptedEngine::connectionAccepted);
    CHECK_FALSE(accepted.wait(500));
    CHECK(lost.isEmpty());
}

TEST_CASE("a callback whose context is gone is skipped", "[client]")
{
    Fixture f;
    f.startReady();
    auto context = std::make_unique<QObject>();
    bool skippedRan = false;
    bool otherRan = false;
    f.client.call(u"session.ping"_s, {}, context.get(),
                  [&](const RpcReply &) { skippedRan = true; });
    f.client.call(u"session.ping"_s, {}, [&](const RpcReply &) { otherRan = true; });
    context.reset();
    REQUIRE(QTest::qWaitFor([&] { return otherRan; }, 3000));
    CHECK_FALSE(skippedRan);
}
