#pragma once

#include "printerprofile.h"
#include "ticketrenderer.h"

namespace novbe::test {

// A fixed ticket in `lang` (az, en, ru): A042, issued 2026-11-28 09:15:02 UTC.
TicketPrintData sampleTicket(const QString &lang);
PrinterProfile profile80mm(bool nativeQr); // 576 dots, 203 dpi
PrinterProfile profile58mm(bool nativeQr); // 384 dots

} // namespace novbe::test
