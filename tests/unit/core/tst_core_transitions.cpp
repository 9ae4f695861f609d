// The full ticket lifecycle: every state x every action, through the engine.
#include "testcentre.h"

#include "core/transitions.h"

#include <catch2/catch.hpp>

#include <map>

using namespace novbe;
using namespace novbe::test;

namespace {

using S = TicketState;
using A = TicketAction;

// The lifecycle of protocol.md, written out independently of TRANSITIONS.
const std::map<std::pair<S, A>, S> EXPECTED = {
    {{S::Waiting, A::Call}, S::Called},      {{S::Parked, A::Call}, S::Called},
    {{S::Called, A::Recall}, S::Called},     {{S::Called, A::Start}, S::Serving},
    {{S::Serving, A::Finish}, S::Done},      {{S::Called, A::NoShow}, S::NoShow},
    {{S::Called, A::Park}, S::Parked},       {{S::Serving, A::Park}, S::Parked},
    {{S::Waiting, A::Cancel}, S::Cancelled}, {{S::Parked, A::Cancel}, S::Cancelled},
    {{S::Called, A::Transfer}, S::Waiting},  {{S::Serving, A::Transfer}, S::Waiting},
    {{S::Waiting, A::Reset}, S::Reset},      {{S::Called, A::Reset}, S::Reset},
    {{S::Serving, A::Reset}, S::Reset},      {{S::Parked, A::Reset}, S::Reset},
};

// Brings a fresh ticket into `state` through real engine operations.
QString ticketIn(QueueEngine &e, S state)
{
    const QDateTime t = baku(10, 0);
    REQUIRE(e.desks().openCounter(QStringLiteral("c1"), QStringLiteral("op1"), QStringLiteral("Op"),
                                  t));
    REQUIRE(e.desks().openCounter(QStringLiteral("c4"), QStringLiteral("op4"), QStringLiteral("Op"),
                                  t));
    auto issued = e.flow().issue(walkIn(QStringLiteral("passport")), t);
    REQUIRE(issued);
    const QString id = issued->ticket->id;
    const QString c1 = QStringLiteral("c1");
    auto step = [&](bool ok) { REQUIRE(ok); };
    switch (state) {
        case S::Waiting: break;
        case S::Cancelled: step(e.flow().cancel(id, {}, t).ok()); break;
        case S::Reset: step(e.flow().rollover(baku(8, 0, 0, 1)).ok()); break;
        default:
            step(e.desks().callNext(c1, t).ok());
            if (state == S::NoShow)
                step(e.desks().noShow(c1, t).ok());
            if (state == S::Serving || state == S::Done || state == S::Parked)
                step(e.desks().start(c1, t).ok());
            if (state == S::Done)
                step(e.desks().finish(c1, {}, t).ok());
            if (state == S::Parked)
                step(e.desks().park(c1, t).ok());
    }
    e.commit();
    return id;
}

Result<Outcome> apply(QueueEngine &e, A action, const QString &id, const QDateTime &t)
{
    const QString c1 = QStringLiteral("c1");
    switch (action) {
        case A::Call: return e.desks().callTicket(QStringLiteral("c4"), id, t);
        case A::Recall: return e.desks().recall(c1, t);
        case A::Start: return e.desks().start(c1, t);
        case A::Finish: return e.desks().finish(c1, {}, t);
        case A::NoShow: return e.desks().noShow(c1, t);
        case A::Park: return e.desks().park(c1, t);
        case A::Cancel: return e.flow().cancel(id, {}, t);
        case A::Transfer:
            return e.desks().transfer(c1, QStringLiteral("idcard"), Placement::Last, {}, t);
        case A::Reset: return e.flow().rollover(baku(8, 0, 0, 2));
    }
    return makeError(ErrorCode::Internal, {});
}

std::optional<S> stateAfter(const Outcome &out, const QString &id)
{
    std::optional<S> s;
    for (const DomainEvent &e : out.events) {
        if (e.ticket && e.ticket->id == id && e.type != EventType::CounterChanged)
            s = e.ticket->state;
    }
    return s;
}

} // namespace

