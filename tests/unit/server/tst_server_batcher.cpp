// The Batcher and the Fanout in-process, over an in-memory journal that can
// fail: group commit, answers in order, events published after a commit and
// never after a failed one, the core rolled back, engine-initiated changes
// retried, and subscription replay from the journal. Sessions are real
// loopback TCP connections.

#include "memoryjournal.h"
#include "waiting.h"

#include "../core/testcentre.h"

#include "server/batcher.h"
#include "server/fanout.h"
#include "server/session.h"
#include "server/sessionregistry.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// One engine-side Session and the client socket at the other end.
struct Connection
{
    QTcpServer server;
    QTcpSocket client;
    std::unique_ptr<Session> session;
    QList<QJsonObject> received;

    Connection()
    {
        REQUIRE(server.listen(QHostAddress::LocalHost));
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        REQUIRE(waitUntil([this] { return server.hasPendingConnections(); }));
        session = std::make_unique<Session>(server.nextPendingConnection(), 1, Session::Limits{});
        QObject::connect(&client, &QTcpSocket::readyRead, [this] {
            while (client.canReadLine())
                received.append(QJsonDocument::fromJson(client.readLine()).object());
        });
    }
    bool waitFor(int count)
    {
        return waitUntil([&] { return received.size() >= count; });
    }
};

struct Rig
{
    QueueEngine core{centre(), 42};
    std::unique_ptr<MemoryJournal> journal;
    std::unique_ptr<Batcher> batcher;
    std::vector<qint64> published; // seqs handed to the publisher

    Rig()
    {
        startDay(core, baku(9, 0));
        journal = std::make_unique<MemoryJournal>(core.query().lastSeq());
        batcher = std::make_unique<Batcher>(core, *journal);
        batcher->setPublisher([this](const std::vector<const DomainEvent *> &events) {
            for (const DomainEvent *e : events)
                published.push_back(e->seq);
        });
    }
    Reply issue(const QString &service)
    {
        return Reply::fromCore(
            core.flow().issue(walkIn(service), baku(9, 5)), [](const Outcome &o) {
                return QJsonObject{{u"id"_s, o.ticket->id}, {u"number"_s, o.ticket->number}};
            });
    }
};

QString reasonOf(const QJsonObject &message)
{
    return message.value(u"error"_s)
        .toObject()
        .value(u"data"_s)
        .toObject()
        .value(u"reason"_s)
        .toString();
}

} // namespace

TEST_CASE("a batch commits once, answers in order, then publishes in seq order",
          "[server][batcher]")
{
    Rig rig;
    Connection c;
    const qint64 before = rig.core.query().lastSeq();
    for (int i = 0; i < 3; ++i)
        rig.batcher->add(c.session.get(), QJsonValue(i + 1), true, rig.issue(u"passport"_s));
    CHECK(rig.published.empty()); // nothing goes out before the commit
    REQUIRE(rig.batcher->flush());
    CHECK(rig.journal->batches == 1);
    REQUIRE(c.waitFor(3));
    for (int i = 0; i < 3; ++i) {
        CHECK(c.received[i].value(u"id"_s).toInt() == i + 1);
        CHECK(c.received[i].value(u"result"_s).toObject().value(u"number"_s).toString()
              == u"A00%1"_s.arg(i + 1));
    }
    REQUIRE(rig.published.size() == rig.journal->events.size());
    for (size_t i = 0; i < rig.published.size(); ++i)
        CHECK(rig.published[i] == before + qint64(i) + 1);
    CHECK(rig.core.query().lastSeq() == rig.journal->lastSeq());
}

TEST_CASE("a failed commit answers STORAGE_UNAVAILABLE, publishes nothing and rolls the core back",
          "[server][batcher]")
{
    Rig rig;
    Connection c;
    const qint64 before = rig.core.query().lastSeq();
    rig.journal->failNext = 1;
    rig.batcher->add(c.session.get(), QJsonValue(7), true, rig.issue(u"passport"_s));
    CHECK_FALSE(rig.batcher->flush());
    REQUIRE(c.waitFor(1));
    CHECK(c.received[0].value(u"id"_s).toInt() == 7);
    CHECK(reasonOf(c.received[0]) == u"STORAGE_UNAVAILABLE"_s);
    CHECK(rig.published.empty());
    CHECK(rig.core.query().lastSeq() == before);
    CHECK(rig.core.query().tickets().size() == 0);

    // The disk is back: the next ticket takes the number the failed one had.
    rig.batcher->add(c.session.get(), QJsonValue(8), true, rig.issue(u"passport"_s));
    REQUIRE(rig.batcher->flush());
    REQUIRE(c.waitFor(2));
    CHECK(c.received[1].value(u"result"_s).toObject().value(u"number"_s).toString() == u"A001"_s);
    CHECK(rig.journal->events.front().seq == before + 1);
}

TEST_CASE("an engine-initiated change whose commit failed is retried", "[server][batcher]")
{
    Rig rig;
    int runs = 0;
    rig.journal->failNext = 1;
    rig.batcher->addInternal(u"test issue"_s, [&] {
        ++runs;
        return rig.core.flow().issue(walkIn(u"idcard"_s), baku(9, 6));
    });
    CHECK_FALSE(rig.batcher->flush());
    CHECK(rig.core.query().tickets().size() == 0);
    REQUIRE(waitUntil([&] { return rig.journal->batches == 1; }, 5000)); // the retry timer
    CHECK(runs == 2);
    CHECK(rig.core.query().tickets().size() == 1);
    CHECK(!rig.published.empty());
}

TEST_CASE("the fan-out replays journaled events, then goes on live", "[server][fanout]")
{
    Rig rig;
    for (int i = 0; i < 4; ++i)
        rig.batcher->add(nullptr, QJsonValue(), false, rig.issue(u"passport"_s));
    REQUIRE(rig.batcher->flush());
    const qint64 first = rig.journal->oldestSeq();
    const qint64 last = rig.journal->lastSeq();
    REQUIRE(last > first);

    SessionRegistry sessions;
    Fanout fanout(rig.core, *rig.journal, sessions);
    Connection c;
    c.session->authenticate(u"dashboard-1"_s, Role::Manager, {});
    sessions.add(c.session.get());
    const QJsonObject answer = fanout.subscribe(*c.session, first);
    CHECK(answer.value(u"seq"_s).toInteger() == last);
    CHECK(answer.value(u"replayed"_s).toInteger() == last - first);
    REQUIRE(c.waitFor(int(last - first)));
    for (int i = 0; i < int(last - first); ++i)
        CHECK(c.received[i].value(u"params"_s).toObject().value(u"seq"_s).toInteger()
              == first + 1 + i);

    rig.batcher->setPublisher(
        [&](const std::vector<const DomainEvent *> &events) { fanout.publish(events); });
    rig.batcher->add(nullptr, QJsonValue(), false, rig.issue(u"idcard"_s));
    REQUIRE(rig.batcher->flush());
    REQUIRE(c.waitFor(int(rig.journal->lastSeq() - first)));
    CHECK(c.received.last().value(u"params"_s).toObject().value(u"seq"_s).toInteger()
          == rig.journal->lastSeq());
    sessions.remove(c.session.get());
}
