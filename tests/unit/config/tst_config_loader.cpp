#include "configtestutil.h"

#include "core/configloader.h"
#include "core/pinhash.h"

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

CentreConfig loadMinimal()
{
    const auto result = parseCentreConfig(
        test::sourceFile(u"tests/data/configs/valid-minimal.json"_s));
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("the minimal config loads with every section", "[config]")
{
    const CentreConfig c = loadMinimal();
    CHECK(c.centre.id == u"test-1"_s);
    CHECK(c.centre.name.value(u"az"_s) == u"Sınaq mərkəzi"_s);
    CHECK(c.centre.timezone == u"Asia/Baku"_s);
    CHECK(c.centre.languages == QStringList{u"az"_s, u"en"_s});
    CHECK(c.centre.maxRecalls == 2);
    CHECK(c.centre.trackingBaseUrl == u"https://novbe.example.az"_s);
    CHECK(c.centre.ticker.value(u"az"_s) == u"Xoş gəlmisiniz"_s);
    REQUIRE(c.categories.size() == 2);
    CHECK(c.categories[1].boostMin == 30);
    CHECK(c.categories[1].needsProof);
    CHECK_FALSE(c.categories[0].needsProof);
    CHECK(c.categories[1].shortCode == LocalizedText{{u"az"_s, u"ƏLİL"_s}, {u"en"_s, u"DIS"_s}});
    CHECK(c.categories[0].shortCode.isEmpty());
    REQUIRE(c.counters.size() == 2);
    CHECK(c.weight(u"c01"_s, u"passport"_s) == 2.0);
    CHECK(c.weight(u"c02"_s, u"notary"_s) == 0.5);
    REQUIRE(c.operators.size() == 1);
    CHECK(c.operators[0].name == u"Aysel Məmmədova"_s);
    CHECK(verifyPin(u"1001"_s, c.operators[0].pin));
}

TEST_CASE("services carry hours, appointments, groups and outcomes", "[config]")
{
    const CentreConfig c = loadMinimal();
    const ServiceConfig *passport = c.service(u"passport"_s);
    REQUIRE(passport);
    CHECK(passport->prefix == u"A"_s);
    CHECK(passport->group == u"migration"_s);
    CHECK(passport->groupName.value(u"en"_s) == u"Migration"_s);
    CHECK(passport->targetWaitMin == 15);
    CHECK(passport->dailyLimit == 600);
    REQUIRE(passport->hours.has_value());
    CHECK(passport->hours->open == QTime(9, 0));
    CHECK(passport->hours->close == QTime(18, 0));
    CHECK(passport->enabled);
    CHECK(passport->defaultServiceSec == 450);
    CHECK(passport->appointments.enabled);
    CHECK(passport->appointments.slotMin == 15);
    CHECK(passport->appointments.perSlot == 2);
    CHECK(passport->appointments.earlyMin == 30);
    CHECK(passport->appointments.lateMin == 10);
    CHECK(passport->outcomes == QStringList{u"issued"_s, u"refused"_s});
}

TEST_CASE("absent optional keys take their defaults", "[config]")
{
    const CentreConfig c = loadMinimal();
    const ServiceConfig *notary = c.service(u"notary"_s);
    REQUIRE(notary);
    CHECK_FALSE(notary->enabled);
    CHECK_FALSE(notary->hours.has_value());
    CHECK_FALSE(notary->appointments.enabled);
    CHECK(notary->defaultServiceSec == 300);
    CHECK(notary->targetWaitMin == 15);
    CHECK(notary->dailyLimit == 0);
    CHECK(notary->outcomes.isEmpty());
    CHECK(c.weight(u"c01"_s, u"notary"_s) == 1.0);
    CHECK(c.device(u"desk-1"_s)->zoneServices.isEmpty());
    CHECK(c.device(u"desk-1"_s)->printer.isEmpty());
}

// Printers are the kiosk's own settings now (kiosk/printing, docs/kiosk.md);
// the legacy printerProfiles and device printer keys still load and are checked.
TEST_CASE("devices carry zones; legacy printer keys still load", "[config]")
{
    const CentreConfig c = loadMinimal();
    const DeviceConfig *kiosk = c.device(u"kiosk-1"_s);
    REQUIRE(kiosk);
    CHECK(kiosk->role == u"kiosk"_s);
    CHECK(kiosk->token == u"t-kiosk"_s);
    CHECK(kiosk->printer == u"png:var/tickets/k1.png"_s);
    CHECK(kiosk->printerProfile == u"narrow"_s);
    const DeviceConfig *display = c.device(u"display-1"_s);
    REQUIRE(display);
    CHECK(display->zoneServices == QStringList{u"notary"_s});
    CHECK(display->zoneCounters == QStringList{u"c02"_s});
}

TEST_CASE("the protocol's minimal example shape loads without additive keys", "[config]")
{
    const QByteArray json = R"({"centre": {"id": "baku-1", "name": {"az": "Bakı"}},
        "categories": [{"id": "standard", "name": {"az": "Ümumi"}, "boostMin": 0}],
        "services": [{"id": "passport", "prefix": "A", "name": {"az": "Pasport"}, "group": "migration"}],
        "counters": [{"id": "c01", "name": {"az": "1"}, "services": [{"service": "passport", "weight": 2}]}],
        "devices": [{"id": "kiosk-1", "role": "kiosk", "token": "x"}]})";
    const auto result = parseCentreConfig(json);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    CHECK(result->centre.maxRecalls == 3);
    CHECK(result->centre.languages == QStringList{u"az"_s, u"en"_s, u"ru"_s});
    CHECK(result->services[0].group == u"migration"_s);
    CHECK(result->services[0].groupName.isEmpty());
    CHECK(result->operators.empty());
}

TEST_CASE("a counter service may be a bare service id with weight 1", "[config]")
{
    const QByteArray json = R"({"centre": {"id": "x", "name": {"az": "X"}},
        "categories": [{"id": "standard", "name": {"az": "Ümumi"}}],
        "services": [{"id": "bank", "prefix": "BK", "name": {"az": "Bank"}}],
        "counters": [{"id": "c25", "name": {"az": "25"}, "services": ["bank"]}]})";
    const auto result = parseCentreConfig(json);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    CHECK(result->weight(u"c25"_s, u"bank"_s) == 1.0);
    CHECK_FALSE(parseCentreConfig(QByteArray(json).replace("[\"bank\"]", "[\"bnk\"]")).ok());
}
