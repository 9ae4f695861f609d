#pragma once

// The kiosk's look: one palette (named constants, ui.md "Common language"),
// the bundled DejaVu Sans and resources/styles/kiosk.qss with @NAME tokens
// replaced by the palette.

#include <QString>

class QApplication;

namespace novbe::palette {

inline constexpr const char *BACKGROUND = "#F4F7FB";   // very light page
inline constexpr const char *SURFACE = "#FFFFFF";
inline constexpr const char *TEXT = "#0B1F3A";         // deep navy, 16:1 on white
inline constexpr const char *TEXT_MUTED = "#33435C";   // 10:1 on white
inline constexpr const char *BAND = "#0B1F3A";         // header and footer bands
inline constexpr const char *BAND_TEXT = "#FFFFFF";
inline constexpr const char *ACCENT = "#0050B3";       // "act now"; white on it 7.4:1
inline constexpr const char *ACCENT_TEXT = "#FFFFFF";
inline constexpr const char *TILE = "#E6EEF8";         // navy on it 14:1
inline constexpr const char *TILE_BORDER = "#7E93B3";
inline constexpr const char *CLOSED = "#ECECEC";       // closed service tile
inline constexpr const char *CLOSED_TEXT = "#45474B";  // 8:1 on CLOSED
inline constexpr const char *OK = "#1B6E30";           // green; white on it 6.2:1
inline constexpr const char *WARNING_BG = "#FFF1D0";   // amber band
inline constexpr const char *WARNING_TEXT = "#6B4600"; // 7:1 on WARNING_BG
inline constexpr const char *FAULT = "#A4231B";        // red; white on it 7.3:1

} // namespace novbe::palette

namespace novbe {

// Font family used for every kiosk widget.
inline constexpr const char *KIOSK_FONT_FAMILY = "DejaVu Sans";

// Registers the bundled fonts and applies the style sheet to `app`.
void applyKioskStyle(QApplication &app);
// The style sheet text with palette tokens replaced (empty if the resource is missing).
QString kioskStyleSheet();

} // namespace novbe
