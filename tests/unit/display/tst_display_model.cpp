#include "displayevents.h"
#include "displaymodel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <vector>

using namespace novbe;
using namespace novbe::testevents;
using namespace Qt::StringLiterals;

namespace {

// "A001@1" per call, "+" marks a recall; newest first, space separated.
QString describe(const QList<DisplayCall> &calls)
{
    QStringList out;
    for (const DisplayCall &c : calls)
        out.append(c.number + u'@' + c.counterLabel(u"az"_s) + (c.recall ? u"+"_s : QString()));
    return out.join(u' ');
}

QDateTime atOf(const QJsonObject &event)
{
    return QDateTime::fromString(event.value(u"at"_s).toString(), Qt::ISODateWithMs);
}

struct Scenario
{
    const char *name;
    std::vector<QJsonObject> events;
    int nowSec;
    const char *current;
    const char *history;
    DisplayZone zone = {};
};

} // namespace

TEST_CASE("display model: events in, current and history out", "[display]")
{
    const Scenario s = GENERATE(values<Scenario>({
        {"one call", {called(1, u"A001"_s, u"c01"_s, 0)}, 5, "A001@1", ""},
        {"two counters, newest first",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 3)},
         5,
         "B001@2 A001@1",
         ""},
        {"at most three now, the rest in history",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"A002"_s, u"c02"_s, 1),
          called(3, u"A003"_s, u"c03"_s, 2), called(4, u"B001"_s, u"c04"_s, 3)},
         5,
         "B001@4 A003@3 A002@2",
         "A001@1"},
        {"a counter's next call replaces its previous one",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"A002"_s, u"c01"_s, 60)},
         65,
         "A002@1",
         "A001@1"},
        {"a recall moves the ticket up, marked, without a duplicate",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 5),
          called(3, u"A001"_s, u"c01"_s, 20, true)},
         25,
         "A001@1+ B001@2",
         ""},
        {"a replayed event (same seq) is ignored",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 5),
          called(2, u"B001"_s, u"c02"_s, 5), called(1, u"A001"_s, u"c01"_s, 0)},
         6,
         "B001@2 A001@1",
         ""},
        {"an older seq never comes back after a newer one",
         {called(5, u"A005"_s, u"c01"_s, 50), called(4, u"A004"_s, u"c02"_s, 40)},
         55,
         "A005@1",
         ""},
        {"finished at the counter: the call leaves 'now'",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 5),
          counterChanged(3, u"c01"_s, u"idle"_s, QString(), 90)},
         95,
         "B001@2",
         "A001@1"},
        {"serving the same ticket keeps it 'now'",
         {called(1, u"A001"_s, u"c01"_s, 0),
          counterChanged(2, u"c01"_s, u"serving"_s, u"A001"_s, 30)},
         35,
         "A001@1",
         ""},
        {"a closed counter's call leaves 'now'",
         {called(1, u"A001"_s, u"c01"_s, 0),
          counterChanged(2, u"c01"_s, u"closed"_s, QString(), 30)},
         35,
         "",
         "A001@1"},
        {"stale calls drop out of 'now' but stay in history",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 200)},
         400,
         "B001@2",
         "A001@1"},
        {"all stale", {called(1, u"A001"_s, u"c01"_s, 0)}, 301, "", "A001@1"},
        {"day rollover clears everything",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 5), rollover(3, 10)},
         12,
         "",
         ""},
        {"calls after a rollover show again",
         {called(1, u"A001"_s, u"c01"_s, 0), rollover(2, 10), called(3, u"A001"_s, u"c02"_s, 20)},
         22,
         "A001@2",
         ""},
        {"zone by service",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 5)},
         6,
         "B001@2",
         "",
         DisplayZone{{u"passport"_s}, {}}},
        {"zone by counter",
         {called(1, u"A001"_s, u"c01"_s, 0), called(2, u"B001"_s, u"c02"_s, 5),
          called(3, u"A002"_s, u"c03"_s, 6)},
         7,
         "A002@3 A001@1",
         "",
         DisplayZone{{}, {u"c01"_s, u"c03"_s}}},
        {"malformed call (no number) is ignored",
         {QJsonObject{{u"seq"_s, 1},
                      {u"type"_s, u"ticket.called"_s},
                      {u"at"_s, iso(T0)},
                      {u"ticket"_s, QJsonObject{{u"id"_s, u"t_x"_s}}},
                      {u"counter"_s, counterRef(u"c01"_s)}}},
         1,
         "",
         ""},
    }));
    INFO(s.name);
    ManualClock clock(T0);
    DisplayModelSettings settings;
    settings.zone = s.zone;
    DisplayModel model(clock, settings);
    for (const QJsonObject &e : s.events) {
        clock.set(atOf(e));
        if (const std::optional<EventView> event = decode<EventView>(e))
            model.applyEvent(
                *event); // a malformed event never reaches the model (AppLink drops it)
    }
    clock.set(T0.addSecs(s.nowSec));
    CHECK(describe(model.currentCalls()) == QString::fromUtf8(s.current));
    CHECK(describe(model.history()) == QString::fromUtf8(s.history));
}

