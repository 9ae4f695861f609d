#include "serverclock.h"

namespace novbe {

QDateTime ServerClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

qint64 ServerClock::offsetFrom(const QDateTime &sent, const QDateTime &received,
                               const QDateTime &serverNow)
{
    const QDateTime midpoint = sent.addMSecs(sent.msecsTo(received) / 2);
    return midpoint.msecsTo(serverNow);
}

} // namespace novbe
