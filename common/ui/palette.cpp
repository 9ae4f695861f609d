#include "palette.h"

#include <utility>

namespace novbe::palette {

QString hex(QRgb rgb)
{
    return color(rgb).name(QColor::HexRgb);
}

QString withTokens(QString qss)
{
    // Longer names first, so "@TEXT_MUTED" is not eaten by "@TEXT".
    const std::pair<const char *, QRgb> tokens[] = {
        {"@BACKGROUND", BACKGROUND},
        {"@SURFACE", SURFACE},
        {"@TEXT_MUTED", TEXT_MUTED},
        {"@TEXT", TEXT},
        {"@BAND_TEXT", BAND_TEXT},
        {"@BAND", BAND},
        {"@ACCENT_TEXT", ACCENT_TEXT},
        {"@ACCENT", ACCENT},
        {"@PALE", PALE},
        {"@LINE_LIGHT", LINE_LIGHT},
        {"@LINE", LINE},
        {"@DISABLED_TEXT", DISABLED_TEXT},
        {"@DISABLED", DISABLED},
        {"@OK_BG", OK_BG},
        {"@OK", OK},
        {"@WARNING_BG", WARNING_BG},
        {"@WARNING_TEXT", WARNING_TEXT},
        {"@FAULT_BG", FAULT_BG},
        {"@FAULT", FAULT},
        {"@PRIORITY_BG", PRIORITY_BG},
        {"@PRIORITY", PRIORITY},
        {"@STALE_TEXT", STALE_TEXT},
    };
    for (const auto &[token, rgb] : tokens)
        qss.replace(QLatin1String(token), hex(rgb));
    return qss;
}

} // namespace novbe::palette
