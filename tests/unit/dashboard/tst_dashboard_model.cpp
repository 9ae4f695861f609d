// The dashboard's model: KPI cards, the engine's alerts in words, idle-with-queue.
#include "dashboardmodel.h"

#include "protocol/readmodelcodec.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The wire text decoded with the read model, as the dashboard receives it.
template <typename T> T wire(const char *text)
{
    const std::optional<T> value = decode<T>(json(text));
    REQUIRE(value.has_value());
    return *value;
}

EventView event(const char *text)
{
    return wire<EventView>(text);
}

DashboardModel model()
{
    DashboardModel m(u"en"_s);
    m.setCentre(wire<CentreView>(R"({"centre":{"name":{"az":"Mərkəz","en":"Centre"}},
        "services":[{"id":"passport","name":{"az":"Pasport","en":"Passport"},"targetWaitMin":15},
                    {"id":"bank","name":{"az":"Bank","en":"Bank"},"targetWaitMin":10}],
        "counters":[{"id":"c1","name":{"en":"1"},"services":["passport"],"state":"idle"},
                    {"id":"c2","name":{"en":"2"},"services":["bank"],"state":"closed"}]})"));
    return m;
}

const QDateTime T0 = QDateTime(QDate(2026, 11, 30), QTime(6, 0), Qt::UTC);

} // namespace

TEST_CASE("cards add up the services", "[dashboard]")
{
    DashboardModel m = model();
    m.setStats(wire<StatsView>(
        R"({"services":[{"id":"passport","issued":10,"served":6,"noShow":2,"slaPct":50,"called":8,"calledInTarget":4},
        {"id":"bank","issued":4,"served":2,"noShow":0,"slaPct":100,"called":2,"calledInTarget":2}],"feedbackCount":3,"avgRating":4.5})"));
    m.applyEvent(
        event(R"({"type":"queue.changed","service":"passport","waitingCount":2,"etaSec":300})"),
        T0);
    const KpiCards k = m.cards();
    CHECK(k.waitingNow == 2);
    CHECK(k.servedToday == 8);
    CHECK(k.noShowPct == 20);
    CHECK(k.slaPct == 60); // 4 + 2 of 8 + 2 calls within target: counts, not rounded shares
    CHECK(k.avgRating == Approx(4.5));
    CHECK(m.centreName() == u"Centre"_s);
}

