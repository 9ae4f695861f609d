#include "transitions.h"

namespace novbe {

std::optional<TicketState> nextState(TicketState from, TicketAction action)
{
    for (const Transition &t : TRANSITIONS) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    return std::nullopt;
}

QString ticketActionName(TicketAction action)
{
    switch (action) {
        case TicketAction::Call: return QStringLiteral("call");
        case TicketAction::Recall: return QStringLiteral("recall");
        case TicketAction::Start: return QStringLiteral("start");
        case TicketAction::Finish: return QStringLiteral("finish");
        case TicketAction::NoShow: return QStringLiteral("noShow");
        case TicketAction::Park: return QStringLiteral("park");
        case TicketAction::Cancel: return QStringLiteral("cancel");
        case TicketAction::Transfer: return QStringLiteral("transfer");
        case TicketAction::Reset: return QStringLiteral("reset");
    }
    return {};
}

} // namespace novbe
