// Operations of the running engine (issue "protocol v1 server"): a silent
// unauthenticated connection is closed after the hello timeout (10 s by
// default; injected here); SIGHUP reloads the centre config without dropping
// connections and refuses an invalid file; the production binary carries no
// test hooks.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include "server/options.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

QString passportName(TestClient &client)
{
    for (const auto &s : okCall(client, u"centre.get"_s).value(u"services"_s).toArray()) {
        if (s.toObject().value(u"id"_s).toString() == u"passport"_s)
            return s.toObject().value(u"name"_s).toObject().value(u"en"_s).toString();
    }
    return {};
}

// Runs the production novbe-engine with `args` added until it exits; its output.
QByteArray runProduction(const QStringList &args, int expectedExitCode)
{
    EngineProcessOptions options;
    options.production = true;
    options.extraArgs = args;
    EngineProcess engine(alwaysOpenCentre(), options);
    CHECK(engine.runToExit() == expectedExitCode);
    return engine.output();
}

// Sends SIGHUP and waits until the engine logged something about the reload.
bool hangUp(EngineProcess &engine)
{
    const qsizetype offset = engine.output().size();
    engine.sendSignal(SIGHUP);
    return engine.waitForOutput(offset, "reload", 10000);
}

} // namespace

TEST_CASE("the hello timeout is 10 s unless the command line sets it", "[engine][ops]")
{
    const QStringList args{u"novbe-engine"_s, u"--db"_s, u"x.db"_s, u"--config"_s, u"x.json"_s};
    const novbe::ParsedOptions defaults = novbe::parseEngineOptions(args);
    REQUIRE(defaults.options);
    CHECK(defaults.options->helloTimeoutMs == 10000);
    const novbe::ParsedOptions set = novbe::parseEngineOptions(
        args + QStringList{u"--hello-timeout-ms"_s, u"250"_s});
    REQUIRE(set.options);
    CHECK(set.options->helloTimeoutMs == 250);
}

TEST_CASE("the background check interval is bounded to what a timer can hold", "[engine][ops]")
{
    const QStringList args{u"novbe-engine"_s, u"--db"_s, u"x.db"_s, u"--config"_s, u"x.json"_s};
    const novbe::ParsedOptions defaults = novbe::parseEngineOptions(args);
    REQUIRE(defaults.options);
    CHECK(defaults.options->checkIntervalSec == 6 * 3600);
    for (const QString &ok : {u"0"_s, u"1"_s, u"2147483"_s}) {
        const novbe::ParsedOptions set = novbe::parseEngineOptions(
            args + QStringList{u"--check-interval-sec"_s, ok});
        REQUIRE(set.options);
        CHECK(set.options->checkIntervalSec == ok.toInt());
    }
    for (const QString &bad : {u"-1"_s, u"2147484"_s, u"2592000"_s, u"soon"_s}) {
        const novbe::ParsedOptions set = novbe::parseEngineOptions(
            args + QStringList{u"--check-interval-sec"_s, bad});
        CHECK_FALSE(set.options);
        CHECK(set.message.contains(u"--check-interval-sec"_s));
    }
}

TEST_CASE("an unauthenticated silent connection is closed after about the hello timeout",
          "[engine][ops]")
{
    constexpr int HELLO_TIMEOUT_MS = 1000; // injected; 10 s by default
    EngineProcessOptions options;
    options.helloTimeoutMs = HELLO_TIMEOUT_MS;
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    TestClient silent;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(silent.connectTo(engine.port()));
    REQUIRE(silent.waitForDisconnect(HELLO_TIMEOUT_MS * 3 / 2));
    const qint64 elapsed = timer.elapsed();
    INFO("closed after " << elapsed << " ms");
    CHECK(elapsed >= HELLO_TIMEOUT_MS * 9 / 10);
    CHECK(elapsed <= HELLO_TIMEOUT_MS * 5 / 4);
    CHECK(kiosk->isConnected()); // the authenticated connection, as old, stays
    CHECK(isOk(kiosk->call(u"session.ping"_s)));
}

TEST_CASE("SIGHUP reloads the config and keeps connections; an invalid file is refused",
          "[engine][ops]")
{
    QJsonObject config = alwaysOpenCentre();
    EngineProcess engine(config);
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"events.subscribe"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    REQUIRE(passportName(*kiosk) == u"Passport"_s);

    setServiceName(config, u"passport"_s, u"en"_s, u"Passport (reloaded)"_s);
    engine.writeConfig(config);
    engine.sendSignal(SIGHUP);
    CHECK(waitUntil([&] { return passportName(*kiosk) == u"Passport (reloaded)"_s; }, 10000));
    CHECK(passportName(*manager) == u"Passport (reloaded)"_s);
    for (TestClient *client : {kiosk.get(), manager.get(), desk.get()})
        CHECK(client->isConnected());
    CHECK(okCall(*desk, u"counter.callNext"_s)
              .value(u"ticket"_s)
              .toObject()
              .value(u"number"_s)
              .toString()
          == u"B001"_s);
    CHECK(okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
              .value(u"ticket"_s)
              .toObject()
              .value(u"number"_s)
              .toString()
          == u"B002"_s);

    SECTION("a file that is not JSON")
    {
        engine.writeConfigBytes("{ \"centre\": this is not json");
    }
    SECTION("a file that breaks a rule (duplicate service id)")
    {
        QJsonObject broken = config;
        QJsonArray services = broken.value(u"services"_s).toArray();
        services.append(services.first());
        broken.insert(u"services"_s, services);
        setServiceName(broken, u"passport"_s, u"en"_s, u"Passport (broken)"_s);
        engine.writeConfig(broken);
    }
    REQUIRE(hangUp(engine));
    CHECK(engine.isRunning());
    CHECK(passportName(*kiosk) == u"Passport (reloaded)"_s); // the old config stays
    for (TestClient *client : {kiosk.get(), manager.get(), desk.get()})
        CHECK(client->isConnected());
    CHECK(isOk(kiosk->call(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})));

    setServiceName(config, u"passport"_s, u"en"_s,
                   u"Passport v3"_s); // and later reloads still work
    engine.writeConfig(config);
    engine.sendSignal(SIGHUP);
    CHECK(waitUntil([&] { return passportName(*kiosk) == u"Passport v3"_s; }, 10000));
}

TEST_CASE("the production engine's command line has no test options", "[engine][ops]")
{
    const QByteArray help = runProduction({u"--help"_s}, 0);
    CHECK(help.contains("--hello-timeout-ms"));
    CHECK_FALSE(help.contains("debug."));
    CHECK_FALSE(help.contains("test-hooks"));
    CHECK_FALSE(help.contains("manual-clock"));
    CHECK(runProduction({u"--test-hooks"_s}, 1).contains("test-hooks"));
}

TEST_CASE("debug.* methods exist in the test engine only", "[engine][ops]")
{
    const bool production = GENERATE(true, false);
    INFO((production ? "novbe-engine" : "novbe-engine-testing"));
    EngineProcessOptions options;
    options.production = production;
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    for (const QString &method : {u"debug.advanceClock"_s, u"debug.setMaxPageCount"_s}) {
        const QJsonObject answer = manager->call(method, {{u"sec"_s, 1}, {u"pages"_s, 0}});
        if (production)
            checkError(answer, -32601, u"METHOD_NOT_FOUND"_s);
        else
            CHECK(isOk(answer));
    }
}
