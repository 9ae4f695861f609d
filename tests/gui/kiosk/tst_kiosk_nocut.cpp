// The no-clipping check of the kiosk: every screen (start, areas, services,
// priority, category, confirmation, search, check-in, every message, out of
// service) in az, en and ru, portrait and landscape, with the real style
// sheet and a real engine, has every text whole: it fits its widget and no
// word is broken inside (app/textfit.h, run by the screenshot mode).

#include "kioskharness.h"
#include "kiosktestsupport.h"

#include "app/appstyle.h"
#include "app/textfit.h"
#include "screenshots.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

TEST_CASE("kiosk: no text is cut on any screen, language or orientation", "[gui][kiosk][nocut]")
{
    applyAppStyle(*qApp, u"kiosk"_s, 32);
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    QTemporaryDir dir;
    auto kiosk = makeKiosk(engine.port(), u"png:"_s + dir.filePath(u"ticket.png"_s));
    REQUIRE(kiosk);
    QString report;
    QTextStream out(&report);
    const int code = writeScreenshots(*kiosk, dir.path(), out);
    out.flush();
    INFO(report.toStdString());
    CHECK(code == 0);
    CHECK_FALSE(report.contains(u"text cut"_s));
    // Every language and orientation was walked (start, groups, ..., search).
    CHECK(QDir(dir.path()).entryList({u"kiosk-*.png"_s}).size() >= 3 * 2 * 8);
    qApp->setStyleSheet(QString());
}

TEST_CASE("the fit check finds a word broken inside and a time range split", "[gui][nocut]")
{
    QFont font = QApplication::font();
    font.setPixelSize(40);
    const int word = widestWord(font, u"Государственная"_s);
    // A word wider than its line overflows (cut at both edges): the check sees it.
    const QString name = u"Государственная дорожная полиция"_s;
    CHECK_FALSE(textFits(font, name, QSizeF(word - 10, 1000), true));
    CHECK(textFits(font, name, QSizeF(word + 4, 1000), true));
    const QString hours = u"Bağlıdır · açıq 10:00–17:00"_s;
    const QString joined = u"Bağlıdır · açıq 10:00\u2060–\u206017:00"_s;
    const int upToDash = QFontMetrics(font).horizontalAdvance(u"Bağlıdır · açıq 10:00–1"_s);
    CHECK(breaksInsideWord(font, hours, upToDash));
    CHECK_FALSE(breaksInsideWord(font, joined, upToDash));
    QWidget root;
    auto *label = new QLabel(u"təxminən\u00A060\u00A0dəq"_s, &root);
    label->setFont(font);
    label->setWordWrap(true);
    label->resize(QFontMetrics(font).horizontalAdvance(u"təxminən"_s) + 8, 200);
    root.show();
    CHECK_FALSE(cutTexts(&root).isEmpty()); // the phrase cannot wrap, so it does not fit
    label->resize(QFontMetrics(font).horizontalAdvance(label->text()) + 8, 200);
    CHECK(cutTexts(&root).isEmpty());
}
