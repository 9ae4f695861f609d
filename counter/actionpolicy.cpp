#include "actionpolicy.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

DeskActions withCalledTicket(int recallsLeft)
{
    DeskActions a{DeskAction::Start, DeskAction::NoShow, DeskAction::Transfer, DeskAction::Park};
    if (recallsLeft > 0)
        a.insert(DeskAction::Recall);
    return a;
}

} // namespace

DeskActions enabledActions(const DeskSituation &s)
{
    if (s.link != LinkState::Connected)
        return {};
    const bool free = !s.ticket.has_value();
    switch (s.counter) {
        case CounterState::Closed: return free ? DeskActions{DeskAction::Logout} : DeskActions{};
        case CounterState::Idle:
            if (free)
                return {DeskAction::CallNext, DeskAction::CallSpecific, DeskAction::Pause,
                        DeskAction::Close, DeskAction::Logout};
            return {};
        case CounterState::Paused:
            return free ? DeskActions{DeskAction::Resume, DeskAction::Close, DeskAction::Logout}
                        : DeskActions{};
        case CounterState::Calling:
            if (s.ticket == TicketState::Called)
                return withCalledTicket(s.recallsLeft);
            return {};
        case CounterState::Serving:
            if (s.ticket == TicketState::Serving)
                return {DeskAction::Finish, DeskAction::Transfer, DeskAction::Park};
            return {};
    }
    return {};
}

QString deskActionName(DeskAction action)
{
    switch (action) {
        case DeskAction::CallNext: return u"callNext"_s;
        case DeskAction::Recall: return u"recall"_s;
        case DeskAction::Start: return u"start"_s;
        case DeskAction::Finish: return u"finish"_s;
        case DeskAction::NoShow: return u"noShow"_s;
        case DeskAction::Transfer: return u"transfer"_s;
        case DeskAction::Park: return u"park"_s;
        case DeskAction::CallSpecific: return u"callSpecific"_s;
        case DeskAction::Pause: return u"pause"_s;
        case DeskAction::Resume: return u"resume"_s;
        case DeskAction::Close: return u"close"_s;
        case DeskAction::Logout: return u"logout"_s;
    }
    return {};
}

QString deskActionsText(const DeskActions &actions)
{
    QStringList names;
    for (DeskAction a : ALL_DESK_ACTIONS) {
        if (actions.contains(a))
            names << deskActionName(a);
    }
    return names.join(u", "_s);
}

} // namespace novbe
