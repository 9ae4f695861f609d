#include "announcementtext.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("announcement texts per language (golden)", "[display][announce]")
{
    struct Golden
    {
        const char *number;
        const char *counter;
        const char *lang;
        bool recall;
        const char *text;
    };
    const Golden g = GENERATE(values<Golden>({
        {"A042", "7", "az", false, "A 0 4 2 nömrəli bilet, 7 nömrəli masaya yaxınlaşın"},
        {"A042", "7", "en", false, "Ticket A-0 4 2, please go to counter 7"},
        {"A042", "7", "ru", false, "Талон А 0 4 2, пройдите к окну 7"},
        {"B118", "12", "az", false, "B 1 1 8 nömrəli bilet, 12 nömrəli masaya yaxınlaşın"},
        {"B118", "12", "en", false, "Ticket B-1 1 8, please go to counter 12"},
        {"B118", "12", "ru", false, "Талон Бэ 1 1 8, пройдите к окну 12"},
        {"NA005", "13", "az", false, "N A 0 0 5 nömrəli bilet, 13 nömrəli masaya yaxınlaşın"},
        {"NA005", "13", "en", false, "Ticket N-A-0 0 5, please go to counter 13"},
        {"NA005", "13", "ru", false, "Талон Эн А 0 0 5, пройдите к окну 13"},
        {"VQ100", "19", "ru", false, "Талон Вэ Ку 1 0 0, пройдите к окну 19"},
        {"H007", "10", "ru", false, "Талон Аш 0 0 7, пройдите к окну 10"},
        {"A042", "7", "az", true,
         "Təkrar çağırış: A 0 4 2 nömrəli bilet, 7 nömrəli masaya yaxınlaşın"},
        {"A042", "7", "en", true, "Once again, ticket A-0 4 2, please go to counter 7"},
        {"A042", "7", "ru", true, "Повторно: талон А 0 4 2, пройдите к окну 7"},
    }));
    INFO(g.number << " " << g.lang << (g.recall ? " recall" : ""));
    CHECK(announcementText(QString::fromUtf8(g.number), QString::fromUtf8(g.counter),
                           QString::fromUtf8(g.lang), g.recall)
          == QString::fromUtf8(g.text));
}

TEST_CASE("ticket numbers are spoken letter by letter and digit by digit", "[display][announce]")
{
    CHECK(spokenTicketNumber(u"A042"_s, u"az"_s) == u"A 0 4 2");
    CHECK(spokenTicketNumber(u"GK010"_s, u"en"_s) == u"G-K-0 1 0");
    CHECK(spokenTicketNumber(u"042"_s, u"en"_s) == u"0 4 2");
    CHECK(spokenTicketNumber(u"FT003"_s, u"ru"_s) == u"Эф Тэ 0 0 3");
}

TEST_CASE("no template: no text", "[display][announce]")
{
    CHECK(announcementText(u"A042"_s, u"7"_s, u"de"_s, false).isEmpty());
    CHECK(announcementLanguages() == QStringList{u"az"_s, u"en"_s, u"ru"_s});
}
