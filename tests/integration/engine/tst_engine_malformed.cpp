// protocol.md sections 1 and 2: malformed input is answered (or the
// connection closed for an oversized line), never changes state, and never
// disturbs another client connected at the same time.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

constexpr qsizetype MAX_LINE = 65536;

struct Attack
{
    const char *name;
    QByteArray bytes;
    QList<int> codes;    // acceptable error codes of the one answer
    bool closes = false; // the engine must close the connection after answering
};

QByteArray request(const QByteArray &method, const QByteArray &params)
{
    return R"({"jsonrpc":"2.0","id":9001,"method":")" + method + R"(","params":)" + params + "}\n";
}

// A valid session.ping padded with JSON whitespace to exactly `length` bytes before '\n'.
QByteArray paddedPing(qsizetype length)
{
    const QByteArray head = R"({"jsonrpc":"2.0","id":9002,"method":"session.ping")";
    return head + QByteArray(length - head.size() - 1, ' ') + "}\n";
}

QList<Attack> attacks()
{
    return {
        // 16 bytes (it read 19, past the literal's end: found by ASan).
        {"garbage bytes", QByteArray("\x00\x01\x02\xff\xfe garbage }{", 16) + '\n', {-32700}},
        {"number", "42\n", {-32600}},
        {"string", "\"session.ping\"\n", {-32600}},
        {"null", "null\n", {-32600}},
        {"empty array", "[]\n", {-32600}},
        {"array of requests",
         R"([{"jsonrpc":"2.0","id":1,"method":"session.ping"}])"
         "\n",
         {-32600}},
        {"wrong jsonrpc",
         R"({"jsonrpc":"3.0","id":9003,"method":"session.ping"})"
         "\n",
         {-32600}},
        {"wrong param type", request("ticket.issue", R"({"service":["passport"]})"), {-32602}},
        {"params not an object", request("ticket.issue", R"("passport")"), {-32600, -32602}},
        {"invalid UTF-8 in a value",
         request("ticket.issue", "{\"service\":\"passport\",\"requestId\":\"\xc3\x28\xff\"}"),
         {-32700, -32600}},
        {"invalid UTF-8 in the method",
         request("ticket.issu\xe9", R"({"service":"passport"})"),
         {-32700, -32600}},
        {"line of 65,537 bytes", paddedPing(MAX_LINE + 1), {-32600}, true},
        {"200,000 bytes without a newline", QByteArray(200000, '{'), {-32600}, true},
    };
}

int passportWaiting(TestClient &client)
{
    for (const auto &s : okCall(client, u"queue.snapshot"_s).value(u"services"_s).toArray()) {
        if (s.toObject().value(u"id"_s).toString() == u"passport"_s)
            return s.toObject().value(u"waitingCount"_s).toInt();
    }
    return -1;
}

} // namespace

TEST_CASE("malformed input is answered, changes nothing and leaves other clients alone",
          "[engine][malformed]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto bystander = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*bystander, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});

    for (const Attack &attack : attacks()) {
        INFO("attack: " << attack.name);
        auto attacker = connectAs(engine.port(), u"kiosk-1"_s);
        const int seq = okCall(*bystander, u"queue.snapshot"_s).value(u"seq"_s).toInt();
        const qsizetype before = attacker->messages().size();
        attacker->sendRaw(attack.bytes);
        REQUIRE(attacker->waitForMessages(int(before) + 1));
        const QJsonObject answer = attacker->messages().at(before);
        INFO("answer: " << describe(answer).toStdString());
        CHECK(attack.codes.contains(errorCode(answer)));
        CHECK(!errorReason(answer).isEmpty());
        if (errorCode(answer) == -32700 || attack.closes)
            CHECK(answer.value(u"id"_s).isNull());
        if (attack.closes) {
            CHECK(attacker->waitForDisconnect(5000));
            CHECK(attacker->messages().size() == before + 1); // exactly one answer
        } else {
            CHECK(okCall(*bystander, u"queue.snapshot"_s).value(u"seq"_s).toInt() == seq);
            CHECK(isOk(attacker->call(u"session.ping"_s))); // the connection stays usable
        }
        CHECK(attacker->badLines().isEmpty());
        CHECK(isOk(bystander->call(u"session.ping"_s)));
        CHECK(bystander->isConnected());
    }
    CHECK(passportWaiting(*bystander) == 1);
    CHECK(engine.isRunning());
}

