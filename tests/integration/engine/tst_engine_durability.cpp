// protocol.md section 3: a restart after SIGTERM or SIGKILL keeps the queues,
// the next numbers and seq; events are pushed only after their commit.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

QJsonObject issue(TestClient &kiosk, const QString &service)
{
    return okCall(kiosk, u"ticket.issue"_s, {{u"service"_s, service}})
        .value(u"ticket"_s)
        .toObject();
}

// service -> waiting ticket ids in queue order, counter -> current ticket id.
QMap<QString, QStringList> queues(const QJsonObject &snapshot)
{
    QMap<QString, QStringList> result;
    for (const auto &entry : snapshot.value(u"services"_s).toArray()) {
        QStringList ids;
        for (const auto &t : entry.toObject().value(u"waiting"_s).toArray())
            ids << t.toObject().value(u"id"_s).toString() + u'/'
                    + t.toObject().value(u"number"_s).toString();
        if (!ids.isEmpty())
            result.insert(entry.toObject().value(u"id"_s).toString(), ids);
    }
    for (const auto &entry : snapshot.value(u"counters"_s).toArray()) {
        const QJsonObject c = entry.toObject();
        if (!c.value(u"ticket"_s).isNull())
            result.insert(c.value(u"id"_s).toString(),
                          {c.value(u"ticket"_s).toObject().value(u"id"_s).toString()});
    }
    return result;
}

int numberOf(const QJsonObject &ticket)
{
    return ticket.value(u"number"_s).toString().right(3).toInt();
}

} // namespace

TEST_CASE("a restart keeps queues, next numbers and seq", "[engine][durability]")
{
    const int signal = GENERATE(SIGTERM, SIGKILL);
    INFO((signal == SIGTERM ? "SIGTERM" : "SIGKILL"));
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto witness = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*witness, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    {
        auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
        for (int i = 0; i < 12; ++i)
            issue(*kiosk, i % 3 ? u"passport"_s : u"idCard"_s);
        auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
        okCall(*desk, u"counter.callNext"_s);
        okCall(*desk, u"counter.start"_s);
        auto desk3 = openCounter(engine.port(), u"desk-03"_s, u"op03"_s, u"c03"_s);
        okCall(*desk3, u"counter.callNext"_s);
        okCall(*desk3, u"counter.park"_s);
        okCall(*desk3, u"counter.callNext"_s);
    }
    const QJsonObject before = okCall(*witness, u"queue.snapshot"_s);
    const int seqBefore = before.value(u"seq"_s).toInt();
    REQUIRE(waitUntil(
        [&] {
            return !witness->events().isEmpty()
                && witness->events().last().value(u"seq"_s).toInt() == seqBefore;
        },
        10000));
    const QList<QJsonObject> eventsBefore = witness->events();
    if (signal == SIGTERM)
        CHECK(engine.terminate() == 0);
    else
        engine.kill();
    CHECK(witness->waitForDisconnect());

    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonObject after = okCall(*manager, u"queue.snapshot"_s);
    CHECK(queues(after) == queues(before));
    CHECK(after.value(u"seq"_s).toInt() >= seqBefore);

    // The journal replays every event of the day, unchanged, and continues without a gap.
    okCall(*manager, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    REQUIRE(manager->waitForEvents(int(eventsBefore.size())));
    for (int i = 0; i < eventsBefore.size(); ++i) {
        INFO("event " << i);
        CHECK(manager->events().at(i) == eventsBefore.at(i));
    }
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QJsonObject next = issue(*kiosk, u"passport"_s);
    CHECK(next.value(u"number"_s).toString() == u"B009"_s);
    CHECK(issue(*kiosk, u"idCard"_s).value(u"number"_s).toString() == u"A005"_s);
    const int end = okCall(*kiosk, u"queue.snapshot"_s).value(u"seq"_s).toInt();
    CHECK(end > seqBefore);
    REQUIRE(
        waitUntil([&] { return manager->events().last().value(u"seq"_s).toInt() >= end; }, 10000));
    for (int i = 1; i < manager->events().size(); ++i)
        CHECK(manager->events().at(i).value(u"seq"_s).toInt()
              == manager->events().at(i - 1).value(u"seq"_s).toInt() + 1);
    CHECK(manager->events().first().value(u"seq"_s).toInt() == 1);
}

TEST_CASE("whatever was acknowledged or pushed as an event survives SIGKILL",
          "[engine][durability]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto witness = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*witness, u"events.subscribe"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    QList<qint64> requests;
    for (int i = 0; i < 300; ++i)
        requests << kiosk->send(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    auto issuedSeen = [&] {
        QSet<QString> ids;
        for (const QJsonObject &e : witness->events()) {
            if (e.value(u"type"_s).toString() == u"ticket.issued"_s)
                ids.insert(e.value(u"ticket"_s).toObject().value(u"id"_s).toString());
        }
        return ids;
    };
    REQUIRE(waitUntil([&] { return issuedSeen().size() >= 40; }, 20000));
    engine.kill();

    QSet<QString> known = issuedSeen();
    int maxNumber = 0;
    int maxSeq = witness->events().isEmpty() ? 0 : witness->events().last().value(u"seq"_s).toInt();
    for (qint64 id : requests) {
        const QJsonObject answer = kiosk->response(id, 0);
        if (isOk(answer)) {
            const QJsonObject t = resultOf(answer).value(u"ticket"_s).toObject();
            known.insert(t.value(u"id"_s).toString());
            maxNumber = qMax(maxNumber, numberOf(t));
        }
    }
    for (const QJsonObject &e : witness->events())
        maxNumber = qMax(maxNumber, numberOf(e.value(u"ticket"_s).toObject()));
    INFO("tickets acknowledged or announced before the kill: " << known.size());

    REQUIRE(engine.start());
    auto reader = connectAs(engine.port(), u"kiosk-1"_s);
    for (const QString &id : known) {
        INFO("ticket " << id.toStdString());
        CHECK(isOk(reader->call(u"ticket.get"_s, {{u"id"_s, id}})));
    }
    const QJsonObject next = issue(*reader, u"passport"_s);
    CHECK(numberOf(next) > maxNumber); // no number reused
    const QJsonObject sub = okCall(*reader, u"events.subscribe"_s);
    CHECK(sub.value(u"seq"_s).toInt() > maxSeq); // no seq reused
}
