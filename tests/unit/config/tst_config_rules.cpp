// Every validation rule: take the valid minimal fixture, break one thing, expect a refusal
// whose message names the offending entry and the rule.
#include "configtestutil.h"

#include "core/configloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

const QString REMOVE = u"<remove>"_s;

// `node` with the value at `path` ("services/1/prefix") replaced, or removed for REMOVE;
// an index one past the end appends.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    const bool remove = path.isEmpty() && value.isUndefined();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        REQUIRE(index <= array.size());
        if (index == array.size())
            array.append(QJsonValue());
        if (remove)
            array.removeAt(index);
        else
            array[index] = path.isEmpty() ? value : changed(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(head);
    else
        object[head] = path.isEmpty() ? value : changed(object[head], path, value);
    return object;
}

QByteArray brokenConfig(const QString &path, const QString &valueJson)
{
    const QJsonDocument base = QJsonDocument::fromJson(
        test::sourceFile(u"tests/data/configs/valid-minimal.json"_s));
    REQUIRE(base.isObject());
    QJsonValue value(QJsonValue::Undefined);
    if (valueJson != REMOVE) {
        const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[") + valueJson.toUtf8()
                                                              + ']');
        REQUIRE(wrapped.isArray());
        value = wrapped.array().at(0);
    }
    return QJsonDocument(changed(base.object(), path.split(u'/'), value).toObject()).toJson();
}

struct Rule
{
    const char *path;
    const char *value;    // JSON text, or "<remove>"
    const char *expected; // the whole message must contain this
};

