#pragma once

// How the dashboard writes figures: durations, percentages, ratings and the
// colours of a level, in the language installed (Translations).

#include "dashboardmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRgb>
#include <QString>

namespace novbe {

class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(novbe::DashboardFormat)

public:
    // The locale of `lang` (az, en, ru) for numbers.
    static QLocale locale(const QString &lang);
    // "45 s", "12 min", "1 h 05 min".
    static QString duration(int sec);
    // duration(), or "–" for 0 (an average over nothing).
    static QString durationOrNone(int sec);
    static QString none() { return QStringLiteral("–"); }
    static QString percent(int pct, const QLocale &locale);
    // "4.6 ★" (in the locale), "–" when nobody rated.
    static QString rating(double rating, int count, const QLocale &locale);
    // Background and text colour of a figure at `level`.
    static QRgb background(Level level);
    static QRgb foreground(Level level);
};

} // namespace novbe
