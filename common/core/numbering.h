#pragma once

#include <QString>

#include <bitset>
#include <optional>

namespace novbe {

inline constexpr int MAX_TICKET_NUMBER = 999;
// Numbers in use: bit n set when number n is active.
using NumberSet = std::bitset<MAX_TICKET_NUMBER + 1>;

// The number after `last` (1..999, wrapping to 1), skipping numbers still
// active; nullopt when all 999 are active.
std::optional<int> nextTicketNumber(int last, const NumberSet &active);
// "A" + 7 -> "A007".
QString formatTicketNumber(const QString &prefix, int value);

} // namespace novbe