TEST_CASE("every state x every action follows the lifecycle", "[core][transitions]")
{
    const S from = GENERATE(from_range(ALL_TICKET_STATES.begin(), ALL_TICKET_STATES.end()));
    const A action = GENERATE(from_range(ALL_TICKET_ACTIONS.begin(), ALL_TICKET_ACTIONS.end()));
    CAPTURE(ticketStateName(from), ticketActionName(action));

    auto it = EXPECTED.find({from, action});
    const std::optional<S> expected = it == EXPECTED.end() ? std::nullopt
                                                           : std::optional(it->second);
    CHECK(nextState(from, action) == expected);

    QueueEngine engine(centre(), 1);
    startDay(engine);
    const QString id = ticketIn(engine, from);
    if (from != S::Reset)
        REQUIRE(engine.query().ticket(id)->state == from);
    const qint64 seqBefore = engine.query().lastSeq();
    Result<Outcome> r = apply(engine, action, id, baku(10, 5));
    if (expected) {
        REQUIRE(r.ok());
        CHECK(stateAfter(*r, id) == expected);
    } else if (action == A::Reset) {
        REQUIRE(r.ok()); // the day rolls over; this ticket is untouched
        CHECK_FALSE(stateAfter(*r, id).has_value());
    } else {
        REQUIRE_FALSE(r.ok());
        // A reset ticket belongs to a past day: it is no longer found.
        const ErrorCode want = from == S::Reset && (action == A::Call || action == A::Cancel)
            ? ErrorCode::NotFound
            : ErrorCode::InvalidState;
        CHECK(r.error().code == want);
        CHECK(engine.query().lastSeq() == seqBefore); // an error changes nothing
        CHECK_FALSE(engine.hasUncommitted());
    }
}

TEST_CASE("recall is limited by maxRecalls", "[core][transitions]")
{
    QueueEngine e(centre(), 1);
    startDay(e);
    const QString id = ticketIn(e, S::Called);
    const QDateTime t = baku(10, 1);
    CHECK(e.desks().recall(QStringLiteral("c1"), t)->ticket->recalls == 1);
    CHECK(e.desks().recall(QStringLiteral("c1"), t)->ticket->recalls == 2);
    auto third = e.desks().recall(QStringLiteral("c1"), t);
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().code == ErrorCode::InvalidState);
    CHECK(e.query().ticket(id)->recalls == 2);
}

TEST_CASE("counter state rules", "[core][counters]")
{
    QueueEngine e(centre(), 1);
    startDay(e);
    const QDateTime t = baku(10, 0);
    const QString c1 = QStringLiteral("c1");
    REQUIRE(e.flow().issue(walkIn(QStringLiteral("passport")), t));
    SECTION("closed counters cannot call")
    {
        CHECK(e.desks().callNext(c1, t).error().code == ErrorCode::InvalidState);
    }
    SECTION("paused counters cannot call, resume reopens")
    {
        REQUIRE(e.desks().openCounter(c1, QStringLiteral("op1"), {}, t));
        REQUIRE(e.desks().pause(c1, QStringLiteral("lunch"), t));
        CHECK(e.query().counter(c1)->pauseReason == QStringLiteral("lunch"));
        CHECK(e.desks().callNext(c1, t).error().code == ErrorCode::InvalidState);
        REQUIRE(e.desks().resume(c1, t));
        CHECK(e.desks().callNext(c1, t)->ticket.has_value());
    }
    SECTION("at most one current ticket; close only when free")
    {
        REQUIRE(e.desks().openCounter(c1, QStringLiteral("op1"), {}, t));
        REQUIRE(e.flow().issue(walkIn(QStringLiteral("passport")), t));
        REQUIRE(e.desks().callNext(c1, t)->ticket.has_value());
        CHECK(e.desks().callNext(c1, t).error().code == ErrorCode::InvalidState);
        CHECK(e.desks().closeCounter(c1, t).error().code == ErrorCode::InvalidState);
        CHECK(e.desks().pause(c1, {}, t).error().code == ErrorCode::InvalidState);
    }
    SECTION("another operator cannot open a held counter")
    {
        REQUIRE(e.desks().openCounter(c1, QStringLiteral("op1"), {}, t));
        CHECK(e.desks().openCounter(c1, QStringLiteral("op2"), {}, t).error().code
              == ErrorCode::CounterBusy);
        REQUIRE(e.desks().releaseCounter(c1, t));
        CHECK(e.query().counter(c1)->state == CounterState::Closed);
        CHECK(e.desks().openCounter(c1, QStringLiteral("op2"), {}, t).ok());
    }
    SECTION("a released counter keeps its current ticket")
    {
        REQUIRE(e.desks().openCounter(c1, QStringLiteral("op1"), {}, t));
        const QString id = e.desks().callNext(c1, t)->ticket->id;
        REQUIRE(e.desks().releaseCounter(c1, t));
        CHECK(e.query().counter(c1)->ticket == id);
        CHECK(e.query().counter(c1)->operatorId.isEmpty());
        REQUIRE(e.desks().openCounter(c1, QStringLiteral("op2"), {}, t));
        CHECK(e.desks().start(c1, t)->ticket->id == id);
    }
    SECTION("unknown counter")
    {
        CHECK(e.desks().openCounter(QStringLiteral("c99"), {}, {}, t).error().code
              == ErrorCode::NotFound);
    }
}

