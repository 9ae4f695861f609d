// The routing policies as a pure strategy (core/routing) and side by side.
#include "simcentre.h"
#include "simstats.h"
#include "simulator.h"

#include "core/routing.h"

using namespace novbe;
using namespace novbe::sim;
using namespace novbe::sim::test;

namespace {

const QDateTime NOW = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

Ticket waiting(const char *id, int minutesAgo)
{
    Ticket t;
    t.id = QString::fromLatin1(id);
    t.queuedAt = NOW.addSecs(-60 * minutesAgo);
    t.issuedAt = t.queuedAt;
    t.orderKey = 100 - minutesAgo;
    return t;
}

} // namespace

TEST_CASE("pickNext: each policy's order on one set of waiting tickets")
{
    const Ticket oldStd = waiting("old", 25);
    const Ticket newStd = waiting("new", 1);
    const Ticket prio1 = waiting("p1", 10); // boost 20: score 30 > 25
    const Ticket prio2 = waiting("p2", 2);  // boost 20: score 22 < 25
    const std::vector<RoutingCandidate> all{
        {&oldStd, 0, 1.0}, {&newStd, 0, 1.0}, {&prio1, 20, 1.0}, {&prio2, 20, 1.0}};
    int run = 0;
    CHECK(pickNext(RoutingPolicy::WeightedWait, all, NOW, &run)->id == QStringLiteral("p1"));
    CHECK(pickNext(RoutingPolicy::Fifo, all, NOW, &run)->id == QStringLiteral("old"));
    CHECK(pickNext(RoutingPolicy::StrictPriority, all, NOW, &run)->id == QStringLiteral("p1"));
    run = 0;
    CHECK(pickNext(RoutingPolicy::Interleave, all, NOW, &run)->id == QStringLiteral("p1"));
    CHECK(run == 1);
    CHECK(pickNext(RoutingPolicy::Interleave, all, NOW, &run)->id == QStringLiteral("p1"));
    CHECK(run == 2);
    CHECK(pickNext(RoutingPolicy::Interleave, all, NOW, &run)->id == QStringLiteral("old"));
    CHECK(run == 0);
    CHECK(pickNext(RoutingPolicy::Fifo, {}, NOW, &run) == nullptr);
}

TEST_CASE("pickNext: a started appointment slot goes first under every policy")
{
    const Ticket prio = waiting("p", 30);
    Ticket appointment = waiting("ap", 1);
    appointment.appointment = QStringLiteral("ap_1");
    appointment.slotStart = NOW.addSecs(-60);
    const std::vector<RoutingCandidate> all{{&prio, 30, 1.0}, {&appointment, 0, 1.0}};
    for (RoutingPolicy p : {RoutingPolicy::WeightedWait, RoutingPolicy::Fifo,
                            RoutingPolicy::StrictPriority, RoutingPolicy::Interleave}) {
        int run = 0;
        CHECK(pickNext(p, all, NOW, &run)->id == QStringLiteral("ap"));
    }
}

TEST_CASE("Policies on one day: FIFO never lets a later walk-in overtake; ours stays in its bound")
{
    auto [config, day] = sampleDay();
    std::vector<DaySummary> days;
    for (RoutingPolicy p :
         {RoutingPolicy::WeightedWait, RoutingPolicy::Fifo, RoutingPolicy::StrictPriority}) {
        SimOptions o;
        o.policy = p;
        days.push_back(summarize(config, runDay(config, day, o), p));
    }
    const DaySummary &ours = days[0];
    CHECK(ours.total.overtakeMin > 0);
    CHECK(ours.total.overtakeMin <= ours.total.boundMin);
    CHECK(ours.standard.boundMin == 30.0); // the largest boost of baku-1.json
    CHECK(days[1].total.overtakeMin == 0.0);
    // Strict priority: priority citizens wait least, standard ones are overtaken without bound.
    CHECK(days[2].priority.wait.p90Sec < ours.priority.wait.p90Sec);
    CHECK(days[2].standard.boundMin < 0);
}
