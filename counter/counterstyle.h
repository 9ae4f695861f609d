#pragma once

// The desk's look: the common palette (ui.md "Common language", same values
// as the kiosk's), the bundled DejaVu Sans and resources/styles/counter.qss
// with @NAME tokens replaced by the palette.

#include <QColor>
#include <QString>

class QApplication;

namespace novbe::deskpalette {

inline constexpr const char *BACKGROUND = "#F4F7FB";   // very light page
inline constexpr const char *SURFACE = "#FFFFFF";
inline constexpr const char *TEXT = "#0B1F3A";         // deep navy, 16:1 on white
inline constexpr const char *TEXT_MUTED = "#33435C";   // 10:1 on white
inline constexpr const char *BAND = "#0B1F3A";         // header band
inline constexpr const char *BAND_TEXT = "#FFFFFF";
inline constexpr const char *ACCENT = "#0050B3";       // "act now"; white on it 7.4:1
inline constexpr const char *ACCENT_TEXT = "#FFFFFF";
inline constexpr const char *LINE = "#7E93B3";         // borders
inline constexpr const char *PALE = "#E6EEF8";         // navy on it 14:1
inline constexpr const char *DISABLED = "#ECEFF3";     // disabled button face
inline constexpr const char *DISABLED_TEXT = "#5B6575"; // 5.2:1 on DISABLED
inline constexpr const char *OK = "#1B6E30";           // green; white on it 6.2:1
inline constexpr const char *OK_BG = "#E3F4E6";        // green band; OK on it 5.6:1
inline constexpr const char *WARNING_BG = "#FFF1D0";   // amber band
inline constexpr const char *WARNING_TEXT = "#6B4600"; // 7:1 on WARNING_BG
inline constexpr const char *FAULT = "#A4231B";        // red; white on it 7.3:1
inline constexpr const char *FAULT_BG = "#FBE4E2";     // red band; FAULT on it 6.2:1

} // namespace novbe::deskpalette

namespace novbe {

inline constexpr const char *DESK_FONT_FAMILY = "DejaVu Sans";

// Registers the bundled fonts and applies the desk style sheet to `app`.
void applyDeskStyle(QApplication &app);
// The style sheet text with palette tokens replaced (empty if the resource is missing).
QString deskStyleSheet();
// A palette colour by value, e.g. colour(deskpalette::OK).
QColor colour(const char *hex);

} // namespace novbe