TEST_CASE("the engine's alerts are shown, in words, until they clear", "[dashboard][alerts]")
{
    DashboardModel m = model();
    CHECK(m.alerts().empty());
    const bool rang = m.setAlerts(
        {wire<AlertView>(R"({"id":4,"code":"PRINTER_PAPER_OUT","severity":"critical",
            "subject":"kiosk-1","detail":"paperOut","at":"2026-11-30T06:01:00.000Z"})"),
         wire<AlertView>(R"({"id":5,"code":"WAIT_OVER_TARGET","severity":"critical",
            "subject":"passport","value":960,"limit":900,"at":"2026-11-30T06:02:00.000Z"})")});
    CHECK(rang); // new and not acknowledged: the dashboard rings
    auto alerts = m.alerts();
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0].id == 5); // newest first
    CHECK(alerts[0].text == u"Passport: a citizen has waited longer than the target of 15 min"_s);
    CHECK(alerts[1].level == AlertLevel::Fault);
    CHECK(alerts[1].text.contains(u"out of paper"_s));
    CHECK_FALSE(m.setAlerts({wire<AlertView>(R"({"id":4,"code":"PRINTER_PAPER_OUT",
        "severity":"critical","subject":"kiosk-1","at":"2026-11-30T06:01:00.000Z"})")}));
    REQUIRE(m.alerts().size() == 1);

    // Events: acknowledged (no ring), cleared (gone), raised (a ring).
    CHECK_FALSE(m.applyAlert(EventType::AlertAcknowledged, wire<AlertView>(R"({"id":4,
        "code":"PRINTER_PAPER_OUT","severity":"critical","subject":"kiosk-1",
        "ackedBy":"dashboard-1","ackedAt":"2026-11-30T06:03:00.000Z"})")));
    CHECK(m.alerts().at(0).ackedBy == u"dashboard-1"_s);
    CHECK_FALSE(m.applyAlert(EventType::AlertCleared, wire<AlertView>(R"({"id":4,
        "code":"PRINTER_PAPER_OUT","clearedAt":"2026-11-30T06:09:00.000Z"})")));
    CHECK(m.alerts().empty());
    CHECK(m.applyAlert(EventType::AlertRaised, wire<AlertView>(R"({"id":9,
        "code":"PRINTER_PAPER_LOW","severity":"warning","subject":"kiosk-2"})")));
    REQUIRE(m.alerts().size() == 1);
    CHECK(m.alerts()[0].level == AlertLevel::Warning);
    CHECK(m.alerts()[0].text == u"kiosk-2 is low on paper"_s);
}

TEST_CASE("a counter is flagged idle while citizens wait when the engine says so",
          "[dashboard][alerts]")
{
    DashboardModel m = model();
    m.applyEvent(event(R"({"type":"counter.changed","at":"2026-11-30T06:00:00.000Z",
        "counter":{"id":"c1","state":"idle","operator":{"id":"op1","name":"Aysel"}}})"),
                 T0);
    CHECK_FALSE(m.counters(T0.addSecs(600)).at(0).idleWithQueue);
    m.applyAlert(EventType::AlertRaised, wire<AlertView>(R"({"id":3,
        "code":"COUNTER_IDLE_WITH_QUEUE","severity":"warning","subject":"c1","value":120,"limit":120})"));
    CHECK(m.counters(T0.addSecs(600)).at(0).idleWithQueue);
    CHECK_FALSE(m.counters(T0.addSecs(600)).at(1).idleWithQueue);
    CHECK(m.alerts().at(0).text == u"Counter 1 has been idle for over 2 min while citizens wait"_s);
    m.applyAlert(EventType::AlertCleared, wire<AlertView>(R"({"id":3,
        "code":"COUNTER_IDLE_WITH_QUEUE","subject":"c1"})"));
    CHECK_FALSE(m.counters(T0.addSecs(700)).at(0).idleWithQueue);
}

TEST_CASE("cards are coloured against their targets", "[dashboard]")
{
    DashboardModel m = model();
    m.setStats(wire<StatsView>(
        R"({"services":[{"id":"passport","issued":20,"served":16,"noShow":4,"slaPct":80,"called":20,"calledInTarget":16}],
            "feedbackCount":2,"avgRating":3.5})"));
    m.setSnapshot(wire<QueueSnapshot>(R"({"services":[
        {"id":"passport","waitingCount":2,"longestWaitSec":500},
        {"id":"bank","waitingCount":1,"longestWaitSec":660}]})"),
                  T0);
    const KpiCards k = m.cards();
    // bank: 11 of 10 minutes is worse than passport's 8 of 15.
    CHECK(k.longestWaitSec == 660);
    CHECK(k.longestService == u"Bank"_s);
    CHECK(k.longestTargetMin == 10);
    CHECK(k.longestLevel == Level::Fault);
    CHECK(k.issuedToday == 20);
    CHECK(k.slaLevel == Level::Warning); // 80 %: under 90, not under 75
    CHECK(k.noShowPct == 20);
    CHECK(k.noShowLevel == Level::Fault); // over 15 %
    CHECK(k.ratingLevel == Level::Fault); // under 4.0
    CHECK(CardTargets::waitLevel(450, 15) == Level::Ok);
    CHECK(CardTargets::waitLevel(451, 15) == Level::Warning);
    CHECK(m.targets().ratingLevel(0.0, 0) == Level::Neutral);
}

TEST_CASE("open counters per service and the language of names", "[dashboard]")
{
    DashboardModel m = model();
    CHECK(m.services().at(0).openCounters == 1); // c1 is idle, c2 closed
    CHECK(m.services().at(1).openCounters == 0);
    m.applyEvent(event(R"({"type":"counter.changed","counter":{"id":"c2","state":"paused",
        "pauseReason":"lunch","changedAt":"2026-11-30T05:50:00.000Z"}})"),
                 T0);
    CHECK(m.services().at(1).openCounters == 1); // paused is open
    const CounterTile c2 = m.counters(T0).at(1);
    CHECK(c2.pauseReason == u"lunch"_s);
    CHECK(c2.since.secsTo(T0) == 600); // the engine's changedAt, not the arrival
    m.setLanguage(u"az"_s);
    CHECK(m.centreName() == u"Mərkəz"_s);
    CHECK(m.services().at(0).name == u"Pasport"_s);
    CHECK(m.serviceName(u"bank"_s) == u"Bank"_s);
    CHECK(m.serviceName(u"unknown"_s) == u"unknown"_s);
    CHECK(m.counters(T0).at(1).pauseReason == u"lunch"_s); // live state kept
}

