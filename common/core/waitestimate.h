#pragma once

namespace novbe {

// Weight of the newest service time in the running average (0.1: about the
// last 20 tickets count; 0.2 let one long service move the estimate by a fifth).
inline constexpr double SERVICE_TIME_ALPHA = 0.1;

// Exponentially weighted average: current + alpha x (sample - current).
double updateServiceAverage(double current, double sampleSec);

// The plain formula, used only when no open counter serves the ticket's
// service (waitforecast.h is the estimate otherwise).
// Estimated seconds until a ticket with `ahead` people before it is called.
// `freeCounters` open counters of the service have no ticket now and take the
// first people at once; the rest wait behind `openCounters` counters that each
// take `avgServiceSec` per citizen. No open counter counts as one.
//   eta = 0                                         if ahead < free
//   eta = (ahead - free + 1) x avgServiceSec / open  otherwise
int estimateWaitSec(int ahead, int freeCounters, int openCounters, double avgServiceSec);

} // namespace novbe
