#pragma once

// The wait estimate: a forward run of the queue from now under the call order
// of protocol.md section 6 (routing.h), until a given ticket is called. Pure:
// the queue is a parameter, in milliseconds relative to now.
//
//  - Counters: the open counters of the ticket's counter group (every counter
//    reachable from its service through shared services), each free at once
//    (idle) or when its current ticket should end: that service's mean time,
//    less the time already spent on it (never below 0).
//  - Tickets: every waiting ticket of those counters' services, in their real
//    call order: checked-in appointments once their slot has started, then
//    the highest (waitMin + boostMin) x weight for the calling counter.
//  - When a counter frees at T it calls the best ticket at T and is busy for
//    the service's mean time (today's average; the config norm before any).
// The estimate is T − now for the call that picks the ticket.

#include <QtGlobal>

#include <limits>

#include <vector>

namespace novbe {

struct ForecastTicket
{
    static constexpr qint64 NO_SLOT = std::numeric_limits<qint64>::max();
    qint64 effectiveMs = 0; // queuedAt − boostMin: the lower, the earlier at equal weight
    qint64 queuedMs = 0;    // queuedAt
    qint64 orderKey = 0;
    qint64 slotMs = NO_SLOT; // a checked-in appointment's slot start
    bool target = false;     // the ticket whose wait is wanted
};

struct ForecastService
{
    double serviceMs = 300000;           // mean time a counter spends on one ticket
    std::vector<ForecastTicket> waiting; // by effectiveMs, queuedMs, orderKey
};

struct ForecastCounter
{
    size_t firstLink = 0; // its services: ForecastQueue::links[firstLink, firstLink + links)
    size_t links = 0;
    qint64 freeInMs = 0; // when it can call (0: free now)
};

struct ForecastQueue
{
    std::vector<ForecastService> services;
    std::vector<ForecastCounter> counters;
    std::vector<std::pair<int, double>> links; // index in `services`, weight
};

// Milliseconds until the target is called; −1 when no counter ever calls it
// (no open counter for it, or more than `horizonMs` ahead).
qint64 forecastCallMs(ForecastQueue queue, qint64 horizonMs = 24LL * 3600 * 1000);

} // namespace novbe
