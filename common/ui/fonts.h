#pragma once

// The one font set of all apps (ui.md): DejaVu Sans and, for tabular ticket
// numbers, DejaVu Sans Mono Bold, bundled in resources/fonts (:/novbe/fonts/).

#include <QFont>
#include <QString>

namespace novbe::fonts {

inline constexpr const char *FAMILY = "DejaVu Sans";
inline constexpr const char *MONO_FAMILY = "DejaVu Sans Mono";

// Registers the bundled fonts with the application (idempotent).
// Requires: a QGuiApplication.
void loadBundledFonts();
// Makes the :/novbe/fonts/ files readable (without registering them).
void initFontResource();
// DejaVu Sans at `pixelSize`.
QFont uiFont(int pixelSize);
// The style sheet resources/styles/<name>.qss with @NAME palette tokens
// replaced; empty when there is none.
QString styleSheet(const QString &name);

} // namespace novbe::fonts
