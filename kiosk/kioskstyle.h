#pragma once

// The kiosk's look: the common palette (common/ui/palette.h), the bundled
// DejaVu Sans and resources/styles/kiosk.qss with @NAME tokens replaced.

#include <QString>

class QApplication;

namespace novbe {

// Registers the bundled fonts and applies the style sheet to `app`.
void applyKioskStyle(QApplication &app);
// The style sheet text with palette tokens replaced (empty if the resource is missing).
QString kioskStyleSheet();

} // namespace novbe
