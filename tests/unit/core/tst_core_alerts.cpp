// The centre alerts: the rules fire and clear on a manual clock, the tracker
// raises each once, clears it and takes one acknowledgement.
#include "testcentre.h"

#include "core/alerts.h"
#include "core/configloader.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// A manual clock: facts at `now`, moved on by the test.
struct Hall
{
    QDateTime now = baku(10, 0);
    AlertFacts::Service passport{u"passport"_s, 0, 0, 15, std::nullopt};
    AlertFacts::Counter c01{u"c01"_s, false, {}, false};
    AlertFacts::Device kiosk{u"kiosk-1"_s, u"kiosk"_s, true, baku(8, 0), u"ok"_s, {}};
    AlertFacts::Device display{u"display-1"_s, u"display"_s, true, baku(8, 0), {}, {}};
    QStringList storage;

    AlertFacts facts() const
    {
        return AlertFacts{now, {passport}, {c01}, {kiosk, display}, storage};
    }
    void advance(int sec) { now = now.addSecs(sec); }
};

QStringList codes(const std::vector<AlertRecord> &alerts)
{
    QStringList out;
    for (const AlertRecord &a : alerts)
        out.append(a.code + u':' + a.subject);
    return out;
}

struct Run
{
    Hall hall;
    AlertThresholds limits;
    qint64 lastId = 0;
    AlertTracker tracker{[this] { return ++lastId; }};

    AlertTracker::Changes step()
    {
        return tracker.update(alertConditions(hall.facts(), limits), hall.now);
    }
};

} // namespace

TEST_CASE("wait over target fires past the target and clears when the wait is back under it",
          "[core][alerts]")
{
    Run run;
    run.hall.passport.waiting = 3;
    run.hall.passport.longestWaitSec = 15 * 60; // exactly the target: not over
    CHECK(run.step().empty());

    run.hall.advance(1);
    run.hall.passport.longestWaitSec = 15 * 60 + 1;
    const AlertTracker::Changes raised = run.step();
    REQUIRE(codes(raised.raised) == QStringList{u"WAIT_OVER_TARGET:passport"_s});
    const AlertRecord &a = raised.raised.front();
    CHECK(a.id == 1);
    CHECK(a.severity == u"critical"_s);
    CHECK(a.value == 901);
    CHECK(a.limit == 900);
    CHECK(a.raisedAt == run.hall.now);
    CHECK_FALSE(a.clearedAt.isValid());

    run.hall.advance(60); // still over: nothing new, the same alert stays
    run.hall.passport.longestWaitSec = 20 * 60;
    CHECK(run.step().empty());
    REQUIRE(run.tracker.active().size() == 1);
    CHECK(run.tracker.active().front().id == 1);
    CHECK(run.tracker.active().front().value == 1200); // today's figure, same alert
    CHECK(run.tracker.active().front().raisedAt == run.hall.now.addSecs(-60));

    run.hall.advance(30); // the long waiter was called
    run.hall.passport.longestWaitSec = 4 * 60;
    const AlertTracker::Changes cleared = run.step();
    REQUIRE(codes(cleared.cleared) == QStringList{u"WAIT_OVER_TARGET:passport"_s});
    CHECK(cleared.cleared.front().id == 1);
    CHECK(cleared.cleared.front().clearedAt == run.hall.now);
    CHECK(run.tracker.active().empty());

    run.limits.waitOverTarget = false; // turned off in the config
    run.hall.passport.longestWaitSec = 30 * 60;
    CHECK(run.step().empty());
}

TEST_CASE("a queue longer than the threshold fires at the threshold; 0 turns it off",
          "[core][alerts]")
{
    Run run;
    run.limits.queueLength = 30;
    run.hall.passport.waiting = 29;
    CHECK(run.step().empty());
    run.hall.passport.waiting = 30;
    const AlertTracker::Changes raised = run.step();
    REQUIRE(codes(raised.raised) == QStringList{u"QUEUE_TOO_LONG:passport"_s});
    CHECK(raised.raised.front().value == 30);
    CHECK(raised.raised.front().limit == 30);
    CHECK(raised.raised.front().severity == u"warning"_s);
    run.hall.passport.waiting = 12;
    CHECK(codes(run.step().cleared) == QStringList{u"QUEUE_TOO_LONG:passport"_s});
    run.limits.queueLength = 0;
    run.hall.passport.waiting = 500;
    CHECK(run.step().empty());
}

