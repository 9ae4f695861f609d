#include "protocol/errors.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("wire code table is exactly protocol.md section 2", "[protocol]")
{
    // Copied from the contract; a change here is a protocol change.
    const std::vector<std::pair<int, QString>> contract = {
        {-32700, u"PARSE_ERROR"_s},       {-32600, u"INVALID_REQUEST"_s},
        {-32601, u"METHOD_NOT_FOUND"_s},  {-32602, u"INVALID_PARAMS"_s},
        {-32603, u"INTERNAL"_s},          {1001, u"UNAUTHENTICATED"_s},
        {1002, u"FORBIDDEN"_s},           {1003, u"UNKNOWN_SERVICE"_s},
        {1004, u"SERVICE_CLOSED"_s},      {1005, u"LIMIT_REACHED"_s},
        {1006, u"INVALID_STATE"_s},       {1007, u"RATE_LIMITED"_s},
        {1008, u"STORAGE_UNAVAILABLE"_s}, {1009, u"NOT_FOUND"_s},
        {1010, u"PROTOCOL_MISMATCH"_s},   {1020, u"COUNTER_BUSY"_s},
        {1021, u"NO_COUNTER"_s},          {1022, u"NO_OPERATOR"_s},
        {1030, u"TOO_EARLY"_s},           {1031, u"TOO_LATE"_s},
    };
    const auto &table = wireCodeTable();
    REQUIRE(table.size() == contract.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        CHECK(table[i].code == contract[i].first);
        CHECK(QString::fromLatin1(table[i].reason) == contract[i].second);
        CHECK(wireReason(contract[i].first) == contract[i].second);
    }
    CHECK(wireReason(4242).isEmpty());
}

TEST_CASE("every domain error maps to its wire code", "[protocol]")
{
    const std::vector<std::pair<ErrorCode, int>> expected = {
        {ErrorCode::InvalidParams, -32602}, {ErrorCode::UnknownService, 1003},
        {ErrorCode::ServiceClosed, 1004},   {ErrorCode::LimitReached, 1005},
        {ErrorCode::InvalidState, 1006},    {ErrorCode::NotFound, 1009},
        {ErrorCode::TooEarly, 1030},        {ErrorCode::TooLate, 1031},
        {ErrorCode::NoCounter, 1021},       {ErrorCode::NoOperator, 1022},
        {ErrorCode::CounterBusy, 1020},     {ErrorCode::StorageUnavailable, 1008},
        {ErrorCode::Internal, -32603},
    };
    // ErrorCode is append-only and Internal is its last value: the table
    // above must grow with it.
    REQUIRE(int(expected.size()) == int(ErrorCode::Internal) + 1);
    QSet<int> seen;
    for (const auto &[domain, code] : expected) {
        INFO("ErrorCode " << int(domain));
        seen.insert(int(domain));
        const WireError wire = toWireError(makeError(domain, u"human text"_s));
        CHECK(wire.code == code);
        CHECK(wire.reason == wireReason(code));
        CHECK_FALSE(wire.reason.isEmpty());
        CHECK_FALSE(wire.message.isEmpty());
        CHECK(wire.toJson().value(u"data"_s).toObject().value(u"reason"_s).toString()
              == wire.reason);
    }
    CHECK(seen.size() == int(expected.size()));
}

TEST_CASE("domain data travels in error data, next to the reason", "[protocol]")
{
    const WireError wire = toWireError(makeError(ErrorCode::TooEarly, u"come back later"_s,
                                                 {{u"opensAt"_s, u"2026-11-28T09:15:00.000Z"_s}}));
    const QJsonObject json = wire.toJson();
    CHECK(json.value(u"code"_s) == QJsonValue(1030));
    CHECK(json.value(u"message"_s) == QJsonValue(u"come back later"_s));
    CHECK(json.value(u"data"_s).toObject()
          == QJsonObject{{u"reason"_s, u"TOO_EARLY"_s},
                         {u"opensAt"_s, u"2026-11-28T09:15:00.000Z"_s}});
}

TEST_CASE("internal errors carry no internals", "[protocol]")
{
    const WireError wire = toWireError(makeError(ErrorCode::Internal,
                                                 u"sqlite3_step: table tickets has no column x"_s,
                                                 {{u"sql"_s, u"SELECT x FROM tickets"_s}}));
    CHECK(wire.code == -32603);
    CHECK_FALSE(wire.message.contains(u"sqlite"_s));
    CHECK(wire.data.isEmpty());
    CHECK(wire.toJson().value(u"data"_s).toObject() == QJsonObject{{u"reason"_s, u"INTERNAL"_s}});
}

TEST_CASE("an empty domain message gets a readable default", "[protocol]")
{
    const WireError wire = toWireError(makeError(ErrorCode::LimitReached, {}));
    CHECK(wire.message == u"limit reached"_s);
}

TEST_CASE("protocol-level factories use their codes and data", "[protocol]")
{
    CHECK(parseError().code == -32700);
    CHECK(invalidRequest(u"x"_s).code == -32600);
    CHECK(lineTooLong().code == -32600);
    CHECK(methodNotFound(u"a.b"_s).data.value(u"method"_s) == QJsonValue(u"a.b"_s));
    CHECK(invalidParams(u"bad"_s, u"rating"_s).data.value(u"param"_s) == QJsonValue(u"rating"_s));
    CHECK(internalError().code == -32603);
    CHECK(unauthenticated(u"bad token"_s).reason == u"UNAUTHENTICATED"_s);
    const WireError denied = forbidden(u"ticket.issue"_s, u"display"_s);
    CHECK(denied.code == 1002);
    CHECK(denied.message.contains(u"display"_s));
    const WireError limited = rateLimited(30);
    CHECK(limited.code == 1007);
    CHECK(limited.data.value(u"retryAfterSec"_s) == QJsonValue(30));
    const WireError mismatch = protocolMismatch(2, 1);
    CHECK(mismatch.code == 1010);
    CHECK(mismatch.data.value(u"supported"_s) == QJsonValue(1));
    CHECK(storageUnavailable().code == 1008);
}

TEST_CASE("wire errors survive a JSON round trip", "[protocol]")
{
    const WireError original = rateLimited(12);
    const WireError back = wireErrorFromJson(original.toJson());
    CHECK(back.code == original.code);
    CHECK(back.reason == original.reason);
    CHECK(back.message == original.message);
    CHECK(back.data == original.data);

    const WireError malformed = wireErrorFromJson({{u"code"_s, u"x"_s}});
    CHECK(malformed.code == -32603);
    CHECK(malformed.reason == u"MALFORMED_ERROR"_s);
}
