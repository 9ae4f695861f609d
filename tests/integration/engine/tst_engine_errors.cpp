// protocol.md section 2: the generic, authentication and service error codes,
// each provoked through the wire.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

int seqOf(TestClient &client)
{
    return okCall(client, u"queue.snapshot"_s).value(u"seq"_s).toInt();
}

QJsonObject issueParams(const QString &service)
{
    return {{u"service"_s, service}};
}

} // namespace

TEST_CASE("PARSE_ERROR answers with a null id and keeps the connection", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    TestClient client;
    REQUIRE(client.connectTo(engine.port()));
    client.sendRaw("this is { not json\n");
    REQUIRE(client.waitForMessages(1));
    REQUIRE(client.nullIdResponses().size() == 1);
    checkError(client.nullIdResponses().first(), -32700, u"PARSE_ERROR"_s);
    CHECK(client.nullIdResponses().first().value(u"id"_s).isNull());
    CHECK(isOk(client.hello(u"kiosk-1"_s, demoToken(u"kiosk-1"_s))));
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"session.ping\"\n");
    REQUIRE(client.waitForMessages(3));
    checkError(client.messages().at(2), -32700, u"PARSE_ERROR"_s);
    CHECK(client.messages().at(2).value(u"id"_s).isNull());
    CHECK(isOk(client.call(u"session.ping"_s)));
    CHECK(client.badLines().isEmpty());
}

TEST_CASE("INVALID_REQUEST for messages that are not JSON-RPC 2.0 requests", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto client = connectAs(engine.port(), u"kiosk-1"_s);
    struct Case
    {
        QByteArray line;
        double id;
    }; // id < 0: the answer must carry id null
    const QList<Case> cases{
        {R"({"id":101,"method":"session.ping"})", 101},
        {R"({"jsonrpc":"1.0","id":102,"method":"session.ping"})", 102},
        {R"({"jsonrpc":2.0,"id":103,"method":"session.ping"})", 103},
        {R"({"jsonrpc":"2.0","id":104})", 104},
        {R"({"jsonrpc":"2.0","id":105,"method":42})", 105},
        {R"({"jsonrpc":"2.0","id":{"a":1},"method":"session.ping"})", -1},
        {R"({"jsonrpc":"2.0","id":true,"method":"session.ping"})", -1},
        {R"(42)", -1},
        {R"("session.ping")", -1},
        {R"(null)", -1},
        {R"([])", -1},
        {R"([{"jsonrpc":"2.0","id":9,"method":"session.ping"}])", -1},
    };
    for (const Case &c : cases) {
        INFO("line: " << c.line.toStdString());
        const qsizetype before = client->messages().size();
        client->sendRaw(c.line + '\n');
        REQUIRE(client->waitForMessages(int(before) + 1));
        REQUIRE(client->messages().size() == before + 1);
        const QJsonObject answer = client->messages().last();
        checkError(answer, -32600, u"INVALID_REQUEST"_s);
        const QJsonValue id = answer.value(u"id"_s);
        // JSON-RPC 2.0: the request's id when it can be read, else null.
        if (c.id < 0)
            CHECK(id.isNull());
        else
            CHECK((id.isNull() || id.toDouble() == c.id));
    }
    CHECK(isOk(client->call(u"session.ping"_s)));
}

TEST_CASE("METHOD_NOT_FOUND for unknown methods", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto client = connectAs(engine.port(), u"dashboard-1"_s);
    checkError(client->call(u"ticket.teleport"_s), -32601, u"METHOD_NOT_FOUND"_s);
    checkError(client->call(u"Session.Ping"_s), -32601, u"METHOD_NOT_FOUND"_s);
    checkError(client->call(u""_s), -32601, u"METHOD_NOT_FOUND"_s);
    CHECK(isOk(client->call(u"session.ping"_s)));
}

