// The manager's report (daysummary.h, report.h) of a scripted day whose every
// figure was computed by hand, checked against the live figures the engine
// keeps (stats.today's KPIs, stats.operators' running totals) and against the
// replay of the day's journal.
#include "testcentre.h"

#include "core/kpi.h"
#include "core/operatorkpi.h"
#include "core/report.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;

namespace {

struct ScriptedDay
{
    QueueEngine engine;
    std::vector<DomainEvent> journal;
    std::vector<Feedback> feedback;
    OperatorDay operators;
    std::map<QString, QString> ids; // number -> ticket id

    explicit ScriptedDay(const CentreConfig &c) : engine(c, 9), operators(engine.query().config())
    {
        startDay(engine);
    }
    void keep(Result<Outcome> r)
    {
        REQUIRE(r.ok());
        for (const DomainEvent &ev : r->events) {
            journal.push_back(ev);
            operators.add(ev);
            if (ev.feedback)
                feedback.push_back(*ev.feedback);
            if (ev.type == EventType::TicketIssued)
                ids[ev.ticket->number] = ev.ticket->id;
        }
        engine.commit();
    }
    void issue(const char *service, const char *category, int hh, int mm)
    {
        keep(engine.flow().issue(
            walkIn(QString::fromLatin1(service), QString::fromLatin1(category)), baku(hh, mm)));
    }
    void rate(const char *number, int rating, int hh, int mm)
    {
        keep(engine.reports().submitFeedback(ids.at(QString::fromLatin1(number)), rating, {},
                                             baku(hh, mm)));
    }
};

CentreConfig reportCentre()
{
    CentreConfig c = centre();
    c.operators = {{QStringLiteral("op1"), QStringLiteral("Leyla"), {}},
                   {QStringLiteral("op2"), QStringLiteral("Rauf"), {}}};
    return c;
}

// 09:00-10:45: bank D001 (09:00), D002 elderly (09:02), D003 (10:05,
// cancelled); idcard B001 (09:05), B002 (09:10, no-show). Leyla at c3,
// Rauf at c2; Rauf's lunch 09:25-10:10, Leyla's break from 10:30 (open).
void script(ScriptedDay &d)
{
    auto &desks = d.engine.desks();
    const QString c2 = QStringLiteral("c2"), c3 = QStringLiteral("c3");
    d.keep(desks.openCounter(c3, QStringLiteral("op1"), QStringLiteral("Leyla"), baku(9, 0)));
    d.keep(desks.openCounter(c2, QStringLiteral("op2"), QStringLiteral("Rauf"), baku(9, 0)));
    d.issue("bank", "standard", 9, 0);
    d.issue("bank", "elderly", 9, 2);
    d.issue("idcard", "standard", 9, 5);
    d.keep(desks.callNext(c2, baku(9, 8))); // B001 waited 180 s
    d.keep(desks.start(c2, baku(9, 9)));
    d.issue("idcard", "standard", 9, 10);
    d.keep(desks.callNext(c3, baku(9, 10))); // D002 (boosted) waited 480 s
    d.keep(desks.start(c3, baku(9, 11)));
    d.keep(desks.finish(c3, {}, baku(9, 19))); // 480 s
    d.rate("D002", 5, 9, 20);
    d.keep(desks.callNext(c3, baku(9, 20))); // D001 waited 1200 s
    d.keep(desks.start(c3, baku(9, 21)));
    d.keep(desks.finish(c2, {}, baku(9, 21))); // B001: 720 s
    d.rate("B001", 4, 9, 25);
    d.keep(desks.pause(c2, QStringLiteral("lunch"), baku(9, 25)));
    d.keep(desks.finish(c3, {}, baku(9, 26))); // D001: 300 s
    d.rate("D001", 3, 9, 30);
    d.issue("bank", "standard", 10, 5);
    d.keep(desks.resume(c2, baku(10, 10)));   // lunch: 2700 s
    d.keep(desks.callNext(c2, baku(10, 12))); // B002 waited 3720 s
    d.keep(desks.noShow(c2, baku(10, 14)));
    d.keep(d.engine.flow().cancel(d.ids.at(QStringLiteral("D003")), {}, baku(10, 20)));
    d.keep(desks.pause(c3, QStringLiteral("break"), baku(10, 30))); // open at 10:45: 900 s
}

struct Expected
{
    int issued, served, noShow, cancelled;
    double noShowPct;
    int called, calledInTarget;
    double slaPct;
    int avgWait, p90Wait, maxWait, avgService, feedbackCount;
    double avgRating;
    int pauseSec;
};

void check(const ReportRow &r, const Expected &e)
{
    INFO("row " << r.key.toStdString());
    CHECK(r.issued == e.issued);
    CHECK(r.served == e.served);
    CHECK(r.noShow == e.noShow);
    CHECK(r.cancelled == e.cancelled);
    CHECK(r.noShowPct == e.noShowPct);
    CHECK(r.called == e.called);
    CHECK(r.calledInTarget == e.calledInTarget);
    CHECK(r.slaPct == e.slaPct);
    CHECK(r.avgWaitSec == e.avgWait);
    CHECK(r.p90WaitSec == e.p90Wait);
    CHECK(r.maxWaitSec == e.maxWait);
    CHECK(r.avgServiceSec == e.avgService);
    CHECK(r.feedbackCount == e.feedbackCount);
    CHECK(r.avgRating == e.avgRating);
    CHECK(r.pauseSec == e.pauseSec);
}

PauseTotal pause(const char *reason, int sec)
{
    return PauseTotal{QString::fromLatin1(reason), sec};
}

Report replay(const ScriptedDay &d)
{
    const CentreConfig &config = d.engine.query().config();
    const DaySummary day = summarizeDay(config, QStringLiteral("2026-11-30"), d.journal,
                                        baku(10, 45));
    return buildReport(config, QStringLiteral("2026-11-30"), QStringLiteral("2026-11-30"), {day});
}

} // namespace

