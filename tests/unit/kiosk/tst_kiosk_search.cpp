// The kiosk's service search: forgiving matching (the four i's, ё), word
// starts in every language, the on-screen keyboard's letters, and the
// search page typing what its keys say.

#include "centremodel.h"
#include "searchpage.h"
#include "servicesearch.h"
#include "tilegridpage.h"

#include "protocol/readmodelcodec.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

CentreModel &searchModel()
{
    static CentreModel model;
    const std::optional<CentreView> centre = decode<CentreView>(QJsonDocument::fromJson(R"({
      "centre": {"id": "c", "name": {"az": "Mərkəz"}},
      "categories": [{"id": "standard", "name": {"az": "Ümumi"}}],
      "services": [
        {"id": "idCard", "prefix": "A", "name": {"az": "Şəxsiyyət vəsiqəsi", "ru": "Удостоверение личности"},
         "group": "interior", "groupName": {"az": "Daxili İşlər Nazirliyi"}, "open": true},
        {"id": "driving", "prefix": "D", "name": {"az": "Sürücülük vəsiqəsi", "ru": "Водительское удостоверение"},
         "group": "road", "groupName": {"az": "Yol polisi"}, "open": true},
        {"id": "tax", "prefix": "T", "name": {"az": "Vergi ödəyicisi", "ru": "Налоги, учёт"},
         "group": "tax", "groupName": {"az": "Vergi"}, "open": true}]})")
                                                                    .object());
    REQUIRE(centre.has_value());
    model.loadCentre(*centre);
    return model;
}

QStringList ids(const QList<KioskService> &services)
{
    QStringList out;
    for (const KioskService &s : services)
        out.append(s.id);
    return out;
}

} // namespace

TEST_CASE("kiosk search: the four i's and ё fold together, matching is at word starts",
          "[kiosk][search]")
{
    CHECK(searchFold(u"İŞ ıI i"_s) == u"iş ii i"_s);
    CHECK(searchFold(u"учЁт"_s) == u"учет"_s);
    const CentreModel &model = searchModel();
    CHECK(ids(searchServices(model, u"VƏSİ"_s)) == QStringList{u"idCard"_s, u"driving"_s});
    CHECK(ids(searchServices(model, u"vəsı"_s)) == QStringList{u"idCard"_s, u"driving"_s});
    CHECK(ids(searchServices(model, u"ŞƏX VƏS"_s)) == QStringList{u"idCard"_s});
    CHECK(ids(searchServices(model, u"ÖDƏ"_s)) == QStringList{u"tax"_s});
    CHECK(ids(searchServices(model, u"УЧЕТ"_s)) == QStringList{u"tax"_s});     // typed without Ё
    CHECK(ids(searchServices(model, u"İŞLƏR"_s)) == QStringList{u"idCard"_s}); // the area's name
    CHECK(ids(searchServices(model, u"əsiq"_s)).isEmpty());                    // not a word start
    CHECK(searchServices(model, u"  "_s).isEmpty());
}

TEST_CASE("kiosk search: the keyboard has every letter of the language", "[kiosk][search]")
{
    const QStringList az = keyboardLetters(u"az"_s);
    CHECK(az.size() == 32);
    for (const QString &letter : {u"Ə"_s, u"Ğ"_s, u"I"_s, u"İ"_s, u"Ö"_s, u"Ş"_s, u"Ü"_s, u"Ç"_s})
        CHECK(az.contains(letter));
    CHECK(keyboardLetters(u"ru"_s).size() == 33);
    CHECK(keyboardLetters(u"en"_s).size() == 26);
}

TEST_CASE("kiosk search page: keys type, delete and clear", "[kiosk][search]")
{
    SearchPage page(&searchModel());
    page.setLanguage(u"az"_s);
    for (const QString &key : {u"V"_s, u"Ə"_s, u"S"_s, u"İ"_s})
        page.key(key)->click();
    CHECK(page.query() == u"VƏSİ"_s);
    CHECK(page.results()->tiles().size() == 2);
    page.key(u"delete"_s)->click();
    CHECK(page.query() == u"VƏS"_s);
    page.key(u"space"_s)->click();
    page.type(u"Ş"_s);
    CHECK(page.query() == u"VƏS Ş"_s);
    page.key(u"clear"_s)->click();
    CHECK(page.query().isEmpty());
    CHECK(page.results()->tiles().isEmpty());
}