TEST_CASE("rollback returns to the last commit", "[core][undo]")
{
    QueueEngine e(centre(), 1);
    startDay(e);
    const QDateTime t = baku(10, 0);
    REQUIRE(e.flow().issue(walkIn(QStringLiteral("passport")), t));
    e.commit();
    const qint64 seq = e.query().lastSeq();
    REQUIRE(e.desks().openCounter(QStringLiteral("c1"), QStringLiteral("op1"), {}, t));
    REQUIRE(e.desks().callNext(QStringLiteral("c1"), t));
    REQUIRE(e.flow().issue(walkIn(QStringLiteral("passport")), t));
    e.rollback();
    CHECK(e.query().lastSeq() == seq);
    CHECK(e.query().tickets().size() == 1);
    CHECK(e.query().tickets().front().state == TicketState::Waiting);
    CHECK(e.query().counter(QStringLiteral("c1"))->state == CounterState::Closed);
    auto again = e.flow().issue(walkIn(QStringLiteral("passport")), t);
    CHECK(again->ticket->number == QStringLiteral("A002"));
}

TEST_CASE("a copied engine goes on exactly as the original, and apart from it", "[core][undo]")
{
    QueueEngine e(centre(), 1);
    startDay(e);
    const QDateTime t = baku(10, 0);
    REQUIRE(e.desks().openCounter(QStringLiteral("c1"), QStringLiteral("op1"), {}, t));
    for (int i = 0; i < 3; ++i)
        REQUIRE(e.flow().issue(walkIn(QStringLiteral("passport")), t.addSecs(i)));
    REQUIRE(e.flow().issue(walkIn(QStringLiteral("idcard"), QStringLiteral("elderly")), t));
    REQUIRE(e.desks().callNext(QStringLiteral("c1"), t.addSecs(10)));
    e.commit();

    QueueEngine copy(e);
    const auto step = [&](QueueEngine &x) {
        std::vector<QString> seen;
        const auto issued = x.flow().issue(walkIn(QStringLiteral("idcard")), t.addSecs(60));
        REQUIRE(issued);
        seen.push_back(issued->ticket->id + issued->ticket->number);
        REQUIRE(
            x.desks().openCounter(QStringLiteral("c2"), QStringLiteral("op2"), {}, t.addSecs(70)));
        const auto called = x.desks().callNext(QStringLiteral("c2"), t.addSecs(80));
        REQUIRE(called);
        seen.push_back(called->ticket->id);
        seen.push_back(
            QString::number(x.query().estimate(issued->ticket->id, t.addSecs(90)).etaSec));
        x.commit();
        return seen;
    };
    const std::vector<QString> fromCopy = step(copy);
    CHECK(copy.query().tickets().size() == 5);
    CHECK(e.query().tickets().size() == 4); // the original did not move
    CHECK(e.query().counter(QStringLiteral("c2"))->state == CounterState::Closed);
    CHECK(step(e) == fromCopy);
    CHECK(e.query().lastSeq() == copy.query().lastSeq());
}
