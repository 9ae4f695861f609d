#pragma once

// The one way every Növbə app takes its look: the bundled fonts, the common
// font at the app's base size and its style sheet (resources/styles/<sheet>.qss
// with the palette's @NAME tokens).

#include <QString>

class QApplication;

namespace novbe {

// Requires: `app` exists; `sheet` names a style sheet in resources/styles.
void applyAppStyle(QApplication &app, const QString &sheet, int basePixelSize);

} // namespace novbe
