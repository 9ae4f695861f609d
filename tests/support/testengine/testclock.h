#pragma once

#include "core/clock.h"

namespace novbe::test {

// The test engine's clock: starts at `start` (now when invalid) and either runs
// in real time or, when `manual`, stands still; debug.advanceClock moves it.
class TestClock final : public Clock
{
public:
    TestClock(const QDateTime &start, bool manual)
        : m_start(start.isValid() ? start.toUTC() : QDateTime::currentDateTimeUtc())
        , m_offsetMs(QDateTime::currentDateTimeUtc().msecsTo(m_start))
        , m_manual(manual)
    {
    }
    QDateTime now() const override
    {
        return m_manual ? m_start : QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
    }
    void advanceSec(qint64 sec)
    {
        m_start = m_start.addSecs(sec);
        m_offsetMs += sec * 1000;
    }

private:
    QDateTime m_start;
    qint64 m_offsetMs = 0;
    bool m_manual = false;
};

} // namespace novbe::test
