#include "waiting.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace novbe::enginetest {

Activity &Activity::instance()
{
    static Activity activity;
    return activity;
}

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    constexpr int TICK_MS = 50;
    const QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return predicate();
        QEventLoop loop;
        QTimer tick;
        tick.setSingleShot(true);
        QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&Activity::instance(), &Activity::happened, &loop, &QEventLoop::quit,
                         Qt::QueuedConnection);
        tick.start(int(qMin<qint64>(left, TICK_MS)));
        loop.exec();
    }
    return true;
}

} // namespace novbe::enginetest
