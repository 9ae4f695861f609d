// Per-operator figures from a hand-written journal with known answers.
#include "testcentre.h"

#include "core/operatorkpi.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace novbe;
using namespace novbe::test;

namespace {

struct Journal
{
    std::vector<DomainEvent> events;

    DomainEvent &add(EventType type, const QDateTime &at)
    {
        DomainEvent e;
        e.seq = qint64(events.size()) + 1;
        e.type = type;
        e.at = at;
        events.push_back(e);
        return events.back();
    }
    void counter(const char *id, CounterState state, const char *op, const QDateTime &at,
                 const char *reason = "")
    {
        CounterStatus c{QString::fromLatin1(id),     state, QString::fromLatin1(op), {}, {},
                        QString::fromLatin1(reason), at};
        add(EventType::CounterChanged, at).counter = c;
    }
    void ended(const char *service, const char *counter, TicketState state,
               const QDateTime &started, const QDateTime &ended)
    {
        Ticket t;
        t.id = QStringLiteral("t%1").arg(events.size());
        t.service = QString::fromLatin1(service);
        t.counter = QString::fromLatin1(counter);
        t.state = state;
        t.startedAt = started;
        t.endedAt = ended;
        const EventType type = state == TicketState::Done ? EventType::TicketFinished
                                                          : EventType::TicketNoShow;
        add(type, ended).ticket = t;
    }
    void rated(const char *op, int rating, const QDateTime &at)
    {
        Feedback f;
        f.operatorId = QString::fromLatin1(op);
        f.rating = rating;
        add(EventType::FeedbackSubmitted, at).feedback = f;
    }
};

CentreConfig operatorCentre()
{
    CentreConfig c = centre();
    c.services[1].defaultServiceSec = 600; // idcard
    c.operators = {{QStringLiteral("op1"), QStringLiteral("Leyla"), {}},
                   {QStringLiteral("op2"), QStringLiteral("Rauf"), {}},
                   {QStringLiteral("op3"), QStringLiteral("Nigar"), {}}};
    return c;
}

} // namespace

TEST_CASE("operator figures from the journal", "[core][kpi]")
{
    Journal j;
    j.counter("c1", CounterState::Idle, "op1", baku(9, 0));
    j.counter("c2", CounterState::Idle, "op2", baku(9, 0));
    j.ended("passport", "c1", TicketState::Done, baku(9, 5), baku(9, 12)); // 420 s, norm 300
    j.rated("op1", 5, baku(9, 13));
    j.counter("c1", CounterState::Paused, "op1", baku(9, 15), "lunch");
    j.counter("c1", CounterState::Idle, "op1", baku(9, 45)); // 1800 s of lunch
    j.ended("idcard", "c1", TicketState::NoShow, baku(9, 50), baku(9, 50));
    j.ended("idcard", "c1", TicketState::Done, baku(10, 0), baku(10, 3)); // 180 s, norm 600
    j.rated("op1", 2, baku(10, 4));
    j.counter("c2", CounterState::Paused, "op2", baku(11, 0), "break"); // still paused
    j.counter("c1", CounterState::Closed, "", baku(11, 10));            // op1 logged out
    // Written out of order: the journal's seq decides.
    std::vector<DomainEvent> shuffled = j.events;
    std::reverse(shuffled.begin(), shuffled.end());

    const auto ops = operatorKpisFromEvents(operatorCentre(), shuffled, baku(11, 20));
    REQUIRE(ops.size() == 2); // op3 never worked today
    const OperatorKpi &leyla = ops[0];
    CHECK(leyla.id == QStringLiteral("op1"));
    CHECK(leyla.name == QStringLiteral("Leyla"));
    CHECK(leyla.counter.isEmpty());
    CHECK(leyla.served == 2);
    CHECK(leyla.noShow == 1);
    CHECK(leyla.avgServiceSec == 300);
    CHECK(leyla.normServiceSec == 450);
    CHECK(leyla.feedbackCount == 2);
    CHECK(leyla.avgRating == Approx(3.5));
    CHECK(leyla.pauseSec == 1800);
    CHECK(leyla.pauses == std::vector<PauseTotal>{{QStringLiteral("lunch"), 1800}});
    const OperatorKpi &rauf = ops[1];
    CHECK(rauf.counter == QStringLiteral("c2"));
    CHECK(rauf.served == 0);
    CHECK(rauf.avgServiceSec == 0);
    CHECK(rauf.pauseSec == 1200); // the open break counts up to now
    CHECK(rauf.pauses == std::vector<PauseTotal>{{QStringLiteral("break"), 1200}});
}

TEST_CASE("a pause ends when its reason or operator changes", "[core][kpi]")
{
    Journal j;
    j.counter("c1", CounterState::Paused, "op1", baku(9, 0), "break");
    j.counter("c1", CounterState::Paused, "op1", baku(9, 10), "paperwork"); // 600 s of break
    j.counter("c1", CounterState::Paused, "op2", baku(9, 30), "paperwork"); // op1: 1200 s
    j.counter("c1", CounterState::Closed, "", baku(9, 35));                 // op2: 300 s
    const auto ops = operatorKpisFromEvents(operatorCentre(), j.events, baku(12, 0));
    REQUIRE(ops.size() == 2);
    CHECK(ops[0].pauseSec == 1800);
    CHECK(ops[0].pauses
          == std::vector<PauseTotal>{{QStringLiteral("paperwork"), 1200},
                                     {QStringLiteral("break"), 600}});
    CHECK(ops[1].pauseSec == 300);
    CHECK(ops[1].served == 0);
}

TEST_CASE("the running total agrees with a replay of the journal after every event", "[core][kpi]")
{
    Journal j;
    j.counter("c1", CounterState::Idle, "op1", baku(9, 0));
    j.ended("passport", "c1", TicketState::Done, baku(9, 5), baku(9, 12));
    j.rated("op1", 5, baku(9, 13));
    j.counter("c1", CounterState::Paused, "op1", baku(9, 15), "lunch");
    j.counter("c2", CounterState::Idle, "op2", baku(9, 20));
    j.counter("c1", CounterState::Idle, "op1", baku(9, 45));
    j.ended("idcard", "c1", TicketState::NoShow, baku(9, 50), baku(9, 50));
    j.counter("c2", CounterState::Paused, "op2", baku(11, 0), "break");
    const CentreConfig config = operatorCentre();
    OperatorDay running(config);
    std::vector<DomainEvent> sofar;
    for (const DomainEvent &e : j.events) {
        running.add(e);
        sofar.push_back(e);
        const QDateTime now = e.at.addSecs(90);
        CHECK(running.figures(now) == operatorKpisFromEvents(config, sofar, now));
        CHECK(running.figures(now) == running.figures(now)); // asking changes nothing
    }
    CHECK(running.figures(baku(12, 0)).at(1).pauseSec == 3600); // op2's break, still open
    running.clear();                                            // a new day
    CHECK(running.figures(baku(12, 0)).empty());
}
