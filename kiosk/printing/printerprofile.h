#pragma once

// A thermal printer model: paper width, resolution, QR and cut support. The
// kiosk picks one by id (--profile, or [printer] profile= in its INI file);
// the built-in profiles cover the supported printers, and the INI file may
// override any field of the chosen one.

#include <QString>

#include <optional>
#include <vector>

class QSettings;

namespace novbe {

struct PrinterProfile
{
    QString id;
    int widthDots = 576;
    int dpi = 203;
    bool nativeQr = true;
    QString cut = QStringLiteral("partial"); // partial | full | feedPartial
    int baud = 115200;
    bool padBand48 = false; // pad raster bands of 48*k rows by 8 white rows (clones)
    bool operator==(const PrinterProfile &) const = default;
};

// Epson TM-T20III (80 mm), Epson TM-T88 (80 mm, 180 dpi) and the POS-5890 clone (58 mm).
std::vector<PrinterProfile> builtinPrinterProfiles();
// The built-in profile `id`; nullopt when there is none.
std::optional<PrinterProfile> builtinPrinterProfile(const QString &id);
// `profile` with the fields set in `ini`'s [printer] group (widthDots, dpi,
// nativeQr, cut, baud, padBand48); false with `error` on a bad value.
bool overrideProfile(const QSettings &ini, PrinterProfile *profile, QString *error);

} // namespace novbe