TEST_CASE("report of a scripted day: every figure by hand", "[core][report]")
{
    ScriptedDay d(reportCentre());
    script(d);
    const Report r = replay(d);
    REQUIRE(r.days == 1);
    // Services in config order: passport, idcard, notary, bank.
    REQUIRE(r.services.size() == 4);
    check(r.services[0], {0, 0, 0, 0, 0.0, 0, 0, 100.0, 0, 0, 0, 0, 0, 0.0, 0});
    check(r.services[1], {2, 1, 1, 0, 50.0, 2, 1, 50.0, 1950, 3720, 3720, 720, 1, 4.0, 0});
    check(r.services[3], {3, 2, 0, 1, 0.0, 2, 1, 50.0, 840, 1200, 1200, 390, 2, 4.0, 0});
    // Categories: standard, disability, elderly.
    check(r.categories[0], {4, 2, 1, 1, 33.3, 3, 1, 33.3, 1700, 3720, 3720, 510, 2, 3.5, 0});
    check(r.categories[1], {0, 0, 0, 0, 0.0, 0, 0, 100.0, 0, 0, 0, 0, 0, 0.0, 0});
    check(r.categories[2], {1, 1, 0, 0, 0.0, 1, 1, 100.0, 480, 480, 480, 480, 1, 5.0, 0});
    // Counters and operators: the tickets they ended, their pauses.
    REQUIRE(r.counters.size() == 2);
    CHECK(r.counters[0].key == QStringLiteral("c2"));
    check(r.counters[0], {0, 1, 1, 0, 50.0, 2, 1, 50.0, 1950, 3720, 3720, 720, 1, 4.0, 2700});
    check(r.counters[1], {0, 2, 0, 0, 0.0, 2, 1, 50.0, 840, 1200, 1200, 390, 2, 4.0, 900});
    REQUIRE(r.operators.size() == 2);
    CHECK(r.operators[0].name == QStringLiteral("Leyla"));
    check(r.operators[0], {0, 2, 0, 0, 0.0, 2, 1, 50.0, 840, 1200, 1200, 390, 2, 4.0, 900});
    check(r.operators[1], {0, 1, 1, 0, 50.0, 2, 1, 50.0, 1950, 3720, 3720, 720, 1, 4.0, 2700});
    CHECK(r.operators[0].pauses == std::vector{pause("break", 900)});
    // Hours of issue; pauses split at the hour.
    REQUIRE(r.hours.size() == 2);
    CHECK(r.hours[0].key == QStringLiteral("09"));
    check(r.hours[0], {4, 3, 1, 0, 25.0, 4, 2, 50.0, 1395, 3720, 3720, 500, 3, 4.0, 2100});
    check(r.hours[1], {1, 0, 0, 1, 0.0, 0, 0, 100.0, 0, 0, 0, 0, 0, 0.0, 1500});
    CHECK(r.hours[1].pauses == std::vector{pause("break", 900), pause("lunch", 600)});
    check(r.total, {5, 3, 1, 1, 25.0, 4, 2, 50.0, 1395, 3720, 3720, 500, 3, 4.0, 3600});
    CHECK(r.total.pauses == std::vector{pause("lunch", 2700), pause("break", 900)});
}

