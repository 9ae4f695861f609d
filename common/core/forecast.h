#pragma once

// When a service's queue clears at the current pace, and when to stop issuing
// tickets so that everyone issued is served by closing time. Pure: the rates
// and times are parameters.
//
// With W people waiting, counters serving mu tickets an hour and citizens
// arriving at lambda an hour, the queue shrinks by (mu - lambda) an hour while
// issuing goes on: it clears at now + W / (mu - lambda) (never when
// lambda >= mu). If issuing stops at T, the queue left at T (W + (lambda - mu)
// (T - now)) is served by T + that / mu; the latest T that still ends by
// closing time is now + (mu (close - now) - W) / lambda.

#include <QDateTime>

namespace novbe {

struct ForecastInput
{
    QDateTime now;
    QDateTime closeAt; // invalid: the service never closes
    int waiting = 0;
    double servedPerHour = 0;   // what the open counters get through (mu)
    double arrivalsPerHour = 0; // new tickets (lambda)
};

struct Forecast
{
    bool clears = false;     // the queue empties while issuing goes on
    QDateTime clearsAt;      // when, if it does (now when nobody waits)
    bool beforeClose = true; // clears by closing time (or never closes)
    QDateTime stopIssuingAt; // when !beforeClose: the latest time to stop issuing
                             // (now when even stopping now is too late)
};

Forecast forecastQueue(const ForecastInput &in);

// One service at today's pace (the dashboard's "Queue clears" column and the
// engine's FORECAST_PAST_CLOSING alert): mu from the engine's wait estimate
// for a ticket issued now (waiting / etaSec; 0 without an open counter),
// lambda = tickets issued today / hours since opening (at least a quarter of
// an hour).
struct ServicePace
{
    QDateTime now;
    QDateTime openedAt; // today's opening (midnight for a service without hours)
    QDateTime closeAt;  // invalid: the service never closes
    int waiting = 0;
    int etaSec = 0;       // the wait estimate for a ticket issued now
    int openCounters = 0; // open counters serving it
    int issued = 0;       // tickets issued today
};

Forecast forecastAtPace(const ServicePace &pace);

} // namespace novbe
