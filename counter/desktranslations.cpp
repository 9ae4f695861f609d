#include "desktranslations.h"

using namespace Qt::StringLiterals;

namespace novbe {

QString setUiLanguage(const QString &lang)
{
    return Translations::ofCatalog(u"counter"_s).install(lang);
}

bool hasDeskTranslation(const QString &lang)
{
    return Translations::ofCatalog(u"counter"_s).has(lang);
}

} // namespace novbe
