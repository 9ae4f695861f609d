#pragma once

// Which desk actions are allowed right now: a pure function of the counter's
// state, its current ticket, the recalls left and the link to the engine.
// Qt Core only; the desk's buttons and keys follow it.

#include "core/records.h"
#include "core/ticket.h"

#include <QString>

#include <array>
#include <optional>

namespace novbe {

// Only append; the order is the workflow order of the buttons.
enum class DeskAction {
    CallNext,
    Recall,
    Start,
    Finish,
    NoShow,
    Transfer,
    Park,
    CallSpecific,
    Pause,
    Resume,
    Close,
    Logout,
};

inline constexpr std::array ALL_DESK_ACTIONS = {
    DeskAction::CallNext, DeskAction::Recall,   DeskAction::Start, DeskAction::Finish,
    DeskAction::NoShow,   DeskAction::Transfer, DeskAction::Park,  DeskAction::CallSpecific,
    DeskAction::Pause,    DeskAction::Resume,   DeskAction::Close, DeskAction::Logout,
};

enum class LinkState {
    Disconnected,
    Connecting,
    Connected,
};

inline constexpr std::array ALL_LINK_STATES = {
    LinkState::Disconnected,
    LinkState::Connecting,
    LinkState::Connected,
};

inline constexpr std::array ALL_COUNTER_STATES = {
    CounterState::Closed,  CounterState::Idle,   CounterState::Calling,
    CounterState::Serving, CounterState::Paused,
};

// A set of desk actions (a small bit set).
class DeskActions
{
public:
    constexpr DeskActions() = default;
    constexpr DeskActions(std::initializer_list<DeskAction> actions)
    {
        for (DeskAction a : actions)
            insert(a);
    }
    constexpr void insert(DeskAction a) { m_bits |= bit(a); }
    constexpr void remove(DeskAction a) { m_bits &= ~bit(a); }
    constexpr bool contains(DeskAction a) const { return (m_bits & bit(a)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr bool operator==(const DeskActions &) const = default;

private:
    static constexpr unsigned bit(DeskAction a) { return 1u << unsigned(a); }
    unsigned m_bits = 0;
};

// What the desk knows when it decides.
struct DeskSituation
{
    CounterState counter = CounterState::Closed;
    std::optional<TicketState> ticket; // the counter's current ticket, if any
    int recallsLeft = 0;
    LinkState link = LinkState::Disconnected;
};

// The actions the operator may take in `situation`. Nothing while the link is
// not up; nothing but Logout on a closed counter; nothing when the counter's
// state and its ticket disagree (an update is on its way).
DeskActions enabledActions(const DeskSituation &situation);

// Stable English identifier, e.g. "callNext" (logs, tests).
QString deskActionName(DeskAction action);
// "callNext, recall" — the set as text (logs, test messages).
QString deskActionsText(const DeskActions &actions);

} // namespace novbe
