#include "dashboardformat.h"

#include "ui/palette.h"

using namespace Qt::StringLiterals;

namespace novbe {

QLocale DashboardFormat::locale(const QString &lang)
{
    if (lang == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    if (lang == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Azerbaijani, QLocale::Azerbaijan);
}

QString DashboardFormat::duration(int sec)
{
    if (sec < 60)
        return tr("%1 s").arg(std::max(sec, 0));
    const int min = sec / 60;
    if (min < 60)
        return tr("%1 min").arg(min);
    return tr("%1 h %2 min").arg(min / 60).arg(min % 60, 2, 10, QLatin1Char('0'));
}

QString DashboardFormat::durationOrNone(int sec)
{
    return sec > 0 ? duration(sec) : none();
}

QString DashboardFormat::percent(int pct, const QLocale &locale)
{
    return locale.toString(pct) + u" %"_s;
}

QString DashboardFormat::rating(double rating, int count, const QLocale &locale)
{
    return count ? locale.toString(rating, 'f', 1) + u" ★"_s : none();
}

QRgb DashboardFormat::background(Level level)
{
    switch (level) {
        case Level::Ok: return palette::OK_BG;
        case Level::Warning: return palette::WARNING_BG;
        case Level::Fault: return palette::FAULT_BG;
        case Level::Neutral: break;
    }
    return palette::PALE;
}

QRgb DashboardFormat::foreground(Level level)
{
    switch (level) {
        case Level::Ok: return palette::OK;
        case Level::Warning: return palette::WARNING_TEXT;
        case Level::Fault: return palette::FAULT;
        case Level::Neutral: break;
    }
    return palette::TEXT;
}

} // namespace novbe
