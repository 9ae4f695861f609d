#include "numbering.h"

namespace novbe {

namespace {

template <typename IsActive> std::optional<int> nextFree(int last, IsActive isActive)
{
    int candidate = last;
    for (int i = 0; i < MAX_TICKET_NUMBER; ++i) {
        candidate = candidate % MAX_TICKET_NUMBER + 1;
        if (!isActive(candidate))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> nextTicketNumber(int last, const NumberSet &active)
{
    return nextFree(last, [&](int n) { return active.test(size_t(n)); });
}

QString formatTicketNumber(const QString &prefix, int value)
{
    return prefix + QString::number(value).rightJustified(3, u'0');
}

} // namespace novbe
