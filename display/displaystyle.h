#pragma once

// The hall display's palette and fonts, defined once. All text pairs used
// here reach at least 7:1 contrast (WCAG AAA), see docs/display.md.

#include <QColor>
#include <QFont>
#include <QRgb>

namespace novbe::displaystyle {

inline constexpr QRgb BACKGROUND = 0xFFFFFFFF;      // body
inline constexpr QRgb NAVY = 0xFF0B1F3A;            // text; header and ticker bands
inline constexpr QRgb MUTED = 0xFF3A4A63;           // secondary text (8.9:1 on white)
inline constexpr QRgb ACCENT = 0xFF9A3412;          // "act now": flash background (white 7.3:1)
inline constexpr QRgb ACCENT_PALE = 0xFFFFF1E6;     // highlighted call (navy 14.9:1)
inline constexpr QRgb ROW_ALT = 0xFFF1F4F8;         // alternate history rows (navy 14.4:1)
inline constexpr QRgb LINE = 0xFFC9D3E0;            // separators (decoration only)
inline constexpr QRgb TICKER_BG = 0xFFE8EEF6;       // ticker band (navy 14.2:1)
inline constexpr QRgb ON_DARK = 0xFFFFFFFF;         // text on navy / accent
inline constexpr QRgb OFFLINE = 0xFFD92D20;         // the offline dot

inline QColor color(QRgb rgb) { return QColor::fromRgba(rgb); }

// Registers the bundled DejaVu fonts (idempotent).
void loadFonts();
// DejaVu Sans at `pixelSize` (labels, names, ticker).
QFont textFont(qreal pixelSize, bool bold = false);
// DejaVu Sans Mono Bold at `pixelSize`: tabular ticket numbers and counters.
QFont numberFont(qreal pixelSize);

// DejaVu Sans Mono: capital and digit height as a fraction of the pixel size.
inline constexpr qreal MONO_CAP_HEIGHT = 0.729;
inline constexpr qreal MONO_ADVANCE = 0.602;

} // namespace novbe::displaystyle
