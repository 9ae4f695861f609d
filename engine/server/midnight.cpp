#include "midnight.h"

#include <QTimeZone>

#include <algorithm>

namespace novbe {

qint64 msecsToNextMidnight(const QString &timezone, const QDateTime &now)
{
    QTimeZone zone(timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = now.toTimeZone(zone);
    const QDateTime next(local.date().addDays(1), QTime(0, 0), zone);
    return std::max<qint64>(0, now.msecsTo(next));
}

} // namespace novbe
