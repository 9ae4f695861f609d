// The engine's wait estimate: the live queue as a ForecastQueue (waitforecast.h).
#include "queueenginestate.h"
#include "waitestimate.h"
#include "waitforecast.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace novbe::engineops {

namespace {

ForecastService serviceModel(const QueueEngineState &s, int service, const TicketEntry *target,
                             qint64 nowMs)
{
    ForecastService out;
    out.serviceMs = s.average(service) * 1000.0;
    const auto &waiting = s.tickets().waiting(service);
    out.waiting.reserve(waiting.size() + 1);
    for (const TicketEntry *e : waiting) {
        ForecastTicket t;
        t.effectiveMs = e->effectiveMs - nowMs;
        t.queuedMs = e->queuedMs - nowMs;
        t.orderKey = e->ticket.orderKey;
        if (hasSlot(e->ticket))
            t.slotMs = e->slotMs - nowMs;
        t.target = e == target;
        out.waiting.push_back(t);
    }
    return out;
}

// A ticket that has run past its service's mean time is taken to need this
// share of the mean more (not nothing: service times have a long tail).
constexpr double OVERRUN_SHARE = 0.25;

// When an open counter can call next: at once when idle, else when its
// current ticket should end (that service's mean time after the start, at
// least OVERRUN_SHARE of the mean from now).
qint64 freeInMs(const QueueEngineState &s, int counter, qint64 nowMs)
{
    const TicketEntry *t = s.tickets().atCounter(counter);
    if (!t)
        return 0;
    const double meanMs = s.average(t->service) * 1000.0;
    const QDateTime &started = t->ticket.startedAt;
    const qint64 spent = started.isValid() ? nowMs - started.toMSecsSinceEpoch() : 0;
    return std::max(qint64(std::llround(meanMs * OVERRUN_SHARE)),
                    qint64(std::llround(meanMs)) - spent);
}

void addCounter(const QueueEngineState &s, int counter, const std::vector<int> &services,
                qint64 nowMs, ForecastQueue *q)
{
    ForecastCounter fc;
    fc.firstLink = q->links.size();
    for (int service : s.index().servicesOf(counter)) {
        const auto it = std::lower_bound(services.begin(), services.end(), service);
        q->links.emplace_back(int(it - services.begin()), s.index().weight(counter, service));
    }
    fc.links = q->links.size() - fc.firstLink;
    fc.freeInMs = freeInMs(s, counter, nowMs);
    q->counters.push_back(fc);
}

} // namespace

int forecastEtaSec(const QueueEngineState &s, int service, const TicketEntry *target, int ahead,
                   const QDateTime &now)
{
    const std::vector<int> &services = s.index().groupServices(service);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    ForecastQueue q;
    q.services.reserve(services.size());
    for (int n : services)
        q.services.push_back(serviceModel(s, n, target, nowMs));
    if (!target && !services.empty()) { // a ticket issued now: a standard walk-in behind everyone
        const auto it = std::lower_bound(services.begin(), services.end(), service);
        q.services[size_t(it - services.begin())].waiting.push_back(
            {0, 0, std::numeric_limits<qint64>::max(), ForecastTicket::NO_SLOT, true});
    }
    const std::vector<int> &counters = s.index().groupCounters(service);
    q.counters.reserve(counters.size());
    q.links.reserve(counters.size() * 3);
    for (int n : counters) {
        const CounterState state = s.counters()[size_t(n)].state;
        if (state != CounterState::Closed && state != CounterState::Paused)
            addCounter(s, n, services, nowMs, &q);
    }
    const qint64 ms = q.counters.empty() ? -1 : forecastCallMs(std::move(q));
    if (ms >= 0)
        return int((ms + 500) / 1000);
    // No open counter will call it: the plain formula, one counter assumed.
    return estimateWaitSec(ahead, 0, 0, s.average(service));
}

} // namespace novbe::engineops
