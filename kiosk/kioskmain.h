#pragma once

namespace novbe {

// The whole novbe-kiosk program: options, --print-sample, --screenshot or the kiosk.
int runKiosk(int argc, char **argv);

} // namespace novbe
