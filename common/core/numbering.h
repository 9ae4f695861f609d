#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace novbe {

inline constexpr int MAX_TICKET_NUMBER = 999;

// The number after `last` (1..999, wrapping to 1), skipping numbers still
// active; nullopt when all 999 are active.
std::optional<int> nextTicketNumber(int last, const QSet<int> &active);
// "A" + 7 -> "A007".
QString formatTicketNumber(const QString &prefix, int value);

} // namespace novbe
