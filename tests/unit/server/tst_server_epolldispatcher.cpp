// The engine's epoll event dispatcher under a real QCoreApplication: timers,
// posted events, socket notifiers (also across fd reuse), real TCP sockets
// beside a thousand idle ones.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "server/epolldispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace novbe;

namespace {

EpollEventDispatcher *dispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QCoreApplication::eventDispatcher());
}

// Runs the loop until `done` or `ms` pass; true when done.
template <typename Done> bool runUntil(Done done, int ms = 5000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace

TEST_CASE("the engine's loop runs on the epoll dispatcher", "[dispatcher]")
{
    REQUIRE(dispatcher() != nullptr);
}

TEST_CASE("timers fire in deadline order, single shots once, killed ones never", "[dispatcher]")
{
    std::vector<int> fired;
    QTimer::singleShot(30, [&] { fired.push_back(30); });
    QTimer::singleShot(10, [&] { fired.push_back(10); });
    QTimer::singleShot(0, [&] { fired.push_back(0); });
    QTimer killed;
    killed.setSingleShot(true);
    QObject::connect(&killed, &QTimer::timeout, [&] { fired.push_back(-1); });
    killed.start(20);
    QTimer::singleShot(5, [&] { killed.stop(); });
    REQUIRE(runUntil([&] { return fired.size() >= 3; }));
    QTest::qWait(40);
    CHECK(fired == std::vector<int>{0, 10, 30});
}

TEST_CASE("a repeating timer keeps its interval; remainingTime and registeredTimers agree",
          "[dispatcher]")
{
    QTimer repeating;
    int ticks = 0;
    QObject::connect(&repeating, &QTimer::timeout, [&] { ++ticks; });
    QElapsedTimer clock;
    clock.start();
    repeating.start(15);
    CHECK(repeating.remainingTime() <= 15);
    CHECK(dispatcher()->registeredTimers(&repeating).size() == 1);
    REQUIRE(runUntil([&] { return ticks >= 5; }));
    CHECK(clock.elapsed() >= 5 * 15 - 2);
    repeating.stop();
    CHECK(dispatcher()->registeredTimers(&repeating).isEmpty());
    CHECK(dispatcher()->remainingTime(123456) == -1);
}

TEST_CASE("posted events, queued calls and deleteLater are delivered", "[dispatcher]")
{
    bool called = false;
    QObject target;
    QMetaObject::invokeMethod(
        &target, [&] { called = true; }, Qt::QueuedConnection);
    QPointer<QObject> doomed = new QObject;
    doomed->deleteLater();
    REQUIRE(runUntil([&] { return called && doomed.isNull(); }));
}

TEST_CASE("a notifier fires while enabled, not while disabled, and survives fd reuse",
          "[dispatcher]")
{
    int first[2];
    REQUIRE(pipe(first) == 0);
    auto notifier = std::make_unique<QSocketNotifier>(first[0], QSocketNotifier::Read);
    int activations = 0;
    QObject::connect(notifier.get(), &QSocketNotifier::activated, [&] {
        char c;
        if (read(first[0], &c, 1) == 1)
            ++activations;
    });
    REQUIRE(write(first[1], "a", 1) == 1);
    REQUIRE(runUntil([&] { return activations == 1; }));
    notifier->setEnabled(false);
    REQUIRE(write(first[1], "b", 1) == 1);
    QTest::qWait(30);
    CHECK(activations == 1);
    notifier->setEnabled(true);
    REQUIRE(runUntil([&] { return activations == 2; }));

    // The same fd number for a new pipe: its notifier must be watched.
    notifier.reset();
    close(first[0]);
    close(first[1]);
    int second[2];
    REQUIRE(pipe(second) == 0);
    QSocketNotifier again(second[0], QSocketNotifier::Read);
    bool fired = false;
    QObject::connect(&again, &QSocketNotifier::activated, [&] { fired = true; });
    REQUIRE(write(second[1], "c", 1) == 1);
    CHECK(runUntil([&] { return fired; }));
    close(second[0]);
    close(second[1]);
}

TEST_CASE("one busy connection beside a thousand idle ones gets every byte", "[dispatcher]")
{
    QTcpServer server;
    server.setListenBacklogSize(2048);
    REQUIRE(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QTcpSocket>> accepted;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            accepted.emplace_back(s);
            QObject::connect(s, &QTcpSocket::readyRead, [s] { s->write(s->readAll()); });
        }
    });
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 1000; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, server.serverPort());
    }
    const bool allAccepted = runUntil([&] { return accepted.size() == 1000; }, 20000);
    INFO("accepted " << accepted.size());
    REQUIRE(allAccepted);
    QTcpSocket busy;
    busy.connectToHost(QHostAddress::LocalHost, server.serverPort());
    REQUIRE(runUntil([&] { return busy.state() == QAbstractSocket::ConnectedState; }));
    QByteArray echoed;
    QObject::connect(&busy, &QTcpSocket::readyRead, [&] { echoed += busy.readAll(); });
    const QByteArray payload(256 * 1024, 'x');
    for (int round = 0; round < 20; ++round) {
        echoed.clear();
        busy.write(payload);
        REQUIRE(runUntil([&] { return echoed.size() == payload.size(); }));
    }
    CHECK(echoed == payload);
}

TEST_CASE("QEventLoop::exit interrupts a waiting loop", "[dispatcher]")
{
    QEventLoop loop;
    QTimer::singleShot(20, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    loop.exec();
    CHECK(clock.elapsed() < 2000);
}

int main(int argc, char **argv)
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max; // 2,000 sockets are more than the usual 1,024
        setrlimit(RLIMIT_NOFILE, &files);
    }
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
