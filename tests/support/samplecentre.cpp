#include "samplecentre.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe::test {

QString sampleConfigPath()
{
    return QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json");
}

QString demoToken(const QString &device)
{
    if (device.startsWith(u"et-kiosk-"_s))
        return device + u"-token"_s;
    return u"demo-"_s + device + u"-token"_s;
}

QString demoPin(const QString &operatorId)
{
    return QString::number(1000 + operatorId.mid(2).toInt());
}

QDateTime defaultClockStart()
{
    const QTimeZone baku("Asia/Baku");
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(baku).date();
    return QDateTime(today, QTime(10, 0), baku).toUTC();
}

QDateTime fixedClockStart()
{
    return QDateTime(QDate(2026, 3, 10), QTime(6, 0), Qt::UTC);
}

} // namespace novbe::test
