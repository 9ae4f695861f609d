// EngineClient against the engine under test (tests/support): reconnect across an
// engine restart (kill -9 and SIGTERM), resubscription with sinceSeq,
// replay from the journal and no duplicate events.

#include "clienttimings.h"
#include "engineprocess.h"

#include "client/engineclient.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <set>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// The small centre of these tests, on the real clock, logging warnings only.
EngineProcess makeEngine()
{
    EngineProcessOptions options;
    options.logLevel = u"warning"_s;
    return EngineProcess(QStringLiteral(NOVBE_SOURCE_DIR "/tests/integration/client/centre.json"),
                         options);
}

std::unique_ptr<EngineClient> makeClient(quint16 port, const QString &device, const QString &token)
{
    auto client = std::make_unique<EngineClient>();
    client->setEndpoint(u"127.0.0.1"_s, port);
    client->setCredentials(device, token, u"test_client_engine"_s);
    client->setTimings(quickClientTimings());
    return client;
}

void startReady(EngineClient &client)
{
    QSignalSpy ready(&client, &EngineClient::ready);
    client.start();
    REQUIRE(ready.wait(10000));
}

RpcReply callAndWait(EngineClient &client, const QString &method, const QJsonObject &params = {})
{
    std::optional<RpcReply> reply;
    client.call(method, params, [&](const RpcReply &r) { reply = r; });
    REQUIRE(QTest::qWaitFor([&] { return reply.has_value(); }, 15000));
    return *reply;
}

