// The kiosk's service search: forgiving matching (the four i's, ё), word
// starts in every language, the on-screen keyboard's letters, and the
// search page typing what its keys say.

#include "centremodel.h"
#include "searchpage.h"
#include "servicesearch.h"
#include "tilegridpage.h"

#include "app/appstyle.h"
#include "protocol/readmodelcodec.h"
#include "ui/fonts.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QGlyphRun>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTextLayout>

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

// The ink height of each letter of `text` drawn in `font` (letters apart by a space).
QList<int> inkHeights(const QFont &font, const QString &text)
{
    const QFontMetrics metrics(font);
    QImage image(metrics.horizontalAdvance(text) * 2 + 40, metrics.height() * 2,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(20, metrics.height() * 3 / 2, text);
    painter.end();
    QList<int> heights;
    int top = image.height();
    int bottom = -1;
    for (int x = 0; x < image.width(); ++x) {
        bool ink = false;
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                ink = true;
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
        if (!ink && bottom >= 0) { // the end of one letter
            heights.append(bottom - top + 1);
            top = image.height();
            bottom = -1;
        }
    }
    return heights;
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

// The az capitals Ə and İ in the search field ("VƏSİ" once looked like small
// letters): they come from the bundled DejaVu Sans Bold itself, with no
// fallback face and no capitalization or spacing applied, at capital height.
// The capital schwa simply has the shape of a large ə, and İ's dot makes it
// the tallest letter: that is the typeface, not a rendering fault.
TEST_CASE("kiosk search field: az capitals come from the bundled bold face at full height",
          "[kiosk][search]")
{
    applyAppStyle(*qApp, u"kiosk"_s, 32);
    SearchPage page(&searchModel());
    page.resize(1080, 1920);
    page.setLanguage(u"az"_s);
    page.type(u"VƏSİ"_s);
    auto *field = page.findChild<QLabel *>(u"searchField"_s);
    REQUIRE(field);
    field->ensurePolished();
    const QFont font = field->font();
    CHECK(font.bold());
    CHECK(font.capitalization() == QFont::MixedCase);
    CHECK(font.letterSpacing() == 0);
    QTextLayout layout(field->text(), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    REQUIRE(runs.size() == 1); // one face for every letter: no fallback
    CHECK(runs[0].rawFont().familyName() == QString::fromLatin1(fonts::FAMILY));
    CHECK(runs[0].rawFont().weight() >= QFont::Bold);

    const QList<int> heights = inkHeights(font, u"V Ə S İ v ə"_s);
    REQUIRE(heights.size() == 6);
    const int capital = heights[0];
    INFO("V " << heights[0] << ", Ə " << heights[1] << ", S " << heights[2] << ", İ " << heights[3]
              << ", v " << heights[4] << ", ə " << heights[5]);
    CHECK(heights[1] >= capital); // Ə: capital height (round letters overshoot)
    CHECK(heights[2] >= capital);
    CHECK(heights[3] > capital);            // İ: a capital I and its dot
    CHECK(heights[5] < capital * 85 / 100); // the lowercase ə is clearly smaller
}
