// The desk's state -> enabled-actions table, over every combination.
#include "counter/actionpolicy.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace novbe;
using A = DeskAction;

namespace {

using OptTicket = std::optional<TicketState>;

struct Row
{
    CounterState counter;
    OptTicket ticket;
    DeskActions actions; // with recalls left and the link up
};

// The whole intended policy, written out row by row. A (counter, ticket)
// pair missing here must enable nothing.
const std::vector<Row> &table()
{
    static const std::vector<Row> rows{
        {CounterState::Closed, std::nullopt, {A::Logout}},
        {CounterState::Idle,
         std::nullopt,
         {A::CallNext, A::CallSpecific, A::Pause, A::Close, A::Logout}},
        {CounterState::Calling,
         TicketState::Called,
         {A::Recall, A::Start, A::NoShow, A::Transfer, A::Park}},
        {CounterState::Serving, TicketState::Serving, {A::Finish, A::Transfer, A::Park}},
        {CounterState::Paused, std::nullopt, {A::Resume, A::Close, A::Logout}},
    };
    return rows;
}

DeskActions expected(CounterState counter, OptTicket ticket, int recallsLeft, LinkState link)
{
    if (link != LinkState::Connected)
        return {};
    for (const Row &r : table()) {
        if (r.counter == counter && r.ticket == ticket) {
            DeskActions a = r.actions;
            if (recallsLeft <= 0)
                a.remove(A::Recall);
            return a;
        }
    }
    return {};
}

std::vector<OptTicket> allTickets()
{
    std::vector<OptTicket> out{std::nullopt};
    for (TicketState t : ALL_TICKET_STATES)
        out.emplace_back(t);
    return out;
}

} // namespace

TEST_CASE("every combination enables exactly the table's actions", "[counter][policy]")
{
    const LinkState link = GENERATE(from_range(ALL_LINK_STATES));
    const CounterState counter = GENERATE(from_range(ALL_COUNTER_STATES));
    const OptTicket ticket = GENERATE(from_range(allTickets()));
    const int recallsLeft = GENERATE(0, 1, 2, 3);

    const DeskSituation s{counter, ticket, recallsLeft, link};
    const DeskActions got = enabledActions(s);
    const DeskActions want = expected(counter, ticket, recallsLeft, link);
    INFO("counter " << counterStateName(counter).toStdString() << ", ticket "
                    << (ticket ? ticketStateName(*ticket).toStdString() : "none")
                    << ", recalls left " << recallsLeft << ", link " << int(link));
    INFO("got: " << deskActionsText(got).toStdString());
    INFO("want: " << deskActionsText(want).toStdString());
    CHECK(got == want);
}

TEST_CASE("rules an operator relies on hold everywhere", "[counter][policy]")
{
    const LinkState link = GENERATE(from_range(ALL_LINK_STATES));
    const CounterState counter = GENERATE(from_range(ALL_COUNTER_STATES));
    const OptTicket ticket = GENERATE(from_range(allTickets()));
    const int recallsLeft = GENERATE(0, 1, 3);
    const DeskActions got = enabledActions({counter, ticket, recallsLeft, link});

    if (link != LinkState::Connected)
        CHECK(got.isEmpty());
    if (recallsLeft == 0)
        CHECK_FALSE(got.contains(A::Recall));
    if (got.contains(A::Finish))
        CHECK((counter == CounterState::Serving && ticket == TicketState::Serving));
    if (got.contains(A::CallNext) || got.contains(A::CallSpecific))
        CHECK((counter == CounterState::Idle && !ticket));
    if (ticket) // never leave or close the desk with a citizen in front of it
        CHECK_FALSE((got.contains(A::Logout) || got.contains(A::Close) || got.contains(A::Pause)));
    CHECK_FALSE((got.contains(A::Pause) && got.contains(A::Resume)));
}

TEST_CASE("action names are distinct and stable", "[counter][policy]")
{
    CHECK(deskActionName(A::CallNext) == QStringLiteral("callNext"));
    CHECK(deskActionName(A::Logout) == QStringLiteral("logout"));
    QStringList names;
    for (A a : ALL_DESK_ACTIONS)
        names << deskActionName(a);
    names.removeDuplicates();
    CHECK(names.size() == int(ALL_DESK_ACTIONS.size()));
}
