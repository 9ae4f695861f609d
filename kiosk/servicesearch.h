#pragma once

// The kiosk's service search: forgiving matching of what a citizen types on
// the on-screen keyboard against service and area names in every language.
// Pure functions over the centre model.

#include "centremodel.h"

#include <QString>

namespace novbe {

// `text` folded for matching: lower case, the four Azerbaijani/Turkish i's
// (I ı İ i) as one, ё as е, no-break spaces as spaces.
QString searchFold(const QString &text);

// Services with a word in their name (or their area's name), in any language,
// starting with `query` (every word of the query must match); centre order.
// An empty query finds nothing.
QList<KioskService> searchServices(const CentreModel &model, const QString &query);

// The letters of the on-screen keyboard for `lang` (az: the 32 letters from
// A to Z with Ç Ə Ğ I İ Ö Ş Ü; ru: А–Я with Ё; en: A–Z).
QStringList keyboardLetters(const QString &lang);

} // namespace novbe
