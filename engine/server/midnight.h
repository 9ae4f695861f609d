#pragma once

#include <QDateTime>
#include <QString>

namespace novbe {

// Milliseconds until the next local midnight in `timezone` after `now`.
qint64 msecsToNextMidnight(const QString &timezone, const QDateTime &now);

} // namespace novbe
