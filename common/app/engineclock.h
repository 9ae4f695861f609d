#pragma once

#include "core/clock.h"

namespace novbe {

// The engine's time as seen from an app: the system clock plus an offset
// measured with session.ping, so timers,
// staleness and "since" times are judged against the engine's own clock.
class EngineClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    // Offset from one ping: sent and answered at local times, `serverNow` in the answer.
    static qint64 offsetFrom(const QDateTime &sent, const QDateTime &received,
                             const QDateTime &serverNow);

private:
    qint64 m_offsetMs = 0;
};

} // namespace novbe