TEST_CASE("a line of exactly 65,536 bytes is accepted; split writes are reassembled",
          "[engine][malformed]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto client = connectAs(engine.port(), u"kiosk-1"_s);
    const QByteArray line = paddedPing(MAX_LINE);
    REQUIRE(line.size() == MAX_LINE + 1);
    client->sendRaw(line);
    const QJsonObject answer = client->response(9002);
    INFO(describe(answer).toStdString());
    CHECK(isOk(answer));
    CHECK(client->isConnected());

    const QByteArray issue = request("ticket.issue", R"({"service":"passport"})");
    client->sendRaw(issue.left(20));
    CHECK_FALSE(waitUntil([&] { return client->messages().size() > 2; }, 300));
    client->sendRaw(issue.mid(20));
    CHECK(isOk(client->response(9001)));
}

TEST_CASE("a half line then a disconnect changes nothing and disturbs nobody",
          "[engine][malformed]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto bystander = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*bystander, u"events.subscribe"_s);
    for (int round = 0; round < 3; ++round) {
        auto attacker = connectAs(engine.port(), u"kiosk-1"_s);
        const qint64 pending = bystander->send(u"centre.get"_s);
        attacker->sendRaw(
            R"({"jsonrpc":"2.0","id":1,"method":"ticket.issue","params":{"service":"pass)");
        attacker->abort();
        CHECK(isOk(bystander->response(pending)));
        CHECK(isOk(bystander->call(u"session.ping"_s)));
    }
    CHECK(passportWaiting(*bystander) == 0);
    for (const QJsonObject &e : bystander->events())
        CHECK(e.value(u"type"_s).toString() != u"ticket.issued"_s);
    CHECK(bystander->isConnected());
    CHECK(engine.isRunning());
}

TEST_CASE("a client that stops reading is disconnected; the others are served",
          "[engine][malformed]")
{
    // The engine stops reading from a client whose answers pile up, and
    // drops it when it has read nothing for the stall timeout.
    EngineProcessOptions options;
    options.extraArgs = {u"--stall-timeout-ms"_s, u"2000"_s};
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto witness = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*witness, u"events.subscribe"_s);
    auto reader = connectAs(engine.port(), u"kiosk-2"_s);
    auto stalled = connectAs(engine.port(), u"kiosk-1"_s);
    const qsizetype answerSize =
        QJsonDocument(okCall(*stalled, u"centre.get"_s)).toJson(QJsonDocument::Compact).size();
    const int requests = int(64 * 1024 * 1024 / answerSize) + 1; // 64 MiB of answers
    stalled->setReading(false);
    QByteArray flood;
    for (int i = 0; i < requests; ++i)
        flood += R"({"jsonrpc":"2.0","id":)" + QByteArray::number(10000 + i)
            + R"(,"method":"centre.get"})"
              "\n";
    flood += R"({"jsonrpc":"2.0","id":1,"method":"ticket.issue","params":{"service":"passport"}})"
             "\n";
    stalled->sendRaw(flood);
    // The engine either drops the stalled kiosk (device.changed offline) or, wrongly, keeps
    // reading its requests and reaches the final ticket.issue.
    auto outcome = [&](const QString &type) {
        for (const QJsonObject &e : witness->events()) {
            if (e.value(u"type"_s).toString() == type
                && (type == u"ticket.issued"_s
                    || (e.value(u"device"_s).toString() == u"kiosk-1"_s
                        && e.value(u"online"_s) == QJsonValue(false))))
                return true;
        }
        return false;
    };
    CHECK(isOk(reader->call(u"centre.get"_s))); // served while the flood waits
    REQUIRE(waitUntil([&] { return outcome(u"device.changed"_s) || outcome(u"ticket.issued"_s); },
                      30000));
    CHECK(outcome(u"device.changed"_s));
    CHECK_FALSE(outcome(u"ticket.issued"_s));
    CHECK(isOk(reader->call(u"centre.get"_s)));
    CHECK(isOk(witness->call(u"session.ping"_s)));
    stalled->setReading(true);
    CHECK(stalled->waitForDisconnect(10000));
    CHECK(stalled->messages().size() < requests);
}
