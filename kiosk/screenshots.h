#pragma once

// novbe-kiosk --screenshot DIR: drives a connected kiosk through every screen
// in az, en and ru, portrait 1080x1920 (and landscape 1920x1080 for the main
// screens), and writes DIR/kiosk-<screen>-<lang>[-landscape].png.
// The confirmation comes from a real ticket issued and printed (use a png:
// or file: printer); refusals and outages are shown with previewOutage /
// showRefusal, since a screenshot cannot unplug the printer.

#include <QString>

class QTextStream;

namespace novbe {

class KioskApp;

// Returns 0 when every screenshot was written. Requires: app.start() was called.
int writeScreenshots(KioskApp &app, const QString &dir, QTextStream &out);

} // namespace novbe