TEST_CASE("display model: history keeps the last N calls, one per ticket", "[display]")
{
    const int historyMax = GENERATE(8, 10, 12);
    ManualClock clock(T0);
    DisplayModelSettings settings;
    settings.historyMax = historyMax;
    DisplayModel model(clock, settings);
    for (int i = 1; i <= 30; ++i)
        model.applyEvent(view(called(i, u"A%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"c01"_s, i)));
    clock.set(T0.addSecs(31));
    REQUIRE(model.currentCalls().size() == 1);
    CHECK(model.currentCalls().first().number == u"A030");
    const QList<DisplayCall> history = model.history();
    REQUIRE(history.size() == historyMax);
    CHECK(history.first().number == u"A029");
    CHECK(history.last().number == u"A%1"_s.arg(29 - historyMax + 1, 3, 10, QLatin1Char('0')));
}

TEST_CASE("display model: a new call flashes three times, then stays highlighted", "[display]")
{
    struct Step
    {
        int ms;
        bool inverse;
        bool highlighted;
        bool flashing;
    };
    const Step step = GENERATE(values<Step>({
        {0, true, false, true},
        {499, true, false, true},
        {500, false, true, true},
        {1000, true, false, true},
        {1600, false, true, true},
        {2000, true, false, true},
        {2999, false, true, true},
        {3000, false, true, false},
        {60000, false, true, false},
    }));
    INFO("ms " << step.ms);
    ManualClock clock(T0);
    DisplayModel model(clock);
    model.applyEvent(view(called(1, u"A001"_s, u"c01"_s, 0)));
    clock.advanceMs(step.ms);
    const DisplayCall call = model.currentCalls().value(0);
    CHECK(model.isInverse(call) == step.inverse);
    CHECK(model.isHighlighted(call) == step.highlighted);
    CHECK(model.isFlashing() == step.flashing);
}

TEST_CASE("display model: only the newest call is highlighted; old arrivals do not flash",
          "[display]")
{
    ManualClock clock(T0.addSecs(100));
    DisplayModel model(clock);
    model.applyEvent(view(called(1, u"A001"_s, u"c01"_s, 0))); // 100 s old on arrival (replay)
    CHECK_FALSE(model.isInverse(model.currentCalls().value(0)));
    CHECK_FALSE(model.isFlashing());
    model.applyEvent(view(called(2, u"B001"_s, u"c02"_s, 100)));
    clock.advanceSec(5);
    const QList<DisplayCall> now = model.currentCalls();
    REQUIRE(now.size() == 2);
    CHECK(model.isHighlighted(now.at(0)));
    CHECK_FALSE(model.isHighlighted(now.at(1)));
}

TEST_CASE("display model: tick signals only visible changes", "[display]")
{
    ManualClock clock(T0);
    DisplayModel model(clock);
    model.applyEvent(view(called(1, u"A001"_s, u"c01"_s, 0)));
    QSignalSpy changed(&model, &DisplayModel::changed);
    model.tick();
    CHECK(changed.count() == 0);
    clock.advanceMs(600); // flash phase flips
    model.tick();
    CHECK(changed.count() == 1);
    clock.advanceMs(100); // same phase
    model.tick();
    CHECK(changed.count() == 1);
    clock.advanceSec(400); // the call turns stale
    model.tick();
    CHECK(changed.count() == 2);
    CHECK(model.currentCalls().isEmpty());
}

TEST_CASE("display model: callArrived once per accepted call", "[display]")
{
    ManualClock clock(T0);
    DisplayModelSettings settings;
    settings.zone.services = {u"idCard"_s};
    DisplayModel model(clock, settings);
    QSignalSpy arrived(&model, &DisplayModel::callArrived);
    model.applyEvent(view(called(1, u"A001"_s, u"c01"_s, 0)));
    model.applyEvent(view(called(1, u"A001"_s, u"c01"_s, 0)));       // duplicate
    model.applyEvent(view(called(2, u"B001"_s, u"c02"_s, 0)));       // outside the zone
    model.applyEvent(view(called(3, u"A001"_s, u"c01"_s, 0, true))); // recall
    REQUIRE(arrived.count() == 2);
    CHECK_FALSE(arrived.at(0).at(0).value<DisplayCall>().recall);
    CHECK(arrived.at(1).at(0).value<DisplayCall>().recall);
    CHECK(model.lastSeq() == 3);
}

namespace {

QueueSnapshot snapshot(qint64 seq, const QJsonArray &recentCalls, const QJsonArray &counters = {})
{
    const std::optional<QueueSnapshot> decoded = decode<QueueSnapshot>(
        {{u"serviceDay"_s, u"2026-11-28"_s},
         {u"seq"_s, seq},
         {u"services"_s, QJsonArray()},
         {u"counters"_s, counters},
         {u"recentCalls"_s, recentCalls}});
    REQUIRE(decoded.has_value());
    return *decoded;
}

} // namespace

TEST_CASE("display model: resync from a snapshot", "[display]")
{
    ManualClock clock(T0.addSecs(100));
    DisplayModel model(clock);
    model.applyEvent(view(called(1, u"A001"_s, u"c01"_s, 90)));
    model.applyEvent(view(called(2, u"B001"_s, u"c02"_s, 95)));
    QSignalSpy arrived(&model, &DisplayModel::callArrived);

    SECTION("known calls are neither duplicated nor announced again")
    {
        model.applySnapshot(snapshot(
            7, {recentCall(u"B001"_s, u"c02"_s, 95), recentCall(u"A001"_s, u"c01"_s, 90)}));
        CHECK(describe(model.currentCalls()) == u"B001@2 A001@1");
        CHECK(arrived.count() == 0);
        CHECK(model.lastSeq() == 7);
        CHECK_FALSE(model.applyEvent(view(called(7, u"A009"_s, u"c09"_s, 99))));
        CHECK(model.applyEvent(view(called(8, u"A009"_s, u"c09"_s, 99))));
    }
    SECTION("a fresh call missed while offline flashes and is announced; an old one is not")
    {
        model.applySnapshot(
            snapshot(9,
                     {recentCall(u"A003"_s, u"c03"_s, 98), recentCall(u"B001"_s, u"c02"_s, 95),
                      recentCall(u"A002"_s, u"c04"_s, 10)}));
        REQUIRE(arrived.count() == 1);
        CHECK(arrived.at(0).at(0).value<DisplayCall>().number == u"A003");
        CHECK(model.isInverse(model.currentCalls().value(0)));
        CHECK(describe(model.currentCalls()) == u"A003@3 B001@2 A002@4");
        CHECK_FALSE(model.isInverse(model.currentCalls().value(2)));
    }
    SECTION("a snapshot's counters decide what is still 'now'; recalls are marked")
    {
        const QJsonObject idle =
            counterChanged(0, u"c01"_s, u"idle"_s, QString(), 0).value(u"counter"_s).toObject();
        model.applySnapshot(snapshot(
            9, {recentCall(u"B001"_s, u"c02"_s, 95, 2), recentCall(u"A001"_s, u"c01"_s, 90)},
            {idle}));
        CHECK(describe(model.currentCalls()) == u"B001@2+");
        CHECK(describe(model.history()) == u"A001@1");
    }
    SECTION("a snapshot from an engine with a lower seq (new database) is taken as is")
    {
        model.applySnapshot(snapshot(1, {}));
        CHECK(model.lastSeq() == 1);
        CHECK(model.currentCalls().isEmpty());
        CHECK(model.applyEvent(view(called(2, u"A001"_s, u"c01"_s, 99))));
    }
}

TEST_CASE("display centre from centre.get", "[display]")
{
    const QJsonObject centreGet{
        {u"centre"_s,
         QJsonObject{{u"id"_s, u"baku-1"_s},
                     {u"name"_s, QJsonObject{{u"az"_s, u"Mərkəz"_s}, {u"en"_s, u"Centre"_s}}},
                     {u"languages"_s, QJsonArray{u"az"_s, u"ru"_s}}}},
        {u"services"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"notary"_s}, {u"prefix"_s, u"NA"_s}},
                    QJsonObject{{u"id"_s, u"idCard"_s}, {u"prefix"_s, u"A"_s}}}},
        {u"counters"_s, QJsonArray{counterRef(u"c07"_s), counterRef(u"c12"_s)}}};
    const std::optional<CentreView> centre = decode<CentreView>(centreGet);
    REQUIRE(centre.has_value());
    CHECK(centre->centre.languages == QStringList{u"az"_s, u"ru"_s});
    CHECK(localized(centre->centre.name, u"en"_s) == u"Centre");
    CHECK(centre->service(u"notary"_s)->prefix == u"NA");
    CHECK(localized(centre->counter(u"c07"_s)->name, u"ru"_s) == u"7");
}
