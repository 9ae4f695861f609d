#pragma once

// Pure ESC/POS byte builders (see docs escpos.md). No I/O, no state.

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace novbe {

struct PrinterProfile;

namespace escpos {

enum class Align {
    Left,
    Centre,
    Right,
};

enum class CutMode {
    Partial,     // 1D 56 42 00: feed to the cutter, partial cut (default)
    Full,        // 1D 56 41 00: feed to the cutter, full cut
    FeedPartial, // 1B 64 n 1D 56 01: fallback for printers without the B form
};

enum class CodePage {
    Pc437,
    Pc857,
    Pc866,
    Wpc1254,
};

enum class QrErrorLevel {
    L,
    M,
    Q,
    H,
};

struct RasterOptions
{
    int maxBandRows = 128;  // rows per GS v 0 command
    bool padBand48 = false; // add 8 white rows to a band of 48*k rows
};

inline constexpr int DEFAULT_QR_MODULE = 6;
inline constexpr int FALLBACK_CUT_FEED_LINES = 4;

QByteArray initialize();                         // 1B 40 1C 2E
QByteArray align(Align alignment);               // 1B 61 n
QByteArray lineFeed();                           // 0A
QByteArray feedLines(int lines);                 // 1B 64 n, n clamped to 0..255
QByteArray feedDots(int dots);                   // 1B 4A n, split into <= 255 steps
QByteArray bold(bool on);                        // 1B 45 01 / 1B 45 00
QByteArray characterSize(int width, int height); // 1D 21 n, multipliers 1..8
QByteArray selectCodePage(int n);                // 1B 74 n
// One GS v 0 command; a pixel is black when its grey value is < 128.
// Requires: !image.isNull(), image.height() <= 2303.
QByteArray rasterBand(const QImage &image);
// The image as GS v 0 bands of at most options.maxBandRows rows.
QByteArray raster(const QImage &image, const RasterOptions &options = {});
// The five GS ( k commands: model 2, module size, EC level, store data, print.
// Requires: 1 <= moduleSize <= 16, 1 <= data.size() <= 7089.
QByteArray qrCode(const QByteArray &data, int moduleSize = DEFAULT_QR_MODULE,
                  QrErrorLevel level = QrErrorLevel::M);
// Centred qrCode() between blank feeds of 4 modules (the quiet zone), then left.
QByteArray qrBlock(const QByteArray &data, int moduleSize = DEFAULT_QR_MODULE);
QByteArray cut(CutMode mode, int fallbackFeedLines = FALLBACK_CUT_FEED_LINES);
QByteArray statusRequest(int n);                     // 10 04 n (n = 1..4)
QByteArray enableAutoStatusBack(quint8 mask = 0x0F); // 1D 61 0F
QByteArray processedMarker();                        // 1D 72 01 (GS r 1)

// The code page bytes of `text`, or nullopt when a character is not in `page`.
// With borrowSchwa (Epson, Wpc1254 only) Ə/ə are sent from KZ-1048 (ESC t 53)
// and the page is switched back right after.
std::optional<QByteArray> encodeText(const QString &text, CodePage page, bool borrowSchwa = false);
int epsonCodePageNumber(CodePage page); // ESC t n on Epson models

CutMode cutModeFromProfile(const QString &cut); // unknown -> Partial
RasterOptions rasterOptions(const PrinterProfile &profile);

// "1B 40 ..." -> bytes; spaces and newlines ignored. For tests and golden files.
QByteArray fromHex(const QString &hex);
QString toHex(const QByteArray &bytes); // "1B 40 1C 2E"

} // namespace escpos
} // namespace novbe
