#include "ticketstrings.h"

#include "app/translations.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr const char *CONTEXT = "novbe::TicketStrings";

Translations &catalog()
{
    return Translations::ofCatalog(u"ticket"_s);
}

QString known(const QString &lang)
{
    return Translations::languages().contains(lang) ? lang : u"az"_s;
}

} // namespace

TicketStrings ticketStrings(const QString &language)
{
    const QString lang = known(language);
    return {catalog().text(lang, CONTEXT, QT_TRANSLATE_NOOP("novbe::TicketStrings", "Your number")),
            catalog().text(lang, CONTEXT,
                           QT_TRANSLATE_NOOP("novbe::TicketStrings", "Scan to follow your turn"))};
}

int etaMinutes(int etaSec)
{
    return std::max(1, (std::max(etaSec, 0) + 59) / 60);
}

QString aheadLine(const QString &language, int ahead, int etaSec)
{
    const QString lang = known(language);
    if (ahead <= 0)
        return catalog().text(lang, CONTEXT,
                              QT_TRANSLATE_NOOP("novbe::TicketStrings", "You are next"));
    return catalog()
        .text(lang, CONTEXT,
              QT_TRANSLATE_N_NOOP("novbe::TicketStrings", "%n people ahead · about %1 min"), ahead)
        .arg(etaMinutes(etaSec));
}

} // namespace novbe
