// The wait estimate's forward run (waitforecast.h) on queues worked out by hand.
#include "core/waitforecast.h"

#include <catch2/catch.hpp>

using namespace novbe;

namespace {

constexpr qint64 MIN = 60 * 1000;

ForecastTicket waitingFor(qint64 minutes, int boostMin = 0, bool target = false)
{
    ForecastTicket t;
    t.queuedMs = -minutes * MIN;
    t.effectiveMs = t.queuedMs - boostMin * MIN;
    t.orderKey = -t.queuedMs;
    t.target = target;
    return t;
}

void addCounter(ForecastQueue &q, std::vector<std::pair<int, double>> services, qint64 freeInMs)
{
    q.counters.push_back(ForecastCounter{q.links.size(), services.size(), freeInMs});
    q.links.insert(q.links.end(), services.begin(), services.end());
}

} // namespace

TEST_CASE("forward run: one counter finishes its ticket, then the two ahead", "[core][estimate]")
{
    ForecastQueue q;
    q.services.push_back(
        {300000, {waitingFor(9), waitingFor(8), waitingFor(7, 0, true), waitingFor(6)}});
    addCounter(q, {{0, 1.0}}, 100000);
    CHECK(forecastCallMs(q) == 100000 + 2 * 300000);
}

TEST_CASE("forward run: a shared counter calls by weight, then serves the other service",
          "[core][estimate]")
{
    // Counter 0 serves A (weight 2) and B; counter 1 only B. At 0 counter 0
    // takes A (10 min x 2 > 15 min x 1), counter 1 takes B's first; counter 0
    // is free again after A's 5 minutes and calls the target.
    ForecastQueue q;
    q.services.push_back({300000, {waitingFor(10)}});
    q.services.push_back({600000, {waitingFor(15), waitingFor(12, 0, true)}});
    addCounter(q, {{0, 2.0}, {1, 1.0}}, 0);
    addCounter(q, {{1, 1.0}}, 0);
    CHECK(forecastCallMs(q) == 300000);
    // With A at weight 1, counter 0 takes B's first at 0 (15 > 10) and
    // counter 1 the target.
    q.links[0].second = 1.0;
    CHECK(forecastCallMs(q) == 0);
}

TEST_CASE("forward run: priority tickets and due appointments go first", "[core][estimate]")
{
    ForecastQueue q;
    ForecastTicket booked = waitingFor(1);
    booked.slotMs = 2 * MIN; // due from 2 minutes on
    q.services.push_back({300000, {waitingFor(20, 0, true), booked, waitingFor(5, 30)}});
    // sorted by effectiveMs: the priority ticket (-35 min) first
    std::swap(q.services[0].waiting[0], q.services[0].waiting[2]);
    addCounter(q, {{0, 1.0}}, 3 * MIN);
    // At 3 min the appointment is due: it goes first, then the priority
    // ticket (5 + 30 > 20), then the target.
    CHECK(forecastCallMs(q) == 3 * MIN + 2 * 300000);
}

TEST_CASE("forward run: no counter for the ticket, or beyond the horizon", "[core][estimate]")
{
    ForecastQueue q;
    q.services.push_back({300000, {waitingFor(1, 0, true)}});
    CHECK(forecastCallMs(q) == -1);
    addCounter(q, {{0, 1.0}}, 2 * 3600 * 1000);
    CHECK(forecastCallMs(q, 3600 * 1000) == -1);
    CHECK(forecastCallMs(q) == 2 * 3600 * 1000);
}
