#include "waiter.h"

#include <QEventLoop>
#include <QTimer>

namespace novbe::bench {

Progress &Progress::instance()
{
    static Progress progress;
    return progress;
}

void Progress::poke()
{
    emit instance().changed();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&Progress::instance(), &Progress::changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return !timedOut || done();
}

} // namespace novbe::bench

namespace novbe::bench {

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace novbe::bench
