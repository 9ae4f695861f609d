#include "forecast.h"

#include <algorithm>
#include <cmath>

namespace novbe {

namespace {

QDateTime afterHours(const QDateTime &from, double hours)
{
    return from.addMSecs(qint64(std::llround(hours * 3600.0 * 1000.0)));
}

} // namespace

Forecast forecastQueue(const ForecastInput &in)
{
    Forecast f;
    const double mu = std::max(0.0, in.servedPerHour);
    const double lambda = std::max(0.0, in.arrivalsPerHour);
    if (in.waiting <= 0) {
        f.clears = true;
        f.clearsAt = in.now;
    } else if (mu > lambda) {
        f.clears = true;
        f.clearsAt = afterHours(in.now, in.waiting / (mu - lambda));
    }
    if (!in.closeAt.isValid() || (f.clears && f.clearsAt <= in.closeAt))
        return f;
    f.beforeClose = false;
    const double hoursLeft = std::max(0.0, in.now.msecsTo(in.closeAt) / 3600000.0);
    const double spare = mu * hoursLeft - in.waiting; // tickets that still fit in today
    if (spare <= 0 || lambda <= 0)
        f.stopIssuingAt = in.now;
    else
        f.stopIssuingAt = std::min(afterHours(in.now, spare / lambda), in.closeAt);
    return f;
}

Forecast forecastAtPace(const ServicePace &p)
{
    ForecastInput in{p.now, p.closeAt, p.waiting};
    if (p.waiting > 0 && p.etaSec > 0 && p.openCounters > 0)
        in.servedPerHour = p.waiting * 3600.0 / p.etaSec;
    const double hoursOpen = std::max(0.25, p.openedAt.secsTo(p.now) / 3600.0);
    in.arrivalsPerHour = p.issued / hoursOpen;
    return forecastQueue(in);
}

} // namespace novbe
