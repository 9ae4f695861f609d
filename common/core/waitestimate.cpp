#include "waitestimate.h"

#include <algorithm>
#include <cmath>

namespace novbe {

double updateServiceAverage(double current, double sampleSec)
{
    const double sample = std::clamp(sampleSec, 0.0, 4.0 * 3600.0);
    return current + SERVICE_TIME_ALPHA * (sample - current);
}

int estimateWaitSec(int ahead, int freeCounters, int openCounters, double avgServiceSec)
{
    const int free = std::max(0, freeCounters);
    if (ahead < free)
        return 0;
    const int open = std::max(1, openCounters);
    const double eta = double(ahead - free + 1) * avgServiceSec / double(open);
    return int(std::lround(eta));
}

} // namespace novbe