const Rule RULES[] = {
    {"centre", "<remove>", "centre: must be an object"},
    {"centre/id", "<remove>", "centre: missing id"},
    {"centre/id", "\"\"", "centre: missing id"},
    {"centre/name", "<remove>", "centre: name must be an object with at least a non-empty \"az\""},
    {"centre/name", "{\"en\": \"Test\"}",
     "centre: name must be an object with at least a non-empty \"az\""},
    {"centre/name", "\"Sınaq\"", "centre: name must be an object of texts by language"},
    {"centre/timezone", "\"Mars/Olympus\"",
     "centre: timezone \"Mars/Olympus\" is not a valid IANA time zone id"},
    {"centre/timezone", "\"\"", "centre: timezone \"\" is not a valid IANA"},
    {"centre/maxRecalls", "-1", "centre: maxRecalls must be an integer >= 0 (got -1)"},
    {"centre/maxRecalls", "2.5", "centre: maxRecalls must be an integer >= 0 (got 2.5)"},
    {"centre/languages", "[]", "centre: languages must list at least one language"},
    {"centre/ticker", "\"hi\"", "centre: ticker must be an object"},
    {"groups/1/id", "\"migration\"",
     "groups[1] \"migration\": duplicate id, already used by groups[0]"},
    {"groups/0/name", "{}",
     "groups[0] \"migration\": name must be an object with at least a non-empty \"az\""},
    {"categories/0", "<remove>", "categories: a \"standard\" category is required"},
    {"categories/1/id", "\"standard\"",
     "categories[1] \"standard\": duplicate id, already used by categories[0]"},
    {"categories/1/boostMin", "-5",
     "categories[1] \"disability\": boostMin must be an integer >= 0 (got -5)"},
    {"categories/1/needsProof", "\"yes\"",
     "categories[1] \"disability\": needsProof must be true or false"},
    {"categories/1/name", "{\"az\": \"\"}",
     "categories[1] \"disability\": name must be an object with at least a non-empty \"az\""},
    {"categories/1/short", "{\"en\": \"DISABLED\"}",
     "categories[1] \"disability\": short.en must be 1-4 characters without outer spaces "
     "(got \"DISABLED\")"},
    {"categories/1/short", "{\"ru\": \"\"}",
     "categories[1] \"disability\": short.ru must be 1-4 characters without outer spaces "
     "(got \"\")"},
    {"categories/1/short", "{\"az\": \" ƏL\"}",
     "categories[1] \"disability\": short.az must be 1-4 characters without outer spaces "
     "(got \" ƏL\")"},
    {"categories/1/short", "{\"az\": 5}",
     "categories[1] \"disability\": short.az must be a string"},
    {"categories", "{}", "config: categories must be an array (got {})"},
    {"services/1/id", "\"passport\"",
     "services[1] \"passport\": duplicate id, already used by services[0]"},
    {"services/1/id", "<remove>", "services[1]: id must be a non-empty string"},
    {"services/1", "\"notary\"", "services[1]: must be an object"},
    {"services/1/prefix", "\"A\"",
     "services[1] \"notary\": prefix \"A\" already used by services[0] \"passport\""},
    {"services/1/prefix", "\"n1\"",
     "services[1] \"notary\": prefix \"n1\" must be 1-3 capital Latin letters"},
    {"services/1/prefix", "\"ABCD\"",
     "services[1] \"notary\": prefix \"ABCD\" must be 1-3 capital Latin letters"},
    {"services/1/prefix", "\"Ə\"",
     "services[1] \"notary\": prefix \"Ə\" must be 1-3 capital Latin letters"},
    {"services/1/prefix", "<remove>",
     "services[1] \"notary\": missing prefix (must be 1-3 capital Latin letters)"},
    {"services/1/prefix", "7",
     "services[1] \"notary\": prefix 7 must be 1-3 capital Latin letters"},
    {"services/0/name", "{\"en\": \"Passport\"}",
     "services[0] \"passport\": name must be an object with at least a non-empty \"az\""},
    {"services/0/group", "\"tax\"",
     "services[0] \"passport\": group \"tax\" is not defined in groups"},
    {"services/0/hours", "[\"18:00\", \"09:00\"]",
     "services[0] \"passport\": hours [\"18:00\",\"09:00\"] must be two \"HH:MM\" strings with "
     "opening before closing"},
    {"services/0/hours", "[\"09:00\", \"09:00\"]",
     "services[0] \"passport\": hours [\"09:00\",\"09:00\"] must be two"},
    {"services/0/hours", "[\"9:00\", \"18:00\"]",
     "services[0] \"passport\": hours [\"9:00\",\"18:00\"] must be two"},
    {"services/0/hours", "[\"09:00\", \"24:00\"]",
     "services[0] \"passport\": hours [\"09:00\",\"24:00\"] must be two"},
    {"services/0/hours", "[\"09:00\"]", "services[0] \"passport\": hours [\"09:00\"] must be two"},
    {"services/0/hours", "\"09:00-18:00\"",
     "services[0] \"passport\": hours \"09:00-18:00\" must be two"},
    {"services/0/targetWaitMin", "-1",
     "services[0] \"passport\": targetWaitMin must be an integer >= 0 (got -1)"},
    {"services/0/dailyLimit", "-10",
     "services[0] \"passport\": dailyLimit must be an integer >= 0 (got -10)"},
    {"services/0/dailyLimit", "\"600\"",
     "services[0] \"passport\": dailyLimit must be an integer >= 0 (got \"600\")"},
    {"services/0/enabled", "1", "services[0] \"passport\": enabled must be true or false (got 1)"},
    {"services/0/defaultServiceMin", "0",
     "services[0] \"passport\": defaultServiceMin must be a number > 0"},
    {"services/0/appointments/slotMin", "0",
     "services[0] \"passport\": appointments.slotMin must be an integer >= 1 (got 0)"},
    {"services/0/appointments/perSlot", "-2",
     "services[0] \"passport\": appointments.perSlot must be an integer >= 1 (got -2)"},
    {"services/0/appointments/earlyMin", "-1",
     "services[0] \"passport\": appointments.earlyMin must be an integer >= 0"},
    {"services/0/appointments", "true", "services[0] \"passport\": appointments must be an object"},
    {"services/0/outcomes", "[\"issued\", \"\"]",
     "services[0] \"passport\": outcomes must hold non-empty strings"},
    {"services/0/outcomes", "[\"issued\", \"issued\"]",
     "services[0] \"passport\": outcomes lists \"issued\" twice"},
    {"counters/1/id", "\"c01\"", "counters[1] \"c01\": duplicate id, already used by counters[0]"},
    {"counters/0/services/0/service", "\"pasport\"",
     "counters[0] \"c01\": services[0] \"pasport\": service \"pasport\" is not defined in "
     "services"},
    {"counters/0/services", "[]", "counters[0] \"c01\": has no services"},
    {"counters/0/services", "<remove>", "counters[0] \"c01\": has no services"},
    {"counters/0/services/1/service", "\"passport\"",
     "counters[0] \"c01\": services[1] \"passport\": service listed twice"},
    {"counters/0/services/0/weight", "0",
     "counters[0] \"c01\": services[0] \"passport\": weight must be a number > 0 and <= 100 "
     "(got 0)"},
    {"counters/0/services/0/weight", "-1",
     "counters[0] \"c01\": services[0] \"passport\": weight must be a number > 0 and <= 100 "
     "(got -1)"},
    {"counters/0/services/0/weight", "101",
     "counters[0] \"c01\": services[0] \"passport\": weight must be a number > 0 and <= 100 "
     "(got 101)"},
    {"counters/0/services/0/weight", "\"2\"",
     "counters[0] \"c01\": services[0] \"passport\": weight must be a number > 0 and <= 100 "
     "(got \"2\")"},
    {"counters/1/name", "<remove>",
     "counters[1] \"c02\": name must be an object with at least a non-empty \"az\""},
    {"devices/1/id", "\"kiosk-1\"",
     "devices[1] \"kiosk-1\": duplicate id, already used by devices[0]"},
    {"devices/0/role", "\"printer\"",
     "devices[0] \"kiosk-1\": role \"printer\" must be one of kiosk, display, counter, manager, "
     "booking"},
    {"devices/0/role", "<remove>", "devices[0] \"kiosk-1\": role must be a non-empty string"},
    {"devices/0/token", "\"\"", "devices[0] \"kiosk-1\": token must be a non-empty string"},
    {"devices/0/token", "<remove>", "devices[0] \"kiosk-1\": token must be a non-empty string"},
    {"devices/0/printerProfile", "\"tm-t88\"",
     "devices[0] \"kiosk-1\": printerProfile \"tm-t88\" is not defined in printerProfiles"},
    {"devices/1/zone/services", "[\"bank\"]",
     "devices[1] \"display-1\": zone.services names \"bank\", which is not defined in "
     "services"},
    {"devices/1/zone/counters", "[\"c09\"]",
     "devices[1] \"display-1\": zone.counters names \"c09\", which is not defined in counters"},
    {"operators/0/id", "<remove>", "operators[0]: id must be a non-empty string"},
    {"operators/0/name", "\"\"", "operators[0] \"op01\": name must be a non-empty string"},
    {"operators/0/pin", "\"1001\"",
     "operators[0] \"op01\": pin must be \"pbkdf2-sha256$ITER$SALT_B64$HASH_B64\""},
    {"operators/0/pin", "\"pbkdf2-sha256$0$c2FsdA==$Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4Xs=\"",
     "operators[0] \"op01\": pin must be"},
    {"operators/0/pin", "\"pbkdf2-sha256$1$c2FsdA$Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4Xs=\"",
     "operators[0] \"op01\": pin must be"},
    {"operators/0/pin", "\"pbkdf2-sha256$1$c2FsdA==$Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4\"",
     "operators[0] \"op01\": pin must be"},
    {"printerProfiles/0/widthDots", "0",
     "printerProfiles[0] \"narrow\": widthDots must be an integer >= 8 (got 0)"},
    {"printerProfiles/0/cut", "\"half\"",
     "printerProfiles[0] \"narrow\": cut \"half\" must be one of partial, full, feedPartial"},
    {"printerProfiles/0/padBand48", "1",
     "printerProfiles[0] \"narrow\": padBand48 must be true or false (got 1)"},
    {"printerProfiles/1", "{\"id\": \"narrow\"}",
     "printerProfiles[1] \"narrow\": duplicate id, already used by printerProfiles[0]"},
    {"printerProfiles/0/nativeQr", "\"no\"",
     "printerProfiles[0] \"narrow\": nativeQr must be true or false"},
};

} // namespace

