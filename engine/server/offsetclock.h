#pragma once

#include "core/clock.h"

namespace novbe {

// The system clock shifted by a fixed offset: --clock-start.
class OffsetClock final : public Clock
{
public:
    // Starts at `start` (now when invalid) and runs in real time.
    explicit OffsetClock(const QDateTime &start = {})
    {
        if (start.isValid())
            m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(start.toUTC());
    }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

private:
    qint64 m_offsetMs = 0;
};

} // namespace novbe