TEST_CASE("INVALID_PARAMS for missing, wrongly typed and out-of-range params", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto booking = connectAs(engine.port(), u"booking-web"_s);
    const QString done = [&] {
        const QJsonObject t = okCall(*kiosk, u"ticket.issue"_s, issueParams(u"passport"_s));
        return t.value(u"ticket"_s).toObject().value(u"id"_s).toString();
    }();
    const int seq = seqOf(*kiosk);
    struct Case
    {
        TestClient *client;
        QString method;
        QJsonObject params;
    };
    const QList<Case> cases{
        {kiosk.get(), u"ticket.issue"_s, {}},
        {kiosk.get(), u"ticket.issue"_s, {{u"service"_s, 7}}},
        {kiosk.get(), u"ticket.issue"_s, {{u"service"_s, u"passport"_s}, {u"category"_s, 5}}},
        {kiosk.get(),
         u"ticket.issue"_s,
         {{u"service"_s, u"passport"_s}, {u"lang"_s, QJsonArray{}}}},
        {kiosk.get(),
         u"ticket.issue"_s,
         {{u"service"_s, u"passport"_s}, {u"requestId"_s, QJsonObject{}}}},
        {kiosk.get(), u"ticket.get"_s, {}},
        {kiosk.get(), u"ticket.get"_s, {{u"id"_s, 12}}},
        {kiosk.get(), u"feedback.submit"_s, {{u"ticket"_s, done}, {u"rating"_s, 0}}},
        {kiosk.get(), u"feedback.submit"_s, {{u"ticket"_s, done}, {u"rating"_s, 6}}},
        {kiosk.get(), u"feedback.submit"_s, {{u"ticket"_s, done}, {u"rating"_s, u"5"_s}}},
        {kiosk.get(), u"feedback.submit"_s, {{u"ticket"_s, done}}},
        {kiosk.get(),
         u"device.report"_s,
         {{u"printer"_s, QJsonObject{{u"state"_s, u"burning"_s}}}}},
        {kiosk.get(), u"device.report"_s, {{u"printer"_s, u"ok"_s}}},
        {kiosk.get(), u"events.subscribe"_s, {{u"sinceSeq"_s, u"3"_s}}},
        {kiosk.get(), u"events.subscribe"_s, {{u"sinceSeq"_s, -1}}},
        {kiosk.get(), u"appointment.checkin"_s, {}},
        {booking.get(), u"appointment.book"_s, {{u"service"_s, u"passport"_s}}},
        {booking.get(),
         u"appointment.book"_s,
         {{u"service"_s, u"passport"_s}, {u"start"_s, u"tomorrow"_s}}},
        {booking.get(),
         u"appointment.book"_s,
         {{u"service"_s, u"passport"_s}, {u"start"_s, 1700000000}}},
        {booking.get(), u"appointment.cancel"_s, {{u"id"_s, false}}},
    };
    for (const Case &c : cases) {
        INFO(c.method.toStdString()
             << " " << QJsonDocument(c.params).toJson(QJsonDocument::Compact).toStdString());
        checkError(c.client->call(c.method, c.params), -32602, u"INVALID_PARAMS"_s);
    }
    TestClient fresh;
    REQUIRE(fresh.connectTo(engine.port()));
    checkError(fresh.call(u"session.hello"_s, {{u"protocol"_s, 1}, {u"device"_s, u"kiosk-2"_s}}),
               -32602, u"INVALID_PARAMS"_s);
    checkError(fresh.call(u"session.hello"_s,
                          {{u"protocol"_s, u"1"_s},
                           {u"device"_s, u"kiosk-2"_s},
                           {u"token"_s, demoToken(u"kiosk-2"_s)}}),
               -32602, u"INVALID_PARAMS"_s);
    CHECK(seqOf(*kiosk) == seq); // bad input changes nothing
}

