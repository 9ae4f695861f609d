#pragma once

// novbe-dashboard --hq: the national view's window and event loop.

namespace novbe {

struct DashboardOptions;

// Needs a QApplication; shows the window (or writes options.screenshot
// after the first refresh, or the first failure, and exits).
int runHqDashboard(const DashboardOptions &options);

} // namespace novbe