TEST_CASE("a counter idle while its queues wait fires after N minutes", "[core][alerts]")
{
    Run run;
    run.limits.idleWithQueueMin = 2;
    run.hall.c01 = AlertFacts::Counter{u"c01"_s, true, run.hall.now, true};
    run.hall.advance(119);
    CHECK(run.step().empty());
    run.hall.advance(1);
    const AlertTracker::Changes raised = run.step();
    REQUIRE(codes(raised.raised) == QStringList{u"COUNTER_IDLE_WITH_QUEUE:c01"_s});
    CHECK(raised.raised.front().value == 120);
    CHECK(raised.raised.front().limit == 120);

    run.hall.advance(5); // the operator calls: no longer idle
    run.hall.c01.idle = false;
    CHECK(codes(run.step().cleared) == QStringList{u"COUNTER_IDLE_WITH_QUEUE:c01"_s});

    // Idle with nobody waiting is no alert.
    run.hall.c01 = AlertFacts::Counter{u"c01"_s, true, run.hall.now, false};
    run.hall.advance(3600);
    CHECK(run.step().empty());
}

TEST_CASE("printer states and offline devices fire and clear", "[core][alerts]")
{
    Run run;
    run.hall.kiosk.printerState = u"paperLow"_s;
    AlertTracker::Changes low = run.step();
    REQUIRE(codes(low.raised) == QStringList{u"PRINTER_PAPER_LOW:kiosk-1"_s});
    CHECK(low.raised.front().severity == u"warning"_s);

    run.hall.advance(600); // low becomes out: one cleared, the other raised
    run.hall.kiosk.printerState = u"paperOut"_s;
    const AlertTracker::Changes out = run.step();
    CHECK(codes(out.cleared) == QStringList{u"PRINTER_PAPER_LOW:kiosk-1"_s});
    CHECK(codes(out.raised) == QStringList{u"PRINTER_PAPER_OUT:kiosk-1"_s});
    CHECK(out.raised.front().severity == u"critical"_s);

    run.hall.kiosk.printerState = u"coverOpen"_s;
    const AlertTracker::Changes cover = run.step();
    REQUIRE(codes(cover.raised) == QStringList{u"PRINTER_OFFLINE:kiosk-1"_s});
    CHECK(cover.raised.front().detail == u"coverOpen"_s);
    run.hall.kiosk.printerState = u"ok"_s;
    CHECK(codes(run.step().cleared) == QStringList{u"PRINTER_OFFLINE:kiosk-1"_s});

    // The display drops off: an alert after offlineAfterMin, gone when it is back.
    run.limits.offlineAfterMin = 1;
    run.hall.display.online = false;
    run.hall.display.lastSeen = run.hall.now;
    run.hall.advance(59);
    CHECK(run.step().empty());
    run.hall.advance(1);
    CHECK(codes(run.step().raised) == QStringList{u"DEVICE_OFFLINE:display-1"_s});
    run.hall.display.online = true;
    CHECK(codes(run.step().cleared) == QStringList{u"DEVICE_OFFLINE:display-1"_s});

    // An offline kiosk's last printer report is not alerted, the kiosk is.
    run.hall.kiosk = AlertFacts::Device{u"kiosk-1"_s, u"kiosk"_s,    false,
                                        run.hall.now, u"paperOut"_s, {}};
    run.hall.advance(60);
    CHECK(codes(run.step().raised) == QStringList{u"DEVICE_OFFLINE:kiosk-1"_s});
}

TEST_CASE("a queue that will not clear by closing time fires with its stop-issuing time",
          "[core][alerts]")
{
    Run run;
    run.hall.now = baku(15, 0);
    // 20 waiting, the open counters get through 12 an hour (eta 100 min for a
    // new ticket), 36 issued since 9:00 (6 an hour): clears 18:20, after 18:00.
    const ServicePace pace{baku(15, 0), baku(9, 0), baku(18, 0), 20, 100 * 60, 2, 36};
    run.hall.passport.waiting = 20;
    run.hall.passport.forecast = forecastAtPace(pace);
    const AlertTracker::Changes raised = run.step();
    REQUIRE(codes(raised.raised) == QStringList{u"FORECAST_PAST_CLOSING:passport"_s});
    CHECK(raised.raised.front().detail == baku(17, 40).toUTC().toString(Qt::ISODateWithMs));

    // A third counter opens: 18 an hour, clears 16:40.
    ServicePace faster = pace;
    faster.etaSec = 20 * 3600 / 18;
    run.hall.passport.forecast = forecastAtPace(faster);
    CHECK(codes(run.step().cleared) == QStringList{u"FORECAST_PAST_CLOSING:passport"_s});
}

TEST_CASE("a failed storage check is an alert until a check passes", "[core][alerts]")
{
    Run run;
    run.hall.storage = QStringList{u"row 3 missing from index"_s};
    const AlertTracker::Changes raised = run.step();
    REQUIRE(codes(raised.raised) == QStringList{u"STORAGE_CHECK_FAILED:"_s});
    CHECK(raised.raised.front().message.contains(u"row 3 missing from index"_s));
    run.hall.storage.clear();
    CHECK(codes(run.step().cleared) == QStringList{u"STORAGE_CHECK_FAILED:"_s});
}