TEST_CASE("UNAUTHENTICATED before hello, for a bad token and for a bad PIN", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    TestClient client;
    REQUIRE(client.connectTo(engine.port()));
    for (const QString &method : {u"session.ping"_s, u"centre.get"_s, u"queue.snapshot"_s})
        checkError(client.call(method), 1001, u"UNAUTHENTICATED"_s);
    checkError(client.call(u"ticket.issue"_s, issueParams(u"passport"_s)), 1001,
               u"UNAUTHENTICATED"_s);
    TestClient badToken;
    REQUIRE(badToken.connectTo(engine.port()));
    checkError(badToken.hello(u"kiosk-1"_s, u"demo-kiosk-2-token"_s), 1001, u"UNAUTHENTICATED"_s);
    TestClient unknown;
    REQUIRE(unknown.connectTo(engine.port()));
    checkError(unknown.hello(u"kiosk-99"_s, u"demo-kiosk-99-token"_s), 1001, u"UNAUTHENTICATED"_s);
    auto desk = connectAs(engine.port(), u"desk-01"_s);
    checkError(desk->call(u"operator.login"_s, {{u"operator"_s, u"op01"_s}, {u"pin"_s, u"1002"_s}}),
               1001, u"UNAUTHENTICATED"_s);
    CHECK(
        isOk(desk->call(u"operator.login"_s, {{u"operator"_s, u"op01"_s}, {u"pin"_s, u"1001"_s}})));
}

TEST_CASE("PROTOCOL_MISMATCH and FORBIDDEN", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    TestClient client;
    REQUIRE(client.connectTo(engine.port()));
    checkError(client.call(u"session.hello"_s,
                           {{u"protocol"_s, 2},
                            {u"device"_s, u"kiosk-1"_s},
                            {u"token"_s, demoToken(u"kiosk-1"_s)}}),
               1010, u"PROTOCOL_MISMATCH"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    checkError(kiosk->call(u"stats.today"_s), 1002, u"FORBIDDEN"_s);
}

TEST_CASE("UNKNOWN_SERVICE, SERVICE_CLOSED and LIMIT_REACHED", "[engine][errors]")
{
    QJsonObject config = sampleCentre(); // 09:00-18:00 services; the engine clock is 10:00 Baku
    setServiceKey(config, u"residence"_s, u"hours"_s, QJsonArray{u"12:00"_s, u"13:00"_s});
    setServiceKey(config, u"criminalRecord"_s, u"enabled"_s, false);
    setServiceKey(config, u"passport"_s, u"dailyLimit"_s, 2);
    EngineProcess engine(config, EngineProcessOptions::running(fixedClockStart()));
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto booking = connectAs(engine.port(), u"booking-web"_s);

    checkError(kiosk->call(u"ticket.issue"_s, issueParams(u"pasport"_s)), 1003,
               u"UNKNOWN_SERVICE"_s);
    checkError(
        booking->call(u"appointment.book"_s,
                      {{u"service"_s, u"nope"_s}, {u"start"_s, u"2026-03-10T07:00:00.000Z"_s}}),
        1003, u"UNKNOWN_SERVICE"_s);

    QMap<QString, bool> open;
    for (const auto &s : okCall(*kiosk, u"centre.get"_s).value(u"services"_s).toArray())
        open.insert(s.toObject().value(u"id"_s).toString(), s.toObject().value(u"open"_s).toBool());
    CHECK(open.value(u"idCard"_s));
    CHECK_FALSE(open.value(u"residence"_s, true));
    CHECK_FALSE(open.value(u"criminalRecord"_s, true));
    checkError(kiosk->call(u"ticket.issue"_s, issueParams(u"residence"_s)), 1004,
               u"SERVICE_CLOSED"_s);
    checkError(kiosk->call(u"ticket.issue"_s, issueParams(u"criminalRecord"_s)), 1004,
               u"SERVICE_CLOSED"_s);
    CHECK(isOk(kiosk->call(u"ticket.issue"_s, issueParams(u"idCard"_s))));

    CHECK(isOk(kiosk->call(u"ticket.issue"_s, issueParams(u"passport"_s))));
    CHECK(isOk(kiosk->call(u"ticket.issue"_s, issueParams(u"passport"_s))));
    const int seq = seqOf(*kiosk);
    checkError(kiosk->call(u"ticket.issue"_s, issueParams(u"passport"_s)), 1005,
               u"LIMIT_REACHED"_s);
    CHECK(seqOf(*kiosk) == seq);
}

TEST_CASE("RATE_LIMITED after 5 failed operator logins, with retryAfterSec", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto desk = connectAs(engine.port(), u"desk-02"_s);
    for (int i = 0; i < 5; ++i) {
        INFO("failed login " << i + 1);
        checkError(
            desk->call(u"operator.login"_s, {{u"operator"_s, u"op02"_s}, {u"pin"_s, u"0000"_s}}),
            1001, u"UNAUTHENTICATED"_s);
    }
    auto other = connectAs(engine.port(), u"desk-03"_s);
    const QJsonObject locked = other->call(
        u"operator.login"_s, {{u"operator"_s, u"op02"_s}, {u"pin"_s, demoPin(u"op02"_s)}});
    checkError(locked, 1007, u"RATE_LIMITED"_s);
    const QJsonValue retry =
        locked.value(u"error"_s).toObject().value(u"data"_s).toObject().value(u"retryAfterSec"_s);
    CHECK(retry.isDouble());
    CHECK(retry.toDouble() > 0);
    CHECK(retry.toDouble() <= 300);
    CHECK(isOk(other->call(u"operator.login"_s,
                           {{u"operator"_s, u"op03"_s}, {u"pin"_s, demoPin(u"op03"_s)}})));
}

TEST_CASE("RATE_LIMITED after 5 failed hellos of one device, with retryAfterSec",
          "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    for (int i = 0; i < 5; ++i) {
        INFO("failed hello " << i + 1);
        TestClient client;
        REQUIRE(client.connectTo(engine.port()));
        checkError(client.hello(u"kiosk-2"_s, u"wrong-token"_s), 1001, u"UNAUTHENTICATED"_s);
    }
    TestClient client;
    REQUIRE(client.connectTo(engine.port()));
    const QJsonObject locked = client.hello(u"kiosk-2"_s, demoToken(u"kiosk-2"_s));
    checkError(locked, 1007, u"RATE_LIMITED"_s);
    const QJsonValue retry =
        locked.value(u"error"_s).toObject().value(u"data"_s).toObject().value(u"retryAfterSec"_s);
    CHECK(retry.toDouble() > 0);
    CHECK(retry.toDouble() <= 300);
    connectAs(engine.port(), u"kiosk-3"_s); // other devices are not locked
}

