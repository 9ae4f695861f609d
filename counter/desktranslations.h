#pragma once

// The desk's language: the application's one Translations (common/app) with
// the counter catalog, owned by the application object. Sources are English.
// Switching sends LanguageChange to every widget, which re-labels itself.

#include "app/translations.h"

#include <QString>
#include <QStringList>

namespace novbe {

inline QStringList deskLanguages()
{
    return Translations::languages();
}
// Installs `lang` application-wide (unknown -> "az"); returns the language set.
QString setUiLanguage(const QString &lang);
// The installed language ("az" before any call).
inline QString uiLanguage()
{
    return Translations::installed();
}
// True when a translation for `lang` is compiled in (English needs none).
bool hasDeskTranslation(const QString &lang);

} // namespace novbe
