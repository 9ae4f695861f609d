#pragma once

#include "printerprofile.h"
#include "ticketrenderer.h"

#include <QByteArray>

namespace novbe {

// The complete byte job for one ticket: ESC @ + FS ., the ticket as GS v 0
// bands (all text as raster: Ə is in no code page), the QR code (native
// GS ( k when profile.nativeQr, else inside the raster), feed, cut per profile,
// and GS r 1 last as the "job processed" marker.
// Requires: a QGuiApplication exists.
QByteArray buildTicketJob(const TicketPrintData &data, const PrinterProfile &profile);

// Lines fed before a cut whose form does not feed to the cutter by itself.
inline constexpr int TICKET_TAIL_FEED_LINES = 2;

} // namespace novbe
