// The staffing search on a day whose answer is known.
#include "simcentre.h"
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
