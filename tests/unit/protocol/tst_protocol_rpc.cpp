#include "protocol/framing.h"
#include "protocol/rpc.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("parseRequest accepts a well-formed request", "[protocol]")
{
    const ParsedRequest parsed = parseRequest(
        R"({"jsonrpc":"2.0","id":7,"method":"ticket.issue","params":{"service":"passport"}})");
    REQUIRE(parsed.ok());
    CHECK(parsed.request.id == QJsonValue(7));
    CHECK(parsed.request.method == u"ticket.issue"_s);
    CHECK(parsed.request.params.value(u"service"_s) == QJsonValue(u"passport"_s));
    CHECK_FALSE(parsed.request.isNotification);
}

TEST_CASE("parseRequest accepts string ids, omitted params and notifications", "[protocol]")
{
    const ParsedRequest withString = parseRequest(R"( {"jsonrpc":"2.0","id":"a-1","method":"x"} )");
    REQUIRE(withString.ok());
    CHECK(withString.request.id == QJsonValue(u"a-1"_s));
    CHECK(withString.request.params.isEmpty());

    const ParsedRequest notification = parseRequest(R"({"jsonrpc":"2.0","method":"x"})");
    REQUIRE(notification.ok());
    CHECK(notification.request.isNotification);
    CHECK(notification.request.id.isNull());

    const ParsedRequest fractional = parseRequest(R"({"jsonrpc":"2.0","id":1.5,"method":"x"})");
    REQUIRE(fractional.ok());
    CHECK(fractional.request.id == QJsonValue(1.5));

    const ParsedRequest utf8 = parseRequest("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\","
                                            "\"params\":{\"name\":\"N\xc3\xb6vb\xc9\x99\"}}");
    REQUIRE(utf8.ok());
    CHECK(utf8.request.params.value(u"name"_s).toString() == u"Növbə"_s);
}

TEST_CASE("parseRequest rejects malformed lines with the right code and id", "[protocol]")
{
    struct Case
    {
        const char *name;
        QByteArray line;
        int code;
        QJsonValue id;
    };
    const QJsonValue null(QJsonValue::Null);
    const Case c = GENERATE_COPY(values<Case>({
        {"not JSON", "hello", -32700, null},
        {"truncated object", R"({"jsonrpc":"2.0","id":1,"method":"x")", -32700, null},
        {"trailing garbage", R"({"jsonrpc":"2.0","id":1,"method":"x"} x)", -32700, null},
        {"two values", R"({"jsonrpc":"2.0","id":1,"method":"x"}{})", -32700, null},
        {"invalid UTF-8 byte", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xff\"}", -32700, null},
        {"overlong UTF-8", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xc0\xaf\"}", -32700, null},
        {"UTF-8 surrogate", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xed\xa0\x80\"}", -32700,
         null},
        {"truncated UTF-8", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xe2\x82\"}", -32700, null},
        {"array", R"([{"jsonrpc":"2.0","id":1,"method":"x"}])", -32600, null},
        {"number", "42", -32600, null},
        {"string", R"("text")", -32600, null},
        {"null", "null", -32600, null},
        {"missing jsonrpc", R"({"id":3,"method":"x"})", -32600, QJsonValue(3)},
        {"jsonrpc 1.0", R"({"jsonrpc":"1.0","id":3,"method":"x"})", -32600, QJsonValue(3)},
        {"jsonrpc number", R"({"jsonrpc":2.0,"id":"s","method":"x"})", -32600, QJsonValue(u"s"_s)},
        {"null id", R"({"jsonrpc":"2.0","id":null,"method":"x"})", -32600, null},
        {"object id", R"({"jsonrpc":"2.0","id":{},"method":"x"})", -32600, null},
        {"bool id", R"({"jsonrpc":"2.0","id":true,"method":"x"})", -32600, null},
        {"missing method", R"({"jsonrpc":"2.0","id":4})", -32600, QJsonValue(4)},
        {"number method", R"({"jsonrpc":"2.0","id":4,"method":5})", -32600, QJsonValue(4)},
        {"null params", R"({"jsonrpc":"2.0","id":5,"method":"x","params":null})", -32600,
         QJsonValue(5)},
        {"string params", R"({"jsonrpc":"2.0","id":5,"method":"x","params":"p"})", -32600,
         QJsonValue(5)},
    }));
    INFO(c.name);
    const ParsedRequest parsed = parseRequest(c.line);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error->code == c.code);
    CHECK(parsed.error->reason == (c.code == -32700 ? u"PARSE_ERROR"_s : u"INVALID_REQUEST"_s));
    CHECK(parsed.request.id == c.id);
    const QJsonObject response = errorResponse(parsed.request.id, *parsed.error);
    CHECK(response.value(u"id"_s) == c.id);
}

TEST_CASE("by-position params make a valid request, flagged for the dispatcher", "[protocol]")
{
    const ParsedRequest parsed = parseRequest(
        R"({"jsonrpc":"2.0","id":5,"method":"x","params":[1,2]})");
    REQUIRE(parsed.ok());
    CHECK(parsed.request.positionalParams);
    CHECK(parsed.request.params.isEmpty());
    CHECK(parsed.request.id == QJsonValue(5));
    const ParsedRequest named = parseRequest(
        R"({"jsonrpc":"2.0","id":5,"method":"x","params":{}})");
    REQUIRE(named.ok());
    CHECK_FALSE(named.request.positionalParams);
}