TEST_CASE("report of a scripted day: quarters and wait distribution", "[core][report]")
{
    ScriptedDay d(reportCentre());
    script(d);
    const Report r = replay(d);
    const std::vector<QuarterRow> quarters{{QStringLiteral("09:00"), 4, 0, 2},
                                           {QStringLiteral("09:15"), 0, 3, 1},
                                           {QStringLiteral("09:30"), 0, 0, 1},
                                           {QStringLiteral("09:45"), 0, 0, 1},
                                           {QStringLiteral("10:00"), 1, 0, 1}};
    CHECK(r.quarters == quarters);
    REQUIRE(r.waitDistribution.size() == 4);
    CHECK(r.waitDistribution[1].targetSec == 900);
    CHECK(r.waitDistribution[1].counts == std::vector{1, 0, 0, 0, 0, 0, 0, 1}); // 180, 3720
    CHECK(r.waitDistribution[3].counts == std::vector{0, 0, 1, 0, 0, 1, 0, 0}); // 480, 1200
}

TEST_CASE("report agrees with the live figures of the day", "[core][report]")
{
    ScriptedDay d(reportCentre());
    script(d);
    const Report r = replay(d);
    const CentreConfig &config = d.engine.query().config();
    const Kpis live = kpisFromTickets(config, d.engine.query().tickets(), d.feedback);
    for (std::size_t i = 0; i < live.services.size(); ++i) {
        const ServiceKpi &k = live.services[i];
        const ReportRow &row = r.services[i];
        INFO(k.id.toStdString());
        CHECK(row.key == k.id);
        CHECK(row.issued == k.issued);
        CHECK(row.served == k.served);
        CHECK(row.noShow == k.noShow);
        CHECK(row.cancelled == k.cancelled);
        CHECK(row.called == k.called);
        CHECK(row.calledInTarget == k.calledInTarget);
        CHECK(row.avgWaitSec == k.avgWaitSec);
        CHECK(row.maxWaitSec == k.maxWaitSec);
        CHECK(row.avgServiceSec == k.avgServiceSec);
    }
    CHECK(r.total.feedbackCount == live.feedbackCount);
    CHECK(r.total.avgRating == Approx(live.avgRating));
    const std::vector<OperatorKpi> ops = d.operators.figures(baku(10, 45));
    REQUIRE(ops.size() == r.operators.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        CHECK(r.operators[i].key == ops[i].id);
        CHECK(r.operators[i].served == ops[i].served);
        CHECK(r.operators[i].noShow == ops[i].noShow);
        CHECK(r.operators[i].avgServiceSec == ops[i].avgServiceSec);
        CHECK(r.operators[i].feedbackCount == ops[i].feedbackCount);
        CHECK(r.operators[i].avgRating == Approx(ops[i].avgRating));
        CHECK(r.operators[i].pauses == ops[i].pauses);
    }
}

TEST_CASE("day summaries merge: two days are the sum of each", "[core][report]")
{
    ScriptedDay d(reportCentre());
    script(d);
    const CentreConfig &config = d.engine.query().config();
    const DaySummary day = summarizeDay(config, QStringLiteral("2026-11-30"), d.journal,
                                        baku(10, 45));
    std::vector<DomainEvent> shuffled(d.journal.rbegin(), d.journal.rend());
    CHECK(summarizeDay(config, day.day, shuffled, baku(10, 45)) == day); // order by seq
    const Report two = buildReport(config, QStringLiteral("2026-11-30"),
                                   QStringLiteral("2026-12-01"), {day, day});
    CHECK(two.days == 2);
    check(two.total, {10, 6, 2, 2, 25.0, 8, 4, 50.0, 1395, 3720, 3720, 500, 6, 4.0, 7200});
    CHECK(two.quarters[0].waiting == 4);
}
