#pragma once

// novbe-kiosk --print-sample: one sample ticket straight to the printer, no UI
// and no engine (installation check).

#include "ticketrenderer.h"

#include <QString>

class QTextStream;

namespace novbe {

// The sample ticket in `lang`: every Azerbaijani letter, a number, a QR code.
TicketPrintData sampleTicket(const QString &lang);

// Connects, waits for the printer's status (at most 2 s), refuses when it says
// paper out / cover open / offline, prints, and waits for the result.
// Returns 0 when printed, 1 otherwise; one line for the person installing goes to `out`.
// Requires: a QGuiApplication.
int printSample(const QString &url, const PrinterProfile &profile, const QString &lang,
                QTextStream &out, int timeoutMs = 60000);

} // namespace novbe
