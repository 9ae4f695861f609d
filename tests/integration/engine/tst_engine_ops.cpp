// Operations of the running engine (issue "protocol v1 server"): a silent
// unauthenticated connection is closed after 10 s; SIGHUP reloads the centre
// config without dropping connections and refuses an invalid file.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

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

// Sends SIGHUP and waits until the engine logged something about the reload.
bool hangUp(EngineProcess &engine)
{
    const qsizetype offset = engine.output().size();
    engine.sendSignal(SIGHUP);
    return engine.waitForOutput(offset, "reload", 10000);
}

} // namespace

TEST_CASE("an unauthenticated silent connection is closed after about 10 s", "[engine][ops]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    TestClient silent;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(silent.connectTo(engine.port()));
    REQUIRE(silent.waitForDisconnect(15000));
    const qint64 elapsed = timer.elapsed();
    INFO("closed after " << elapsed << " ms");
    CHECK(elapsed >= 9000);
    CHECK(elapsed <= 12500);
    CHECK(kiosk->isConnected());   // the authenticated connection, as old, stays
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
    CHECK(okCall(*desk, u"counter.callNext"_s).value(u"ticket"_s).toObject().value(u"number"_s).toString() == u"B001"_s);
    CHECK(okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}}).value(u"ticket"_s)
              .toObject().value(u"number"_s).toString() == u"B002"_s);

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
    CHECK(passportName(*kiosk) == u"Passport (reloaded)"_s);   // the old config stays
    for (TestClient *client : {kiosk.get(), manager.get(), desk.get()})
        CHECK(client->isConnected());
    CHECK(isOk(kiosk->call(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})));

    setServiceName(config, u"passport"_s, u"en"_s, u"Passport v3"_s);   // and later reloads still work
    engine.writeConfig(config);
    engine.sendSignal(SIGHUP);
    CHECK(waitUntil([&] { return passportName(*kiosk) == u"Passport v3"_s; }, 10000));
}
