// The pause reasons of the app kit: one list of codes, one name each, in
// az, en and ru (catalog "appkit"), for the counter and the dashboard alike.
#include "app/pausereasons.h"
#include "app/translations.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("every pause reason has its name in az, en and ru", "[dashboard][i18n]")
{
    CHECK(PauseReasons::codes()
          == QStringList{u"break"_s, u"lunch"_s, u"paperwork"_s, u"technical"_s, u"meeting"_s});
    Translations &t = Translations::ofCatalog(PauseReasons::catalog());
    REQUIRE(t.has(u"az"_s));
    REQUIRE(t.has(u"ru"_s));
    t.install(u"en"_s);
    QStringList english;
    for (const QString &code : PauseReasons::codes())
        english << PauseReasons::label(code);
    CHECK(english.contains(u"Lunch"_s));
    for (const QString &lang : {u"az"_s, u"ru"_s}) {
        t.install(lang);
        for (qsizetype i = 0; i < english.size(); ++i) {
            INFO(lang.toStdString() << " " << english[i].toStdString());
            CHECK(PauseReasons::label(PauseReasons::codes()[i]) != english[i]);
        }
    }
    t.install(u"ru"_s);
    CHECK(PauseReasons::label(u"lunch"_s) == u"Обед"_s);
    CHECK(PauseReasons::label(u"sick"_s) == u"sick"_s); // unknown: as it is
    t.install(u"az"_s);
    CHECK(PauseReasons::label(u"lunch"_s) == u"Nahar"_s);
    CHECK(PauseReasons::label(QString()) == u"Fasilə"_s);
    t.install(u"en"_s);
}
