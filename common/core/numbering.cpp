#include "numbering.h"

namespace novbe {

std::optional<int> nextTicketNumber(int last, const QSet<int> &active)
{
    int candidate = last;
    for (int i = 0; i < MAX_TICKET_NUMBER; ++i) {
        candidate = candidate % MAX_TICKET_NUMBER + 1;
        if (!active.contains(candidate))
            return candidate;
    }
    return std::nullopt;
}

QString formatTicketNumber(const QString &prefix, int value)
{
    return prefix + QString::number(value).rightJustified(3, u'0');
}

} // namespace novbe
