#include "desktranslations.h"

#include "app/pausereasons.h"

using namespace Qt::StringLiterals;

namespace novbe {

QString setUiLanguage(const QString &lang)
{
    Translations::ofCatalog(PauseReasons::catalog()).install(lang);
    return Translations::ofCatalog(u"counter"_s).install(lang);
}

bool hasDeskTranslation(const QString &lang)
{
    return Translations::ofCatalog(u"counter"_s).has(lang)
        && Translations::ofCatalog(PauseReasons::catalog()).has(lang);
}

} // namespace novbe
