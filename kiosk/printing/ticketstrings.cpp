#include "ticketstrings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString russianPeople(int n)
{
    const int mod10 = n % 10;
    const int mod100 = n % 100;
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
        return u"человека"_s;
    return u"человек"_s;
}

} // namespace

TicketStrings ticketStrings(const QString &lang)
{
    if (lang == u"en")
        return {u"Your number"_s, u"Scan to follow your turn"_s};
    if (lang == u"ru")
        return {u"Ваш номер"_s, u"Сканируйте, чтобы следить за очередью"_s};
    return {u"Sizin nömrəniz"_s, u"Növbənizi izləmək üçün skan edin"_s};
}

int etaMinutes(int etaSec)
{
    return std::max(1, (std::max(etaSec, 0) + 59) / 60);
}

QString aheadLine(const QString &lang, int ahead, int etaSec)
{
    const QString n = QString::number(ahead);
    const QString m = QString::number(etaMinutes(etaSec));
    if (lang == u"en") {
        if (ahead <= 0)
            return u"You are next"_s;
        return n + (ahead == 1 ? u" person ahead"_s : u" people ahead"_s)
            + u" · about "_s + m + u" min"_s;
    }
    if (lang == u"ru") {
        if (ahead <= 0)
            return u"Вы следующий"_s;
        return u"Перед вами "_s + n + u' ' + russianPeople(ahead) + u" · около "_s + m
            + u" мин"_s;
    }
    if (ahead <= 0)
        return u"Növbəti sizsiniz"_s;
    return u"Qarşınızda "_s + n + u" nəfər · təxminən "_s + m + u" dəq"_s;
}

} // namespace novbe
