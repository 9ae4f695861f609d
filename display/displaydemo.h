#pragma once

// A realistic hall state without an engine, for screenshots and setup checks:
// the centre from a config JSON, ten minutes of calls at 11:24 Baku time.

#include "displaysettings.h"

namespace novbe {

// Renders the demo screen of `settings` (size, languages, demoState) to
// settings.screenshot; false with `error` on failure.
bool renderDemoScreenshot(const DisplaySettings &settings, QString *error);

} // namespace novbe
