#pragma once

#include "ticket.h"

#include <array>
#include <optional>

namespace novbe {

// What can happen to a ticket. Only append.
enum class TicketAction {
    Call, // callNext / callTicket
    Recall,
    Start,
    Finish,
    NoShow,
    Park,
    Cancel,
    Transfer, // back to waiting (same or another service)
    Reset,    // end of service day
};

inline constexpr std::array ALL_TICKET_ACTIONS = {
    TicketAction::Call,   TicketAction::Recall,   TicketAction::Start,
    TicketAction::Finish, TicketAction::NoShow,   TicketAction::Park,
    TicketAction::Cancel, TicketAction::Transfer, TicketAction::Reset,
};

struct Transition
{
    TicketState from;
    TicketAction action;
    TicketState to;
};

// The ticket lifecycle, written once as data. A (state, action) pair not in
// this table is an InvalidState error.
inline constexpr std::array<Transition, 16> TRANSITIONS{{
    {TicketState::Waiting, TicketAction::Call, TicketState::Called},
    {TicketState::Parked, TicketAction::Call, TicketState::Called},
    {TicketState::Called, TicketAction::Recall, TicketState::Called},
    {TicketState::Called, TicketAction::Start, TicketState::Serving},
    {TicketState::Serving, TicketAction::Finish, TicketState::Done},
    {TicketState::Called, TicketAction::NoShow, TicketState::NoShow},
    {TicketState::Called, TicketAction::Park, TicketState::Parked},
    {TicketState::Serving, TicketAction::Park, TicketState::Parked},
    {TicketState::Waiting, TicketAction::Cancel, TicketState::Cancelled},
    {TicketState::Parked, TicketAction::Cancel, TicketState::Cancelled},
    {TicketState::Called, TicketAction::Transfer, TicketState::Waiting},
    {TicketState::Serving, TicketAction::Transfer, TicketState::Waiting},
    {TicketState::Waiting, TicketAction::Reset, TicketState::Reset},
    {TicketState::Called, TicketAction::Reset, TicketState::Reset},
    {TicketState::Serving, TicketAction::Reset, TicketState::Reset},
    {TicketState::Parked, TicketAction::Reset, TicketState::Reset},
}};

// The state after `action`, or nullopt when the transition is not allowed.
std::optional<TicketState> nextState(TicketState from, TicketAction action);
QString ticketActionName(TicketAction action);

} // namespace novbe