TEST_CASE("isValidUtf8 follows RFC 3629", "[protocol]")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("plain ascii"));
    CHECK(isValidUtf8("\xc9\x99 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf"));
    CHECK_FALSE(isValidUtf8("\x80"));
    CHECK_FALSE(isValidUtf8("\xc1\xbf"));         // overlong
    CHECK_FALSE(isValidUtf8("\xe0\x80\xaf"));     // overlong
    CHECK_FALSE(isValidUtf8("\xf0\x80\x80\xaf")); // overlong
    CHECK_FALSE(isValidUtf8("\xed\xbf\xbf"));     // surrogate
    CHECK_FALSE(isValidUtf8("\xf4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xf5\x80\x80\x80"));
    CHECK_FALSE(isValidUtf8("\xe2\x82"));     // truncated
    CHECK_FALSE(isValidUtf8("\xe2\x28\xa1")); // bad continuation
}

TEST_CASE("response builders follow JSON-RPC 2.0", "[protocol]")
{
    const QJsonObject ok = resultResponse(QJsonValue(u"r1"_s), {{u"now"_s, u"t"_s}});
    CHECK(ok
          == QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                         {u"id"_s, u"r1"_s},
                         {u"result"_s, QJsonObject{{u"now"_s, u"t"_s}}}});

    const QJsonObject failed = errorResponse(QJsonValue(9), methodNotFound(u"nope"_s));
    CHECK(failed.value(u"id"_s) == QJsonValue(9));
    CHECK_FALSE(failed.contains(u"result"_s));
    const QJsonObject error = failed.value(u"error"_s).toObject();
    CHECK(error.value(u"code"_s) == QJsonValue(-32601));
    CHECK(error.value(u"data"_s).toObject().value(u"reason"_s)
          == QJsonValue(u"METHOD_NOT_FOUND"_s));
    CHECK(error.value(u"message"_s).toString().contains(u"nope"_s));

    const QJsonObject event = eventNotification({{u"seq"_s, 3}});
    CHECK(event
          == QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                         {u"method"_s, u"event"_s},
                         {u"params"_s, QJsonObject{{u"seq"_s, 3}}}});
}

TEST_CASE("parseIncoming classifies responses, errors and events", "[protocol]")
{
    const IncomingMessage result = parseIncoming(R"({"jsonrpc":"2.0","id":4,"result":{"a":1}})");
    CHECK(result.kind == IncomingMessage::Kind::Response);
    CHECK(result.id == QJsonValue(4));
    CHECK_FALSE(result.error.has_value());
    CHECK(result.result.value(u"a"_s) == QJsonValue(1));

    const IncomingMessage error = parseIncoming(
        R"({"jsonrpc":"2.0","id":5,"error":{"code":1007,"message":"slow down","data":{"reason":"RATE_LIMITED","retryAfterSec":30}}})");
    CHECK(error.kind == IncomingMessage::Kind::Response);
    REQUIRE(error.error.has_value());
    CHECK(error.error->code == 1007);
    CHECK(error.error->reason == u"RATE_LIMITED"_s);
    CHECK(error.error->data.value(u"retryAfterSec"_s) == QJsonValue(30));

    const IncomingMessage event = parseIncoming(
        R"({"jsonrpc":"2.0","method":"event","params":{"seq":9,"type":"day.rollover"}})");
    CHECK(event.kind == IncomingMessage::Kind::Notification);
    CHECK(event.method == u"event"_s);
    CHECK(event.params.value(u"seq"_s) == QJsonValue(9));

    for (const QByteArray &bad :
         {QByteArray("nonsense"), QByteArray(R"({"jsonrpc":"2.0","id":1})"),
          QByteArray(R"({"id":1,"result":{}})"),
          QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{},"error":{}})")}) {
        INFO(bad.constData());
        CHECK(parseIncoming(bad).kind == IncomingMessage::Kind::Invalid);
    }
}

TEST_CASE("a request built by requestMessage parses back", "[protocol]")
{
    const QJsonObject params{{u"sinceSeq"_s, 12}};
    const QByteArray line = QJsonDocument(
                                requestMessage(QJsonValue(3), u"events.subscribe"_s, params))
                                .toJson(QJsonDocument::Compact);
    const ParsedRequest parsed = parseRequest(line);
    REQUIRE(parsed.ok());
    CHECK(parsed.request.id == QJsonValue(3));
    CHECK(parsed.request.method == u"events.subscribe"_s);
    CHECK(parsed.request.params == params);
}

TEST_CASE("resultLine writes what encodeLine(resultResponse) writes for every id form",
          "[protocol]")
{
    const QJsonObject result{{u"ticket"_s, QJsonObject{{u"id"_s, u"t_1"_s}, {u"n"_s, 7}}}};
    const QByteArray encoded = QJsonDocument(result).toJson(QJsonDocument::Compact);
    for (const QByteArray &request :
         {QByteArray(R"({"id":1,"method":"m"})"),
          QByteArray(R"({"id":-9007199254740993,"method":"m"})"),
          QByteArray(R"({"id":1.5,"method":"m"})"), QByteArray(R"({"id":1e3,"method":"m"})"),
          QByteArray(R"({"id":"a \"q\" é","method":"m"})"),
          QByteArray(R"({"id":null,"method":"m"})")}) {
        const QJsonValue id = QJsonDocument::fromJson(request).object().value(u"id"_s);
        INFO(request.toStdString());
        CHECK(resultLine(id, encoded).toStdString()
              == encodeLine(resultResponse(id, result)).toStdString());
    }
}