TEST_CASE("NOT_FOUND for unknown ticket, appointment, counter and operator ids", "[engine][errors]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto desk = connectAs(engine.port(), u"desk-01"_s);
    checkError(kiosk->call(u"ticket.get"_s, {{u"id"_s, u"t_doesnotexist"_s}}), 1009,
               u"NOT_FOUND"_s);
    checkError(
        kiosk->call(u"feedback.submit"_s, {{u"ticket"_s, u"t_doesnotexist"_s}, {u"rating"_s, 3}}),
        1009, u"NOT_FOUND"_s);
    checkError(kiosk->call(u"appointment.checkin"_s, {{u"code"_s, u"NOSUCHCODE"_s}}), 1009,
               u"NOT_FOUND"_s);
    checkError(manager->call(u"ticket.cancel"_s, {{u"id"_s, u"t_doesnotexist"_s}}), 1009,
               u"NOT_FOUND"_s);
    checkError(manager->call(u"appointment.cancel"_s, {{u"id"_s, u"ap_doesnotexist"_s}}), 1009,
               u"NOT_FOUND"_s);
    checkError(desk->call(u"operator.login"_s, {{u"operator"_s, u"op99"_s}, {u"pin"_s, u"1099"_s}}),
               1009, u"NOT_FOUND"_s);
    okCall(*desk, u"operator.login"_s, {{u"operator"_s, u"op01"_s}, {u"pin"_s, u"1001"_s}});
    checkError(desk->call(u"counter.open"_s, {{u"counter"_s, u"c99"_s}}), 1009, u"NOT_FOUND"_s);
    okCall(*desk, u"counter.open"_s, {{u"counter"_s, u"c01"_s}});
    checkError(desk->call(u"counter.callTicket"_s, {{u"id"_s, u"t_doesnotexist"_s}}), 1009,
               u"NOT_FOUND"_s);
}
