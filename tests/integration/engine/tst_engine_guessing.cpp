// Guessing tokens and PINs from one address (issue 15): the guesser is locked
// out, the genuine device and operator at their own address are not, and the
// managers get an AUTH_GUESSING alert. Other loopback addresses (127.0.0.2…)
// stand in for other machines on the centre's LAN.

#include "engineprocess.h"
#include "samplecentre.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QString GUESSER = u"127.0.0.2"_s;

std::unique_ptr<TestClient> connectFrom(const QString &address, quint16 port)
{
    auto client = std::make_unique<TestClient>();
    REQUIRE(client->connectFrom(address, port));
    return client;
}

// `count` wrong hellos for `device` from `address`, each refused as UNAUTHENTICATED.
void guessTokens(quint16 port, const QString &address, const QString &device, int count)
{
    auto client = connectFrom(address, port);
    for (int i = 0; i < count; ++i) {
        INFO("wrong token " << i + 1 << " for " << device.toStdString());
        checkError(client->hello(device, u"guess-%1"_s.arg(i)), 1001, u"UNAUTHENTICATED"_s);
    }
}

std::unique_ptr<TestClient> alertWatcher(quint16 port)
{
    auto manager = connectAs(port, u"dashboard-1"_s);
    okCall(*manager, u"alerts.subscribe"_s);
    return manager;
}

// Waits for an AUTH_GUESSING alert whose message holds every one of `words`.
QJsonObject awaitGuessingAlert(const TestClient &manager, const QStringList &words)
{
    QJsonObject found;
    waitUntil([&] {
        for (const QJsonObject &alert : alertsOf(manager, u"AUTH_GUESSING"_s)) {
            const QString message = alert.value(u"message"_s).toString();
            if (std::all_of(words.begin(), words.end(),
                            [&](const QString &w) { return message.contains(w); })) {
                found = alert;
                return true;
            }
        }
        return false;
    });
    INFO("alerts: " << alertsOf(manager).size());
    REQUIRE(!found.isEmpty());
    CHECK(found.value(u"severity"_s).toString() == u"warning"_s);
    return found;
}

} // namespace

TEST_CASE("wrong tokens from one address do not lock the genuine device out of its own",
          "[engine][guessing]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = alertWatcher(engine.port());
    guessTokens(engine.port(), GUESSER, u"kiosk-2"_s, 5);

    auto guesser = connectFrom(GUESSER, engine.port());
    const QJsonObject locked = guesser->hello(u"kiosk-2"_s, demoToken(u"kiosk-2"_s));
    checkError(locked, 1007, u"RATE_LIMITED"_s);
    const double retry = locked[u"error"_s][u"data"_s][u"retryAfterSec"_s].toDouble();
    CHECK(retry > 0);
    CHECK(retry <= 300);

    connectAs(engine.port(), u"kiosk-2"_s); // the real kiosk-2, from 127.0.0.1
    connectAs(engine.port(), u"kiosk-3"_s);
    awaitGuessingAlert(*manager, {u"kiosk-2"_s, GUESSER});
    CHECK(engine.output().contains("guessing:"));
}

TEST_CASE("an address guessing across forged device ids is locked as a whole", "[engine][guessing]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = alertWatcher(engine.port());
    auto client = connectFrom(GUESSER, engine.port());
    for (int i = 0; i < 20; ++i) {
        INFO("forged device " << i);
        checkError(client->hello(u"forged-%1"_s.arg(i), u"x"_s), 1001, u"UNAUTHENTICATED"_s);
    }
    checkError(client->hello(u"kiosk-3"_s, demoToken(u"kiosk-3"_s)), 1007, u"RATE_LIMITED"_s);
    awaitGuessingAlert(*manager, {u"20 failed logins"_s, GUESSER});
    connectAs(engine.port(), u"kiosk-3"_s);
    auto neighbour = connectFrom(u"127.0.0.3"_s, engine.port());
    CHECK(isOk(neighbour->hello(u"kiosk-1"_s, demoToken(u"kiosk-1"_s))));
}

TEST_CASE("wrong PINs from one desk do not lock the operator out of another", "[engine][guessing]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = alertWatcher(engine.port());
    auto stolenDesk = connectFrom(GUESSER, engine.port());
    REQUIRE(isOk(stolenDesk->hello(u"desk-02"_s, demoToken(u"desk-02"_s))));
    const QJsonObject wrong{{u"operator"_s, u"op02"_s}, {u"pin"_s, u"0000"_s}};
    for (int i = 0; i < 5; ++i)
        checkError(stolenDesk->call(u"operator.login"_s, wrong), 1001, u"UNAUTHENTICATED"_s);
    const QJsonObject right{{u"operator"_s, u"op02"_s}, {u"pin"_s, demoPin(u"op02"_s)}};
    checkError(stolenDesk->call(u"operator.login"_s, right), 1007, u"RATE_LIMITED"_s);

    auto desk = connectAs(engine.port(), u"desk-03"_s);
    CHECK(isOk(desk->call(u"operator.login"_s, right)));
    awaitGuessingAlert(*manager, {u"wrong PINs"_s, u"op02"_s, GUESSER});
}

TEST_CASE("a lock from guessing ends after 300 s", "[engine][guessing]")
{
    EngineProcessOptions options = EngineProcessOptions::manual();
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    guessTokens(engine.port(), GUESSER, u"display-hall"_s, 5);
    const QString token = demoToken(u"display-hall"_s);
    checkError(connectFrom(GUESSER, engine.port())->hello(u"display-hall"_s, token), 1007,
               u"RATE_LIMITED"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 299}});
    checkError(connectFrom(GUESSER, engine.port())->hello(u"display-hall"_s, token), 1007,
               u"RATE_LIMITED"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 2}});
    CHECK(isOk(connectFrom(GUESSER, engine.port())->hello(u"display-hall"_s, token)));
}

TEST_CASE("guessing one device's token from several addresses alerts the managers",
          "[engine][guessing]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = alertWatcher(engine.port());
    for (int host = 2; host <= 5; ++host)
        guessTokens(engine.port(), u"127.0.0.%1"_s.arg(host), u"desk-07"_s, 5);
    awaitGuessingAlert(*manager, {u"several addresses"_s, u"desk-07"_s});
    connectAs(engine.port(), u"desk-07"_s); // still gets in from its own address
}
