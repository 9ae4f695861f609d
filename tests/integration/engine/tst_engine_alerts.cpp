// The centre alerts against the engine on a manual clock: raised and cleared
// by the engine's rules with the thresholds of the config, told to the
// subscribed managers, listed, acknowledged once, and journaled.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include "protocol/errors.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

QJsonArray active(TestClient &manager)
{
    return okCall(manager, u"alerts.list"_s).value(u"alerts"_s).toArray();
}

// "CODE:subject" of every active alert, oldest first.
QStringList activeCodes(TestClient &manager)
{
    QStringList out;
    for (const QJsonValue &a : active(manager))
        out.append(a[u"code"_s].toString() + u':' + a[u"subject"_s].toString());
    return out;
}

QJsonObject activeAlert(TestClient &manager, const QString &code)
{
    for (const QJsonValue &a : active(manager)) {
        if (a[u"code"_s].toString() == code)
            return a.toObject();
    }
    FAIL("no active " << code.toStdString());
    return {};
}

QJsonObject alertsCentre()
{
    QJsonObject config = alwaysOpenCentre();
    config.insert(
        u"alerts"_s,
        QJsonObject{{u"queueLength"_s, 3}, {u"idleWithQueueMin"_s, 2}, {u"offlineAfterMin"_s, 1}});
    setServiceKey(config, u"passport"_s, u"targetWaitMin"_s, 10);
    return config;
}

} // namespace

TEST_CASE("the engine raises, clears and journals the queue alerts; a manager acknowledges",
          "[engine][alerts]")
{
    EngineProcess engine(alertsCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*manager, u"alerts.subscribe"_s);
    CHECK(active(*manager).isEmpty());

    for (int i = 0; i < 3; ++i)
        okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    advanceClock(*manager, 0);
    CHECK(activeCodes(*manager) == QStringList{u"QUEUE_TOO_LONG:passport"_s});
    const QJsonObject queue = activeAlert(*manager, u"QUEUE_TOO_LONG"_s);
    CHECK(queue[u"severity"_s].toString() == u"warning"_s);
    CHECK(queue[u"value"_s].toInt() == 3);
    CHECK(queue[u"limit"_s].toInt() == 3);
    CHECK(queue[u"clearedAt"_s].isNull());
    CHECK(queue[u"ackedBy"_s].isNull());
    REQUIRE(waitUntil([&] { return !alertsOf(*manager, u"QUEUE_TOO_LONG"_s).isEmpty(); }));

    // An idle counter while three wait: an alert after 2 minutes; and the
    // longest wait passes the 10-minute target.
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    advanceClock(*manager, 119);
    CHECK_FALSE(activeCodes(*manager).contains(u"COUNTER_IDLE_WITH_QUEUE:c01"_s));
    advanceClock(*manager, 1);
    CHECK(activeCodes(*manager).contains(u"COUNTER_IDLE_WITH_QUEUE:c01"_s));
    advanceClock(*manager, 8 * 60 + 1);
    CHECK(activeCodes(*manager).contains(u"WAIT_OVER_TARGET:passport"_s));

    // Acknowledged once, by this device; unknown ids and bad params refused.
    const qint64 id = queue[u"id"_s].toInteger();
    const QJsonObject acked =
        okCall(*manager, u"alerts.ack"_s, {{u"id"_s, id}})[u"alert"_s].toObject();
    CHECK(acked[u"ackedBy"_s].toString() == u"dashboard-1"_s);
    CHECK_FALSE(acked[u"ackedAt"_s].toString().isEmpty());
    CHECK(activeAlert(*manager, u"QUEUE_TOO_LONG"_s)[u"ackedBy"_s].toString() == u"dashboard-1"_s);
    checkError(manager->call(u"alerts.ack"_s, {{u"id"_s, id}}), wirecode::INVALID_STATE,
               u"INVALID_STATE"_s);
    checkError(manager->call(u"alerts.ack"_s, {{u"id"_s, id + 1000}}), wirecode::NOT_FOUND,
               u"NOT_FOUND"_s);
    checkError(manager->call(u"alerts.ack"_s, {{u"id"_s, u"x"_s}}), wirecode::INVALID_PARAMS,
               u"INVALID_PARAMS"_s);
    checkError(kiosk->call(u"alerts.list"_s), wirecode::FORBIDDEN, u"FORBIDDEN"_s);
    REQUIRE(waitUntil([&] {
        const QList<QJsonObject> told = alertsOf(*manager, u"QUEUE_TOO_LONG"_s);
        return !told.isEmpty() && told.last()[u"ackedBy"_s].toString() == u"dashboard-1"_s;
    }));

    // The counter serves the queue away: every alert clears.
    for (int i = 0; i < 3; ++i) {
        okCall(*desk, u"counter.callNext"_s);
        okCall(*desk, u"counter.start"_s);
        okCall(*desk, u"counter.finish"_s);
    }
    advanceClock(*manager, 1);
    CHECK(active(*manager).isEmpty());

    // All of it is in the journal: a replay from the start lists every change.
    auto reader = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*reader, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    QStringList journaled;
    REQUIRE(waitUntil([&] {
        journaled.clear();
        for (const QJsonObject &e : reader->events()) {
            if (e[u"type"_s].toString().startsWith(u"alert."_s))
                journaled.append(e[u"type"_s].toString() + u' '
                                 + e[u"alert"_s][u"code"_s].toString());
        }
        return journaled.size() == 7;
    }));
    CHECK(journaled
          == QStringList{
              u"alert.raised QUEUE_TOO_LONG"_s, u"alert.raised COUNTER_IDLE_WITH_QUEUE"_s,
              u"alert.raised WAIT_OVER_TARGET"_s, u"alert.acknowledged QUEUE_TOO_LONG"_s,
              u"alert.cleared QUEUE_TOO_LONG"_s, u"alert.cleared COUNTER_IDLE_WITH_QUEUE"_s,
              u"alert.cleared WAIT_OVER_TARGET"_s});
}