TEST_CASE("an active alert is acknowledged once; a cleared one not at all", "[core][alerts]")
{
    Run run;
    run.hall.passport.waiting = 40;
    run.step();
    REQUIRE(run.tracker.active().size() == 1);
    const qint64 id = run.tracker.active().front().id;

    const Result<AlertRecord> acked = run.tracker.acknowledge(id, u"dashboard-1"_s, run.hall.now);
    REQUIRE(acked.ok());
    CHECK(acked->ackedBy == u"dashboard-1"_s);
    CHECK(acked->ackedAt == run.hall.now);
    CHECK(run.tracker.acknowledge(id, u"dashboard-2"_s, run.hall.now).error().code
          == ErrorCode::InvalidState);
    CHECK(run.tracker.acknowledge(id + 100, u"dashboard-1"_s, run.hall.now).error().code
          == ErrorCode::NotFound);
    run.tracker.unacknowledge(id); // its commit failed
    CHECK(run.tracker.acknowledge(id, u"dashboard-2"_s, run.hall.now).ok());

    run.hall.passport.waiting = 0; // cleared, then back: a new alert, not acknowledged
    run.step();
    CHECK(run.tracker.acknowledge(id, u"dashboard-1"_s, run.hall.now).error().code
          == ErrorCode::NotFound);
    run.hall.passport.waiting = 45;
    const AlertTracker::Changes again = run.step();
    REQUIRE(again.raised.size() == 1);
    CHECK(again.raised.front().id > id);
    CHECK_FALSE(again.raised.front().ackedAt.isValid());
}

TEST_CASE("the alert thresholds come from the centre config", "[core][alerts][config]")
{
    const QByteArray base = R"({"centre": {"id": "x", "name": {"az": "X"}},
        "categories": [{"id": "standard", "name": {"az": "Ümumi"}}],
        "services": [{"id": "bank", "prefix": "BK", "name": {"az": "Bank"}}],
        "counters": [{"id": "c25", "name": {"az": "25"}, "services": ["bank"]}])";
    const auto defaults = parseCentreConfig(base + "}");
    REQUIRE(defaults.ok());
    CHECK(defaults->alerts.queueLength == 30);
    CHECK(defaults->alerts.idleWithQueueMin == 2);

    const auto set = parseCentreConfig(
        base + R"(, "alerts": {"queueLength": 12, "idleWithQueueMin": 5, "offlineAfterMin": 3,
              "waitOverTarget": false, "printer": false, "forecastPastClosing": false}})");
    REQUIRE(set.ok());
    CHECK(set->alerts.queueLength == 12);
    CHECK(set->alerts.idleWithQueueMin == 5);
    CHECK(set->alerts.offlineAfterMin == 3);
    CHECK_FALSE(set->alerts.waitOverTarget);
    CHECK_FALSE(set->alerts.printer);
    CHECK_FALSE(set->alerts.forecastPastClosing);

    const auto negative = parseCentreConfig(base + R"(, "alerts": {"queueLength": -1}})");
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message.contains(u"alerts"_s));
    CHECK_FALSE(parseCentreConfig(base + R"(, "alerts": [1]})").ok());
}

TEST_CASE("the active alerts are rebuilt from the day's journal", "[core][alerts]")
{
    auto event = [](EventType type, qint64 id, const char *code, const char *by = "") {
        DomainEvent e;
        e.type = type;
        AlertRecord a;
        a.id = id;
        a.code = QString::fromLatin1(code);
        a.ackedBy = QString::fromLatin1(by);
        e.alert = a;
        return e;
    };
    DomainEvent other;
    other.type = EventType::DayRollover;
    const std::vector<DomainEvent> journal{
        event(EventType::AlertRaised, 1, "QUEUE_TOO_LONG"),
        event(EventType::AlertRaised, 2, "DEVICE_OFFLINE"),
        other,
        event(EventType::AlertAcknowledged, 2, "DEVICE_OFFLINE", "dashboard-1"),
        event(EventType::AlertCleared, 1, "QUEUE_TOO_LONG"),
        event(EventType::AlertRaised, 3, "QUEUE_TOO_LONG"),
    };
    const std::vector<AlertRecord> active = activeAlertsFrom(journal);
    REQUIRE(active.size() == 2);
    CHECK(active[0].id == 2);
    CHECK(active[0].ackedBy == u"dashboard-1"_s);
    CHECK(active[1].id == 3);

    qint64 lastId = 3;
    AlertTracker tracker([&lastId] { return ++lastId; });
    tracker.restore(active);
    AlertRecord offline;
    offline.code = u"DEVICE_OFFLINE"_s;
    const AlertTracker::Changes changes = tracker.update({offline}, baku(10, 0));
    CHECK(changes.raised.empty()); // still offline: the same alert goes on
    REQUIRE(changes.cleared.size() == 1);
    CHECK(changes.cleared[0].id == 3);
}
