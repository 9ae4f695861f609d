#pragma once

// The one font set of all apps (ui.md): DejaVu Sans and, for ticket numbers
// and counter names on the displays, DejaVu Sans Condensed Bold (tabular
// digits, open zero), bundled in resources/fonts (:/novbe/fonts/).

#include <QFont>
#include <QString>

namespace novbe::fonts {

inline constexpr const char *FAMILY = "DejaVu Sans";

// Registers the bundled fonts with the application (idempotent).
// Requires: a QGuiApplication.
void loadBundledFonts();
// Makes the :/novbe/fonts/ files readable (without registering them).
void initFontResource();
// DejaVu Sans at `pixelSize`.
QFont uiFont(int pixelSize);
// DejaVu Sans Condensed Bold at `pixelSize` (loads the bundled fonts).
QFont numberFont(qreal pixelSize);
// The style sheet resources/styles/<name>.qss with @NAME palette tokens
// replaced; empty when there is none.
QString styleSheet(const QString &name);

} // namespace novbe::fonts
