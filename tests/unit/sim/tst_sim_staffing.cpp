// The staffing search on a day whose answer is known.
#include "citizens.h"
#include "simcentre.h"
#include "simday.h"
#include "simreport.h"
#include "simstats.h"
#include "staffing.h"

using namespace novbe;
using namespace novbe::sim;
using namespace novbe::sim::test;

TEST_CASE("Staffing: two of three counters, both hours, when the day needs exactly two")
{
    // 09:00-11:00: a citizen every 150 s, each takes 300 s. Two counters
    // serve everyone at once; one falls 150 s further behind with each
    // citizen (7 of the hour's 24 within 15 min); none serves nobody.
    const CentreConfig config = oneServiceCentre(3, QTime(9, 0), QTime(11, 0));
    const DayProfile day = evenDay(48, 300, 8);
    const StaffingResult r = searchStaffing(config, day, RoutingPolicy::WeightedWait,
                                            StaffingTarget{0.9, 15});
    REQUIRE(r.plan.perGroup.count(QStringLiteral("g")) == 1);
    CHECK(r.plan.firstHour == 9);
    CHECK(r.plan.perGroup.at(QStringLiteral("g")) == std::vector<int>{2, 2});
    CHECK(r.share.at(QStringLiteral("g")) == std::vector<double>{1.0, 1.0});
    CHECK(r.walkIns.at(QStringLiteral("g")) == std::vector<int>{24, 24});
    CHECK(r.available.at(QStringLiteral("g")) == 3);
    CHECK(
        staffingMarkdown(r, StaffingTarget{0.9, 15}).contains(QStringLiteral("| g (3) | 2 | 2 |")));
}

TEST_CASE("Staffing: the bisection finds the same table as the linear search, in fewer days")
{
    // A random day (Poisson arrivals, log-normal times) on five counters,
    // and the sample day, whose groups share counters (employment/social,
    // archive/justice).
    DayProfile small = evenDay(160, 300, 16);
    small.evenArrivals = false;
    small.services.front().sigma = 0.5;
    std::vector<std::pair<CentreConfig, DayProfile>> days{
        {oneServiceCentre(5, QTime(9, 0), QTime(13, 0)), small}, sampleDay()};
    for (const auto &[config, day] : days) {
        const StaffingTarget target{0.9, 15};
        const StaffingResult linear = searchStaffing(config, day, RoutingPolicy::WeightedWait,
                                                     target, StaffingMethod::Linear);
        const StaffingResult bisect = searchStaffing(config, day, RoutingPolicy::WeightedWait,
                                                     target, StaffingMethod::Bisect);
        CHECK(bisect.plan.perGroup == linear.plan.perGroup);
        CHECK(bisect.share == linear.share);
        CHECK(staffingMarkdown(bisect, target).section(QLatin1Char('`'), 0, 0)
              == staffingMarkdown(linear, target).section(QLatin1Char('`'), 0, 0));
        CHECK(bisect.runs < linear.runs);
    }
}

namespace {

QByteArray summaryOf(const CentreConfig &config, const SimResult &r)
{
    const DaySummary s = summarize(config, r, RoutingPolicy::WeightedWait);
    return toJsonText(dayJson(s)) + dayMarkdown(s).toUtf8();
}

SimOptions planned(const StaffingPlan &plan)
{
    SimOptions o;
    o.staffing = plan;
    return o;
}

} // namespace

TEST_CASE("Staffing: a day forked at noon with another plan is the day run with it from the "
          "morning")
{
    // The search tries each hour's staffing on a copy of the day up to that
    // hour (the core engine copied). Every figure, estimates included, must
    // be what a day run from the morning gives.
    const auto [config, day] = sampleDay();
    StaffingPlan full;
    full.firstHour = 9;
    for (size_t i = 0; i < config.counters.size(); ++i)
        full.perGroup[counterGroup(config, int(i))] = std::vector<int>(11, 6);
    StaffingPlan fewer = full;
    fewer.perGroup[QStringLiteral("interior")][3] = 2; // 12:00
    fewer.perGroup[QStringLiteral("justice")][4] = 0;  // 13:00
    const qint64 noon = 12 * 3600 * 1000;

    // Either way: fewer counters from noon, and more (the pending closes dropped).
    for (const auto &[before, after] : {std::pair{full, fewer}, std::pair{fewer, full}}) {
        SimDay morning(config, day, planned(before), drawDay(config, day, &before));
        morning.start();
        morning.advance(noon);
        SimDay fork = morning; // a copy: the engine and everything pending
        fork.replan(shiftsFor(config, &after), noon);
        fork.advance(24 * 3600 * 1000);
        morning.advance(24 * 3600 * 1000);

        const QByteArray forked = summaryOf(config, fork.finish());
        CHECK(forked == summaryOf(config, runDay(config, day, planned(after))));
        CHECK(summaryOf(config, morning.finish())
              == summaryOf(config, runDay(config, day, planned(before))));
        CHECK(forked != summaryOf(config, runDay(config, day, planned(before))));
    }
}