TEST_CASE("printer and offline alerts follow the kiosk's reports and connection",
          "[engine][alerts]")
{
    EngineProcess engine(alertsCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"device.report"_s, {{u"printer"_s, QJsonObject{{u"state"_s, u"paperOut"_s}}}});
    advanceClock(*manager, 0);
    CHECK(activeCodes(*manager) == QStringList{u"PRINTER_PAPER_OUT:kiosk-1"_s});
    CHECK(activeAlert(*manager, u"PRINTER_PAPER_OUT"_s)[u"severity"_s].toString() == u"critical"_s);

    okCall(*kiosk, u"device.report"_s, {{u"printer"_s, QJsonObject{{u"state"_s, u"ok"_s}}}});
    advanceClock(*manager, 0);
    CHECK(active(*manager).isEmpty());

    kiosk->disconnectFromHost();
    REQUIRE(kiosk->waitForDisconnect());
    REQUIRE(waitUntil([&] {
        return !okCall(*manager, u"devices.list"_s)[u"devices"_s][0][u"online"_s].toBool();
    }));
    advanceClock(*manager, 59);
    CHECK(active(*manager).isEmpty());
    advanceClock(*manager, 1);
    CHECK(activeCodes(*manager) == QStringList{u"DEVICE_OFFLINE:kiosk-1"_s});

    auto back = connectAs(engine.port(), u"kiosk-1"_s);
    advanceClock(*manager, 0);
    CHECK(active(*manager).isEmpty());
}

TEST_CASE("an engine restart keeps today's active alerts and their ids", "[engine][alerts]")
{
    EngineProcess engine(alertsCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    qint64 id = 0;
    {
        auto manager = connectAs(engine.port(), u"dashboard-1"_s);
        auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
        for (int i = 0; i < 3; ++i)
            okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
        advanceClock(*manager, 0);
        id = activeAlert(*manager, u"QUEUE_TOO_LONG"_s)[u"id"_s].toInteger();
        okCall(*manager, u"alerts.ack"_s, {{u"id"_s, id}});
    }
    REQUIRE(engine.terminate() == 0);
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    advanceClock(*manager, 0); // the queue is still there: the same alert, not a new one
    const QJsonObject kept = activeAlert(*manager, u"QUEUE_TOO_LONG"_s);
    CHECK(kept[u"id"_s].toInteger() == id);
    CHECK(kept[u"ackedBy"_s].toString() == u"dashboard-1"_s);
    CHECK(active(*manager).size() == 1);

    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"device.report"_s, {{u"printer"_s, QJsonObject{{u"state"_s, u"paperLow"_s}}}});
    advanceClock(*manager, 0);
    CHECK(activeAlert(*manager, u"PRINTER_PAPER_LOW"_s)[u"id"_s].toInteger() > id); // ids go on
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*desk, u"counter.callNext"_s);
    advanceClock(*manager, 0);
    CHECK(activeCodes(*manager) == QStringList{u"PRINTER_PAPER_LOW:kiosk-1"_s});
}
