#include "protocol/params.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST_CASE("ParamReader reads well-typed params", "[protocol]")
{
    ParamReader r(object(R"({"service":"passport","rating":4,"since":12,"flag":true,
                            "start":"2026-11-28T13:15:00+04:00","citizen":{"name":"A"},
                            "placement":"last","comment":""})"));
    CHECK(r.requiredString(u"service"_s) == u"passport"_s);
    CHECK(r.requiredInt(u"rating"_s, 1, 5) == 4);
    CHECK(r.optionalInt(u"since"_s, 0, 0, std::numeric_limits<qint64>::max()) == 12);
    CHECK(r.optionalInt(u"absent"_s, 7, 0, 10) == 7);
    CHECK(r.optionalBool(u"flag"_s, false));
    CHECK(r.requiredTime(u"start"_s) == QDateTime(QDate(2026, 11, 28), QTime(9, 15), Qt::UTC));
    CHECK(r.optionalObject(u"citizen"_s).value(u"name"_s) == QJsonValue(u"A"_s));
    CHECK(r.requiredEnum(u"placement"_s, {u"first"_s, u"last"_s, u"original"_s}) == u"last"_s);
    CHECK(r.optionalString(u"comment"_s, u"x"_s) == QString());
    CHECK(r.optionalString(u"lang"_s, u"az"_s) == u"az"_s);
    CHECK(r.ok());
    CHECK_FALSE(r.error().has_value());
}

TEST_CASE("ParamReader names the param and the rule it broke", "[protocol]")
{
    struct Case
    {
        const char *name;
        const char *json;
        std::function<void(ParamReader &)> read;
        const char *param;
    };
    const Case c = GENERATE_COPY(values<Case>({
        {"missing string", "{}", [](ParamReader &r) { r.requiredString(u"service"_s); }, "service"},
        {"null string", R"({"service":null})",
         [](ParamReader &r) { r.requiredString(u"service"_s); }, "service"},
        {"empty string", R"({"service":""})",
         [](ParamReader &r) { r.requiredString(u"service"_s); }, "service"},
        {"number for string", R"({"service":5})",
         [](ParamReader &r) { r.requiredString(u"service"_s); }, "service"},
        {"too long", R"({"code":"1234567"})",
         [](ParamReader &r) { r.requiredString(u"code"_s, 6); }, "code"},
        {"optional wrong type", R"({"lang":[]})",
         [](ParamReader &r) { r.optionalString(u"lang"_s, u"az"_s); }, "lang"},
        {"optional empty refused", R"({"lang":""})",
         [](ParamReader &r) { r.optionalString(u"lang"_s, u"az"_s, false); }, "lang"},
        {"missing int", "{}", [](ParamReader &r) { r.requiredInt(u"rating"_s, 1, 5); }, "rating"},
        {"int too big", R"({"rating":6})", [](ParamReader &r) { r.requiredInt(u"rating"_s, 1, 5); },
         "rating"},
        {"int too small", R"({"rating":0})",
         [](ParamReader &r) { r.optionalInt(u"rating"_s, 3, 1, 5); }, "rating"},
        {"fractional int", R"({"rating":2.5})",
         [](ParamReader &r) { r.requiredInt(u"rating"_s, 1, 5); }, "rating"},
        {"string int", R"({"rating":"3"})",
         [](ParamReader &r) { r.requiredInt(u"rating"_s, 1, 5); }, "rating"},
        {"huge int", R"({"sinceSeq":1e300})",
         [](ParamReader &r) {
             r.optionalInt(u"sinceSeq"_s, 0, 0, std::numeric_limits<qint64>::max());
         },
         "sinceSeq"},
        {"bool as int", R"({"flag":1})", [](ParamReader &r) { r.optionalBool(u"flag"_s, false); },
         "flag"},
        {"bad enum", R"({"placement":"middle"})",
         [](ParamReader &r) {
             r.requiredEnum(u"placement"_s, {u"first"_s, u"last"_s});
         },
         "placement"},
        {"time without zone", R"({"start":"2026-11-28T09:15:00"})",
         [](ParamReader &r) { r.requiredTime(u"start"_s); }, "start"},
        {"not a time", R"({"start":"tomorrow"})",
         [](ParamReader &r) { r.requiredTime(u"start"_s); }, "start"},
        {"impossible date", R"({"start":"2026-02-30T09:15:00Z"})",
         [](ParamReader &r) { r.requiredTime(u"start"_s); }, "start"},
        {"object wrong type", R"({"citizen":"Ali"})",
         [](ParamReader &r) { r.optionalObject(u"citizen"_s); }, "citizen"},
    }));
    INFO(c.name);
    ParamReader r(object(c.json));
    c.read(r);
    CHECK_FALSE(r.ok());
    const std::optional<WireError> error = r.error();
    REQUIRE(error.has_value());
    CHECK(error->code == -32602);
    CHECK(error->reason == u"INVALID_PARAMS"_s);
    CHECK(error->data.value(u"param"_s).toString() == QString::fromLatin1(c.param));
    CHECK_FALSE(error->data.value(u"rule"_s).toString().isEmpty());
    CHECK(error->message.contains(QString::fromLatin1(c.param)));
}

TEST_CASE("ParamReader keeps the first error", "[protocol]")
{
    ParamReader r(object(R"({"rating":9})"));
    r.requiredString(u"service"_s);
    r.requiredInt(u"rating"_s, 1, 5);
    REQUIRE(r.error().has_value());
    CHECK(r.error()->data.value(u"param"_s) == QJsonValue(u"service"_s));
    CHECK(r.error()->message.contains(u"missing"_s));
}

TEST_CASE("ParamReader treats null optional params as absent", "[protocol]")
{
    ParamReader r(object(R"({"lang":null,"sinceSeq":null,"citizen":null})"));
    CHECK(r.optionalString(u"lang"_s, u"az"_s) == u"az"_s);
    CHECK(r.optionalInt(u"sinceSeq"_s, -1, 0, 100) == -1);
    CHECK(r.optionalObject(u"citizen"_s).isEmpty());
    CHECK_FALSE(r.has(u"lang"_s));
    CHECK(r.ok());
}
