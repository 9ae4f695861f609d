#pragma once

// What the hall display says for a call, per language, as golden-testable
// strings. Ticket numbers are read letter by letter and digit by digit;
// counter names are read as written ("12" -> "twelve").

#include <QString>
#include <QStringList>

namespace novbe {

// Languages that have an announcement template, in a stable order.
QStringList announcementLanguages();
// The ticket number as spoken in `lang`: "A042" -> "A 0 4 2" (az),
// "A-0 4 2" (en: a lone "A" would be read as the article), "А 0 4 2" (ru:
// Latin letters by their Russian names, "B" -> "Бэ").
QString spokenTicketNumber(const QString &number, const QString &lang);
// The full announcement; empty when `lang` has no template.
QString announcementText(const QString &number, const QString &counter, const QString &lang,
                         bool recall);

} // namespace novbe