TEST_CASE("the unbroken fixture is valid", "[config][rules]")
{
    const auto result = parseCentreConfig(brokenConfig(u"comment"_s, u"\"untouched\""_s));
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    CHECK(result.ok());
}

TEST_CASE("each broken rule is refused with a message naming the entry", "[config][rules]")
{
    const Rule rule = GENERATE(from_range(std::begin(RULES), std::end(RULES)));
    INFO("change " << rule.path << " to " << rule.value);
    const auto result = parseCentreConfig(
        brokenConfig(QString::fromUtf8(rule.path), QString::fromUtf8(rule.value)));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidParams);
    CHECK_THAT(result.error().message.toStdString(), Catch::Contains(rule.expected));
}

TEST_CASE("a file that is not a JSON object is refused", "[config][rules]")
{
    const auto [file, expected] = GENERATE(table<const char *, const char *>({
        {"not-json.json", "config: not valid JSON"},
        {"not-object.json", "config: must be a JSON object"},
    }));
    const auto result = parseCentreConfig(
        test::sourceFile(u"tests/data/configs/"_s + QString::fromUtf8(file)));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidParams);
    CHECK_THAT(result.error().message.toStdString(), Catch::Contains(expected));
}

TEST_CASE("empty input is refused", "[config][rules]")
{
    const auto result = parseCentreConfig(QByteArray());
    REQUIRE_FALSE(result.ok());
    CHECK_THAT(result.error().message.toStdString(), Catch::Contains("config: not valid JSON"));
}