TEST_CASE("the cards compare with the same hour a week ago", "[dashboard]")
{
    DashboardModel m = model();
    m.setStats(wire<StatsView>(R"({"serviceDay":"2026-11-30",
        "services":[{"id":"passport","issued":10,"served":8,"noShow":2,"slaPct":90,"called":10,"calledInTarget":9}]})"));
    CHECK_FALSE(m.cards().weekAgo.has_value());
    m.setWeekAgo(wire<RangeStatsView>(R"({"from":"2026-11-23","to":"2026-11-23","untilTime":"10:00",
        "services":[{"id":"passport","issued":12,"served":6,"noShow":0,"waiting":4,"slaPct":50,"called":6,"calledInTarget":3},
                    {"id":"bank","issued":4,"served":3,"noShow":1,"waiting":0,"slaPct":100,"called":4,"calledInTarget":4}],
        "feedbackCount":2,"avgRating":4.0})"));
    const std::optional<WeekAgo> w = m.cards().weekAgo;
    REQUIRE(w.has_value());
    CHECK(w->waiting == 4);
    CHECK(w->served == 9);
    CHECK(w->calls == 10);
    CHECK(w->slaPct == 70); // 3 of 6 and 4 of 4 called within target
    CHECK(w->noShowPct == 10);
    CHECK(w->avgRating == Approx(4.0));
    CHECK(w->ratings == 2);
    // A new day drops the comparison until it is asked again.
    m.setStats(wire<StatsView>(R"({"serviceDay":"2026-12-01","services":[]})"));
    CHECK_FALSE(m.cards().weekAgo.has_value());
}

TEST_CASE("the card targets come from centre.get, else the defaults", "[dashboard]")
{
    DashboardModel m = model(); // no targets sent: today's defaults
    CHECK(m.targets().slaPct == 90);
    CHECK(m.targets().slaLevel(85) == Level::Warning);
    m.setCentre(wire<CentreView>(R"({"centre":{"name":{"az":"Mərkəz"}},
        "targets":{"slaPct":80,"slaWarnPct":60,"noShowPct":20,"noShowWarnPct":30,
                   "rating":4.0,"ratingWarn":3.0}})"));
    CHECK(m.targets().slaLevel(85) == Level::Ok);
    CHECK(m.targets().slaLevel(70) == Level::Warning);
    CHECK(m.targets().noShowLevel(25) == Level::Warning);
    CHECK(m.targets().ratingLevel(4.2, 3) == Level::Ok);
    CHECK(m.targets().ratingLevel(2.9, 3) == Level::Fault);
    CHECK(decode<CentreView>(json(R"({"centre":{"name":{}},"targets":{"rating":"x"}})"))
          == std::nullopt);
}
