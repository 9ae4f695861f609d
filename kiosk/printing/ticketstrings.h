#pragma once

// The fixed phrases printed on a ticket, in az / en / ru (the ticket catalog,
// resources/translations/ticket_<lang>.ts, read by language so the output
// never depends on the installed translator). Unknown languages -> az.

#include <QString>

namespace novbe {

struct TicketStrings
{
    QString yourNumber; // "Your number"
    QString scanHint;   // above the QR code
};

TicketStrings ticketStrings(const QString &lang);

// "3 people ahead · about 7 min"; "You are next" when ahead == 0.
QString aheadLine(const QString &lang, int ahead, int etaSec);

// Minutes shown for etaSec: rounded up, at least 1.
int etaMinutes(int etaSec);

} // namespace novbe
