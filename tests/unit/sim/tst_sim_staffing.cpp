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
