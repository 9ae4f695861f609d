#pragma once

// The desk's three languages. Sources are English (tr()); az and ru come
// from resources/translations/counter_<lang>.qm compiled into the app. One
// language is installed application-wide at a time: switching sends
// LanguageChange to every widget, which re-labels itself.

#include <QString>
#include <QStringList>

namespace novbe {

QStringList deskLanguages();                 // {"az", "en", "ru"}
// Installs `lang` application-wide (unknown -> "az"); returns the language set.
QString setUiLanguage(const QString &lang);
// The installed language ("az" before any call).
QString uiLanguage();
// True when a translation for `lang` is compiled in (English needs none).
bool hasDeskTranslation(const QString &lang);

} // namespace novbe
