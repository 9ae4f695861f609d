#include "engineclock.h"

namespace novbe {

QDateTime EngineClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

qint64 EngineClock::offsetFrom(const QDateTime &sent, const QDateTime &received,
                               const QDateTime &serverNow)
{
    const QDateTime midpoint = sent.addMSecs(sent.msecsTo(received) / 2);
    return midpoint.msecsTo(serverNow);
}

} // namespace novbe
