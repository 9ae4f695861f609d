#include "ticketjob.h"

#include "escposencoder.h"

namespace novbe {

QByteArray buildTicketJob(const TicketPrintData &data, const PrinterProfile &profile)
{
    const escpos::RasterOptions bands = escpos::rasterOptions(profile);
    const TicketImages parts = renderTicketParts(data, profile);
    QByteArray job = escpos::initialize() + escpos::raster(parts.top, bands);
    if (!data.trackingUrl.isEmpty()) {
        if (profile.nativeQr) {
            const int module = ticketQrModuleSize(data.trackingUrl, profile);
            job += escpos::qrBlock(data.trackingUrl.toUtf8(), module);
        } else {
            job += escpos::raster(renderTicketQr(data, profile), bands);
        }
    }
    job += escpos::raster(parts.bottom, bands);
    const escpos::CutMode mode = escpos::cutModeFromProfile(profile.cut);
    if (mode != escpos::CutMode::FeedPartial)
        job += escpos::feedLines(TICKET_TAIL_FEED_LINES);
    job += escpos::cut(mode);
    job += escpos::processedMarker();
    return job;
}

} // namespace novbe
