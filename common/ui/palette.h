#pragma once

// The one palette of all Növbə apps (ui.md "Common language"), defined once.
// Contrast ratios are against the colour named; every text pair reaches
// WCAG AA (4.5:1), those used on the hall display 7:1.

#include <QColor>
#include <QRgb>
#include <QString>

namespace novbe::palette {

inline constexpr QRgb BACKGROUND = 0xFFF4F7FB; // very light page; navy on it 15:1
inline constexpr QRgb SURFACE = 0xFFFFFFFF;    // white cards, the hall display body
inline constexpr QRgb TEXT = 0xFF0B1F3A;       // deep navy, 16:1 on white
inline constexpr QRgb TEXT_MUTED = 0xFF33435C; // secondary text, 10:1 on white
inline constexpr QRgb BAND = 0xFF0B1F3A;       // header, footer and clock bands
inline constexpr QRgb BAND_TEXT = 0xFFFFFFFF;  // text on BAND or ACCENT
inline constexpr QRgb ACCENT = 0xFF0050B3;     // "act now"; 7.4:1 with white
inline constexpr QRgb ACCENT_TEXT = 0xFFFFFFFF;
inline constexpr QRgb PALE = 0xFFE6EEF8;          // tiles, highlights, ticker; navy 14:1
inline constexpr QRgb LINE = 0xFF7E93B3;          // borders
inline constexpr QRgb LINE_LIGHT = 0xFFC9D3E0;    // separators (decoration only)
inline constexpr QRgb DISABLED = 0xFFECEFF3;      // closed tile, disabled button face
inline constexpr QRgb DISABLED_TEXT = 0xFF45474B; // 8:1 on DISABLED
inline constexpr QRgb OK = 0xFF1B6E30;            // served / ok green; white on it 6.2:1
inline constexpr QRgb OK_BG = 0xFFE3F4E6;         // green band; OK on it 5.6:1
inline constexpr QRgb WARNING_BG = 0xFFFFF1D0;    // amber band
inline constexpr QRgb WARNING_TEXT = 0xFF6B4600;  // amber text; 7:1 on WARNING_BG
inline constexpr QRgb FAULT = 0xFFA4231B;         // over target / fault red; white 7.3:1
inline constexpr QRgb FAULT_BG = 0xFFFBE4E2;      // red band; FAULT on it 6.2:1
// Priority categories have their own colour: red stays "over target / fault".
inline constexpr QRgb PRIORITY = 0xFF5E2B8C;    // violet; white on it 9.3:1
inline constexpr QRgb PRIORITY_BG = 0xFFF0E8F8; // pale violet; PRIORITY on it 8:1
inline constexpr QRgb STALE_TEXT = 0xFF6B7480;  // lists while disconnected; 4.6:1 on white

// The colour as a QColor, e.g. color(palette::OK).
inline QColor color(QRgb rgb)
{
    return QColor::fromRgba(rgb);
}
// The colour as "#rrggbb" for style sheets.
QString hex(QRgb rgb);
// `qss` with every @NAME token (e.g. @TEXT_MUTED) replaced by that colour.
QString withTokens(QString qss);

} // namespace novbe::palette
