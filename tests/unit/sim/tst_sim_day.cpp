// A simulated day: the same seed gives the same bytes, the core's invariants
// hold throughout, and a 20-ticket day comes out as worked out by hand.
#include "replay.h"
#include "simcentre.h"
#include "simreport.h"
#include "simstats.h"
#include "simulator.h"

#include <QTemporaryDir>

using namespace novbe;
using namespace novbe::sim;
using namespace novbe::sim::test;

namespace {

QByteArray report(const CentreConfig &config, const DayProfile &day, RoutingPolicy policy)
{
    SimOptions o;
    o.policy = policy;
    const DaySummary s = summarize(config, runDay(config, day, o), policy);
    return toJsonText(dayJson(s)) + dayMarkdown(s).toUtf8();
}

} // namespace

TEST_CASE("Simulator: the same seed gives the same output byte for byte")
{
    auto [config, day] = sampleDay();
    const QByteArray first = report(config, day, RoutingPolicy::WeightedWait);
    CHECK(first == report(config, day, RoutingPolicy::WeightedWait));
    CHECK(first.size() > 1000);
    day.seed += 1;
    CHECK(first != report(config, day, RoutingPolicy::WeightedWait));
}

TEST_CASE("Simulator: the core's invariants hold throughout the sample day, every policy")
{
    auto [config, day] = sampleDay();
    for (RoutingPolicy policy : {RoutingPolicy::WeightedWait, RoutingPolicy::Fifo,
                                 RoutingPolicy::StrictPriority, RoutingPolicy::Interleave}) {
        INFO(policyName(policy).toStdString());
        SimOptions o;
        o.policy = policy;
        o.checkInvariants = true;
        const SimResult r = runDay(config, day, o);
        for (const QString &f : r.invariantFailures)
            UNSCOPED_INFO(f.toStdString());
        CHECK(r.invariantFailures.empty());
        CHECK(r.tickets.size() > 800);
        int unserved = 0;
        for (const TicketRecord &t : r.tickets)
            unserved += t.waitSec < 0;
        CHECK(unserved == 0); // counters stay until their queues are empty
        CHECK(r.booked > 100);
        CHECK(r.neverCame > 0);
        CHECK(r.retriedEarly > 0);
    }
}

TEST_CASE("Simulator: a 20-ticket day checked by hand")
{
    // One counter; 20 citizens 45 s apart from 09:00:22.5; each takes 60 s.
    // Ticket i is called at 22.5 + 60 i s, so it waits 15 i s. The estimate
    // runs the queue forward: the counter's current service ends 60 s after
    // its start, then each person ahead takes 60 s, so it is the wait itself.
    // Except every 4th ticket: it comes at the instant the service before
    // ends (issue before finish), when that service has run its full mean,
    // and the estimate counts a quarter of the mean (15 s) more for it.
    const CentreConfig config = oneServiceCentre(1);
    const SimResult r = runDay(config, evenDay(20, 60, 1), SimOptions{});
    const std::vector<int> waits{0,   15,  30,  45,  60,  75,  90,  105, 120, 135,
                                 150, 165, 180, 195, 210, 225, 240, 255, 270, 285};
    const std::vector<int> etas{0,   15,  30,  45,  75,  75,  90,  105, 135, 135,
                                150, 165, 195, 195, 210, 225, 255, 255, 270, 285};
    REQUIRE(r.tickets.size() == 20);
    for (size_t i = 0; i < 20; ++i) {
        INFO("ticket " << i);
        CHECK(r.tickets[i].issuedMs == 9 * 3600 * 1000 + 22500 + 45000 * qint64(i));
        CHECK(r.tickets[i].waitSec == waits[i]);
        CHECK(r.tickets[i].etaSec == etas[i]);
    }
    const DaySummary s = summarize(config, r, RoutingPolicy::WeightedWait);
    CHECK(s.total.wait.p50Sec == 135); // 10th of 20
    CHECK(s.total.wait.p90Sec == 255); // 18th of 20
    CHECK(s.total.wait.maxSec == 285);
    CHECK(s.total.wait.withinTarget == 1.0);
    CHECK(s.total.overtakeMin == 0.0);
    // Busy 09:00:22.5-09:20:22.5 of a day staffed 09:00-18:00.
    CHECK(r.counters[0].busyMs == 20 * 60 * 1000);
    CHECK(r.counters[0].staffedMs == 9 * 3600 * 1000);
    CHECK(r.counters[0].idleWhileWaitingMs == 0);
}

TEST_CASE("Simulator: a bad day profile is refused with a clear error")
{
    const CentreConfig config = oneServiceCentre(1);
    const Result<DayProfile> unknown = parseDayProfile(
        R"({"date":"2026-12-07","shapeStart":"09:00","shape":[1],"services":{"nope":{}}})", config);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("unknown service \"nope\"")));
    const Result<DayProfile> noDate = parseDayProfile(R"({"shape":[1]})", config);
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().message.contains(QStringLiteral("date")));
}

TEST_CASE("Replay: a simulated day journalled to a real store replays to the same waits")
{
    auto [config, day] = sampleDay();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("centre.db"));
    auto writer = JournalWriter::create(db, config);
    REQUIRE(writer.ok());
    SimOptions o;
    o.onOutcome = [&](const Outcome &out) { writer.value()->add(out); };
    const SimResult original = runDay(config, day, o);
    REQUIRE(writer.value()->flush().ok());
    writer.value().reset();

    Result<DayInput> input = readJournalDay(db, QStringLiteral("2026-12-07"), config, nullptr);
    REQUIRE(input.ok());
    const SimResult replayed = runDayInput(config, day, SimOptions{}, std::move(input.value()));
    REQUIRE(replayed.tickets.size() == original.tickets.size());
    std::vector<int> a;
    std::vector<int> b;
    for (const TicketRecord &t : original.tickets)
        a.push_back(t.waitSec);
    for (const TicketRecord &t : replayed.tickets)
        b.push_back(t.waitSec);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    CHECK(a == b);

    // Only two of the interior group's six counters all day: longer waits.
    StaffingPlan fewer;
    fewer.firstHour = 9;
    fewer.perGroup[QStringLiteral("interior")] = std::vector<int>(9, 2);
    Result<DayInput> cut = readJournalDay(db, QStringLiteral("2026-12-07"), config, &fewer);
    REQUIRE(cut.ok());
    const SimResult less = runDayInput(config, day, SimOptions{}, std::move(cut.value()));
    const DaySummary before = summarize(config, replayed, RoutingPolicy::WeightedWait);
    const DaySummary after = summarize(config, less, RoutingPolicy::WeightedWait);
    CHECK(after.services[0].wait.p90Sec > before.services[0].wait.p90Sec); // idCard

    CHECK_FALSE(readJournalDay(db, QStringLiteral("2026-12-08"), config, nullptr).ok());
    CHECK_FALSE(readJournalDay(dir.filePath(QStringLiteral("none.db")),
                               QStringLiteral("2026-12-07"), config, nullptr)
                    .ok());
}
