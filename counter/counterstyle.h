#pragma once

// The desk's look: the common palette (common/ui/palette.h), the bundled
// DejaVu Sans and resources/styles/counter.qss with @NAME tokens replaced.

#include <QString>

class QApplication;

namespace novbe {

// Registers the bundled fonts and applies the desk style sheet to `app`.
void applyDeskStyle(QApplication &app);
// The style sheet text with palette tokens replaced (empty if the resource is missing).
QString deskStyleSheet();

} // namespace novbe