QString issue(EngineClient &kiosk)
{
    const RpcReply reply = callAndWait(kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    INFO(reply.error.reason.toStdString() << ": " << reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.value(u"ticket"_s).toObject().value(u"id"_s).toString();
}

// Collects every delivered event.
struct EventLog
{
    std::vector<QJsonObject> events;

    explicit EventLog(EngineClient &client)
    {
        QObject::connect(&client, &EngineClient::eventReceived,
                         [this](const QJsonObject &e) { events.push_back(e); });
    }

    std::vector<qint64> seqs() const
    {
        std::vector<qint64> out;
        for (const QJsonObject &e : events)
            out.push_back(e.value(u"seq"_s).toInteger());
        return out;
    }

    std::multiset<QString> issuedTickets() const
    {
        std::multiset<QString> out;
        for (const QJsonObject &e : events) {
            if (e.value(u"type"_s) == QJsonValue(u"ticket.issued"_s))
                out.insert(e.value(u"ticket"_s).toObject().value(u"id"_s).toString());
        }
        return out;
    }

    bool has(const QString &ticketId) const { return issuedTickets().count(ticketId) > 0; }
};

// Strictly increasing and without gaps: every committed change exactly once.
void checkContiguous(const std::vector<qint64> &seqs)
{
    INFO("seqs: " << Catch::Detail::stringify(seqs));
    for (std::size_t i = 1; i < seqs.size(); ++i)
        CHECK(seqs[i] == seqs[i - 1] + 1);
}

} // namespace

TEST_CASE("the client rides out an engine restart and misses nothing", "[client][engine]")
{
    EngineProcess engine = makeEngine();
    REQUIRE(engine.start());
    const quint16 port = engine.port();
    auto manager = makeClient(port, u"dashboard-1"_s, u"t-manager"_s);
    auto kiosk = makeClient(port, u"kiosk-1"_s, u"t-kiosk"_s);
    EventLog log(*manager);
    QSignalSpy snapshots(manager.get(), &EngineClient::snapshotReceived);
    manager->subscribe();
    startReady(*manager);
    REQUIRE(snapshots.wait(10000));
    startReady(*kiosk);

    std::set<QString> issued;
    issued.insert(issue(*kiosk));
    issued.insert(issue(*kiosk));
    REQUIRE(QTest::qWaitFor([&] { return log.issuedTickets().size() == 2; }, 10000));

    SECTION("kill -9, then the same port again")
    {
        const qint64 seqBeforeKill = log.seqs().back();
        QSignalSpy lost(manager.get(), &EngineClient::connectionLost);
        engine.kill();
        REQUIRE((lost.size() > 0 || lost.wait(10000)));
        QSignalSpy managerReady(manager.get(), &EngineClient::ready);
        QSignalSpy kioskReady(kiosk.get(), &EngineClient::ready);
        QSignalSpy subscribed(manager.get(), &EngineClient::subscribed);
        REQUIRE(engine.restartOnSamePort());
        REQUIRE((managerReady.size() > 0 || managerReady.wait(10000)));
        REQUIRE((kioskReady.size() > 0 || kioskReady.wait(10000)));
        REQUIRE((subscribed.size() > 0 || subscribed.wait(10000)));
        // The journal survived the kill: the engine's seq did not go back.
        // (Later events, e.g. the kiosk coming online, may already be logged.)
        CHECK(manager->helloResult().value(u"seq"_s).toInteger() >= seqBeforeKill);
    }

    SECTION("SIGTERM, then the same port again")
    {
        QSignalSpy lost(manager.get(), &EngineClient::connectionLost);
        REQUIRE(engine.terminate() == 0);
        REQUIRE((lost.size() > 0 || lost.wait(10000)));
        QSignalSpy subscribed(manager.get(), &EngineClient::subscribed);
        REQUIRE(engine.restartOnSamePort());
        REQUIRE(subscribed.wait(10000));
        REQUIRE(QTest::qWaitFor([&] { return kiosk->isReady(); }, 10000));
    }

    issued.insert(issue(*kiosk));
    REQUIRE(QTest::qWaitFor([&] { return log.issuedTickets().size() == 3; }, 10000));
    CHECK(snapshots.size() == 1); // resumed from lastSeq: no resync needed
    checkContiguous(log.seqs());
    const std::multiset<QString> seen = log.issuedTickets();
    CHECK(std::set<QString>(seen.begin(), seen.end()) == issued);
    CHECK(seen.size() == issued.size());
    CHECK(manager->lastSeq() == log.seqs().back());
}

TEST_CASE("a resubscription replays what was missed, once", "[client][engine]")
{
    EngineProcess engine = makeEngine();
    REQUIRE(engine.start());
    auto manager = makeClient(engine.port(), u"dashboard-1"_s, u"t-manager"_s);
    auto kiosk = makeClient(engine.port(), u"kiosk-1"_s, u"t-kiosk"_s);
    EventLog log(*manager);
    QSignalSpy subscribed(manager.get(), &EngineClient::subscribed);
    manager->subscribe();
    startReady(*manager);
    REQUIRE(subscribed.wait(10000));
    startReady(*kiosk);
    const QString first = issue(*kiosk);
    REQUIRE(QTest::qWaitFor([&] { return log.has(first); }, 10000));
    const qint64 seenUpTo = manager->lastSeq();

    manager->stop(); // away while others work
    const QString missed1 = issue(*kiosk);
    const QString missed2 = issue(*kiosk);

    SECTION("the engine kept running") {}

    SECTION("the engine restarted meanwhile: replay comes from the journal")
    {
        REQUIRE(engine.terminate() == 0);
        REQUIRE(engine.restartOnSamePort());
    }

    manager->start();
    REQUIRE(subscribed.wait(10000));
    const QJsonObject result = subscribed.last().at(0).toJsonObject();
    INFO(QJsonDocument(result).toJson().toStdString());
    CHECK_FALSE(result.value(u"resync"_s).toBool());
    CHECK(result.value(u"replayed"_s).toInt() >= 2);
    REQUIRE(QTest::qWaitFor([&] { return log.has(missed1) && log.has(missed2); }, 10000));

    const std::vector<qint64> seqs = log.seqs();
    checkContiguous(seqs);
    REQUIRE(seqs.size() > 0);
    CHECK(seqs.back() > seenUpTo);
    const std::multiset<QString> tickets = log.issuedTickets();
    CHECK(tickets.count(first) == 1);
    CHECK(tickets.count(missed1) == 1);
    CHECK(tickets.count(missed2) == 1);
    CHECK(tickets.size() == 3);
}
