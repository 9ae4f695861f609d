#include "core/centreconfig.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("localized picks the language, then az, then en, then any", "[config]")
{
    const LocalizedText all{
        {u"az"_s, u"Pasport"_s}, {u"en"_s, u"Passport"_s}, {u"ru"_s, u"Паспорт"_s}};
    CHECK(localized(all, u"ru"_s) == u"Паспорт"_s);
    CHECK(localized(all, u"en"_s) == u"Passport"_s);
    CHECK(localized(all, u"de"_s) == u"Pasport"_s);
    CHECK(localized({{u"en"_s, u"Passport"_s}, {u"ru"_s, u"Паспорт"_s}}, u"de"_s) == u"Passport"_s);
    CHECK(localized({{u"ru"_s, u"Паспорт"_s}}, u"en"_s) == u"Паспорт"_s);
    CHECK(localized({{u"az"_s, QString()}, {u"en"_s, u"Passport"_s}}, u"az"_s) == u"Passport"_s);
    CHECK(localized({}, u"az"_s).isEmpty());
}

TEST_CASE("a category's short code is localized, else the id's first letters", "[config]")
{
    const LocalizedText codes{{u"az"_s, u"ƏLİL"_s}, {u"en"_s, u"DIS"_s}, {u"ru"_s, u"ИНВ"_s}};
    CHECK(categoryShortCode(codes, u"disability"_s, u"az"_s) == u"ƏLİL"_s);
    CHECK(categoryShortCode(codes, u"disability"_s, u"en"_s) == u"DIS"_s);
    CHECK(categoryShortCode(codes, u"disability"_s, u"ru"_s) == u"ИНВ"_s);
    // A language without a code falls back like names (az, then en).
    CHECK(categoryShortCode({{u"az"_s, u"ƏLİL"_s}}, u"disability"_s, u"ru"_s) == u"ƏLİL"_s);
    // No code at all: the first three letters of the id in capitals, in every language.
    CHECK(categoryShortCode({}, u"veteran"_s, u"ru"_s) == u"VET"_s);
    CHECK(categoryShortCode({}, u"ab"_s, u"az"_s) == u"AB"_s);
}

TEST_CASE("CentreConfig looks entries up by id", "[config]")
{
    CentreConfig config;
    config.categories.resize(1);
    config.categories[0].id = u"standard"_s;
    config.services.resize(2);
    config.services[0].id = u"passport"_s;
    config.services[1].id = u"notary"_s;
    config.services[1].prefix = u"N"_s;
    config.counters.push_back({u"c01"_s, {}, {{u"passport"_s, 2.0}, {u"notary"_s, 0.5}}});
    config.devices.resize(1);
    config.devices[0].id = u"kiosk-1"_s;
    config.devices[0].role = u"kiosk"_s;
    config.operators.push_back({u"op01"_s, u"Aysel"_s, QString()});

    REQUIRE(config.service(u"notary"_s));
    CHECK(config.service(u"notary"_s)->prefix == u"N"_s);
    CHECK(config.service(u"bank"_s) == nullptr);
    CHECK(config.category(u"standard"_s) != nullptr);
    CHECK(config.category(u"vip"_s) == nullptr);
    CHECK(config.counter(u"c01"_s) != nullptr);
    CHECK(config.counter(u"c02"_s) == nullptr);
    CHECK(config.device(u"kiosk-1"_s)->role == u"kiosk"_s);
    CHECK(config.device(u"kiosk-2"_s) == nullptr);
    CHECK(config.findOperator(u"op01"_s)->name == u"Aysel"_s);
    CHECK(config.findOperator(u"op02"_s) == nullptr);

    CHECK(config.weight(u"c01"_s, u"passport"_s) == 2.0);
    CHECK(config.weight(u"c01"_s, u"notary"_s) == 0.5);
    CHECK(config.weight(u"c01"_s, u"bank"_s) == 0.0);
    CHECK(config.weight(u"c99"_s, u"passport"_s) == 0.0);
}
