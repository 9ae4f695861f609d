// Conformance with the JSON-RPC 2.0 specification (jsonrpc.org/specification):
// the examples of its section 7, sent to the real engine, and the error codes
// of its section 5.1. Where the contract narrows the spec it says so: a batch
// (a JSON array) is answered with ONE -32600 and "id": null, and every method
// takes named params (by-position params: -32602 once the method is known).

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// Sends `line` and returns every message that arrives until a ping sent
// after it (id "fence-N", which no example uses) is answered, the ping's
// answer excluded: answers leave in order.
QList<QJsonObject> answersTo(TestClient &client, const QByteArray &line)
{
    static int fences = 0;
    const QString fence = u"fence-%1"_s.arg(++fences);
    const qsizetype before = client.messages().size();
    client.sendRaw(line + "\n{\"jsonrpc\":\"2.0\",\"id\":\"" + fence.toUtf8()
                   + "\",\"method\":\"session.ping\"}\n");
    REQUIRE(waitUntil([&] {
        return client.messages().size() > before
            && client.messages().last().value(u"id"_s).toString() == fence;
    }));
    QList<QJsonObject> answers = client.messages().mid(before);
    answers.removeLast();
    return answers;
}

void checkOneError(const QList<QJsonObject> &answers, int code, const QJsonValue &id)
{
    REQUIRE(answers.size() == 1);
    const QJsonObject &a = answers.first();
    CHECK(a.value(u"jsonrpc"_s).toString() == u"2.0"_s);
    CHECK(a.value(u"error"_s)[u"code"_s].toInt() == code);
    CHECK(a.value(u"id"_s) == id);
    CHECK(!a.contains(u"result"_s));
    CHECK(a.value(u"error"_s)[u"message"_s].isString());
}

} // namespace

TEST_CASE("JSON-RPC 2.0 section 7 examples, as the contract answers them", "[engine][jsonrpc]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto client = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonValue null(QJsonValue::Null);

    SECTION("rpc call with positional parameters: a valid request; no method 'subtract'")
    {
        checkOneError(
            answersTo(*client,
                      R"({"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1})"),
            -32601, QJsonValue(1));
    }
    SECTION("rpc call with named parameters")
    {
        checkOneError(
            answersTo(
                *client,
                R"({"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3})"),
            -32601, QJsonValue(3));
    }
    SECTION("a notification is never answered, whatever its method")
    {
        CHECK(answersTo(*client, R"({"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]})")
                  .isEmpty());
        CHECK(answersTo(*client, R"({"jsonrpc": "2.0", "method": "foobar"})").isEmpty());
    }
    SECTION("rpc call of non-existent method")
    {
        checkOneError(answersTo(*client, R"({"jsonrpc": "2.0", "method": "foobar", "id": "1"})"),
                      -32601, QJsonValue(u"1"_s));
    }
    SECTION("rpc call with invalid JSON")
    {
        checkOneError(
            answersTo(*client, R"({"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz])"),
            -32700, null);
    }
    SECTION("rpc call with invalid Request object")
    {
        checkOneError(answersTo(*client, R"({"jsonrpc": "2.0", "method": 1, "params": "bar"})"),
                      -32600, null);
    }
    SECTION("rpc call Batch, invalid JSON")
    {
        checkOneError(
            answersTo(
                *client,
                R"([ {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"}, {"jsonrpc": "2.0", "method" ])"),
            -32700, null);
    }
    SECTION("batches: an empty array, [1], [1,2,3], calls, notifications: one -32600 each")
    {
        for (
            const char *batch :
            {"[]", "[1]", "[1,2,3]",
             R"([{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"}, {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}, {"foo": "boo"}])",
             R"([{"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]}, {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}])"}) {
            INFO(batch);
            checkOneError(answersTo(*client, batch), -32600, null);
        }
    }
    CHECK(answersTo(*client, {}).size() == 0); // the connection is still served
}

TEST_CASE("error codes agree with JSON-RPC 2.0 section 5.1", "[engine][jsonrpc]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto client = connectAs(engine.port(), u"kiosk-1"_s);
    // -32700 Parse error: invalid JSON, including text that is not UTF-8.
    checkOneError(answersTo(*client, "{\"jsonrpc\":"), -32700, QJsonValue::Null);
    checkOneError(answersTo(*client, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xff\"}"), -32700,
                  QJsonValue::Null);
    // -32600 Invalid Request: JSON, but not a request object.
    checkOneError(answersTo(*client, R"({"jsonrpc":"1.0","id":2,"method":"session.ping"})"), -32600,
                  QJsonValue(2));
    checkOneError(
        answersTo(*client, R"({"jsonrpc":"2.0","id":3,"method":"session.ping","params":7})"),
        -32600, QJsonValue(3));
    // -32601 Method not found.
    checkOneError(answersTo(*client, R"({"jsonrpc":"2.0","id":4,"method":"no.such"})"), -32601,
                  QJsonValue(4));
    // -32602 Invalid params: a known method with params it cannot take,
    // by position or wrong by name.
    const QList<QJsonObject> positional = answersTo(
        *client, R"({"jsonrpc":"2.0","id":5,"method":"ticket.issue","params":["passport"]})");
    checkOneError(positional, -32602, QJsonValue(5));
    CHECK(positional.first()[u"error"_s][u"data"_s][u"param"_s].toString() == u"params"_s);
    checkOneError(
        answersTo(*client,
                  R"({"jsonrpc":"2.0","id":6,"method":"ticket.issue","params":{"service":7}})"),
        -32602, QJsonValue(6));
    // Application errors stay outside -32768..-32000 (reserved by the spec).
    const QList<QJsonObject> missing = answersTo(
        *client, R"({"jsonrpc":"2.0","id":7,"method":"ticket.get","params":{"id":"t_nosuch"}})");
    checkOneError(missing, 1009, QJsonValue(7));
    const int code = missing.first()[u"error"_s][u"code"_s].toInt();
    CHECK((code < -32768 || code > -32000));
}
