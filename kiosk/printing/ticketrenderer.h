#pragma once

// Renders a queue ticket as a 1-bit image at the printer's width.
// Deterministic: bundled font, no antialiasing, fixed threshold.
// Requires: a QGuiApplication exists.

#include "printerprofile.h"

#include <QDateTime>
#include <QImage>
#include <QString>
#include <QTimeZone>

namespace novbe {

struct TicketPrintData
{
    QString centreName;
    QString serviceName;                   // in the chosen language
    QString number;                        // "A042"
    QString categoryName;                  // empty = standard (no category line)
    QDateTime issuedAt;                    // UTC; printed in `timeZone`
    QTimeZone timeZone = QTimeZone::utc(); // the centre's (centre.get)
    int ahead = 0;
    int etaSec = 0;
    QString trackingUrl; // <trackingBaseUrl>/t/<tracking token>
    QString lang = QStringLiteral("az");
    QString footer;
};

// The two raster parts of a ticket: above the QR code and below it.
struct TicketImages
{
    QImage top;
    QImage bottom;
};

// "<base>/t/<token>" without a doubled slash (the token: the engine's
// tracking token of the ticket, or the ticket id from an engine before it).
QString trackingUrl(const QString &trackingBaseUrl, const QString &token);

// The issue time as printed: "28.11.2026  ·  13:15" in data.timeZone.
QString ticketTimeLine(const TicketPrintData &data);

// QR module size (dots) used for both the raster and the native QR of `url`.
int ticketQrModuleSize(const QString &url, const PrinterProfile &profile);

TicketImages renderTicketParts(const TicketPrintData &data, const PrinterProfile &profile);

// The QR of data.trackingUrl centred on a white strip as wide as the paper
// (quiet zone included). Null when the URL is empty.
QImage renderTicketQr(const TicketPrintData &data, const PrinterProfile &profile);

// The whole ticket: top, the QR (only when includeQrRaster), bottom.
// Format_Mono, colour 0 white and 1 black, width = profile.widthDots.
QImage renderTicket(const TicketPrintData &data, const PrinterProfile &profile,
                    bool includeQrRaster);

} // namespace novbe
