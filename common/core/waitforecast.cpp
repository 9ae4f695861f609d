#include "waitforecast.h"

#include "routing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace novbe {

namespace {

// One service during the run: its tickets (taken ones flagged) and its
// appointment tickets by slot.
struct Lane
{
    const ForecastService *service = nullptr;
    std::vector<char> taken;
    std::vector<size_t> bySlot; // indexes of tickets with a slot, by slot start
    size_t head = 0;            // first untaken ticket
    size_t slotHead = 0;        // first untaken appointment

    void skipTaken()
    {
        const auto &w = service->waiting;
        while (head < w.size() && taken[head])
            ++head;
        while (slotHead < bySlot.size() && taken[bySlot[slotHead]])
            ++slotHead;
    }
};

// What a counter calls: a lane's ticket.
struct Pick
{
    int lane = -1;
    qint64 ticket = -1;
    CallKey key; // compared by the engine's own call order (routing.h)
};

bool better(const Pick &a, const Pick &b)
{
    return b.lane < 0 || callsBefore(a.key, b.key);
}

void offer(Pick &best, int lane, qint64 ticket, const ForecastTicket &t, bool due, double weight,
           qint64 at)
{
    Pick p{lane,
           ticket,
           {due, due ? t.slotMs : 0, due ? 0.0 : double(at - t.effectiveMs) / 60000.0 * weight,
            t.queuedMs, t.orderKey}};
    if (better(p, best))
        best = p;
}

Pick pickAt(std::vector<Lane> &lanes, const ForecastQueue &q, const ForecastCounter &c, qint64 at)
{
    Pick best;
    const auto first = q.links.begin() + std::ptrdiff_t(c.firstLink);
    const auto last = first + std::ptrdiff_t(c.links);
    for (auto it = first; it != last; ++it) {
        const auto &[n, weight] = *it;
        Lane &l = lanes[size_t(n)];
        l.skipTaken();
        const auto &w = l.service->waiting;
        if (l.slotHead < l.bySlot.size() && w[l.bySlot[l.slotHead]].slotMs <= at)
            offer(best, n, qint64(l.bySlot[l.slotHead]), w[l.bySlot[l.slotHead]], true, weight, at);
    }
    if (best.lane >= 0)
        return best;
    for (auto it = first; it != last; ++it) {
        const auto &[n, weight] = *it;
        Lane &l = lanes[size_t(n)];
        const auto &w = l.service->waiting;
        if (l.head < w.size())
            offer(best, n, qint64(l.head), w[l.head], false, weight, at);
    }
    return best;
}

std::vector<Lane> lanesOf(const ForecastQueue &q)
{
    std::vector<Lane> lanes(q.services.size());
    for (size_t i = 0; i < lanes.size(); ++i) {
        Lane &l = lanes[i];
        l.service = &q.services[i];
        l.taken.assign(l.service->waiting.size(), 0);
        for (size_t k = 0; k < l.service->waiting.size(); ++k) {
            if (l.service->waiting[k].slotMs != ForecastTicket::NO_SLOT)
                l.bySlot.push_back(k);
        }
        std::stable_sort(l.bySlot.begin(), l.bySlot.end(), [&](size_t a, size_t b) {
            return l.service->waiting[a].slotMs < l.service->waiting[b].slotMs;
        });
    }
    return lanes;
}

} // namespace

qint64 forecastCallMs(ForecastQueue queue, qint64 horizonMs)
{
    std::vector<Lane> lanes = lanesOf(queue);
    // Counters by the time they free, then config order.
    using Free = std::pair<qint64, size_t>;
    std::priority_queue<Free, std::vector<Free>, std::greater<>> free;
    for (size_t c = 0; c < queue.counters.size(); ++c)
        free.emplace(std::max<qint64>(0, queue.counters[c].freeInMs), c);
    while (!free.empty()) {
        const auto [at, c] = free.top();
        free.pop();
        if (at > horizonMs)
            return -1;
        const Pick p = pickAt(lanes, queue, queue.counters[c], at);
        if (p.lane < 0)
            continue; // nothing left that this counter serves
        Lane &l = lanes[size_t(p.lane)];
        if (l.service->waiting[size_t(p.ticket)].target)
            return at;
        l.taken[size_t(p.ticket)] = 1;
        free.emplace(at + std::max<qint64>(1, qint64(std::llround(l.service->serviceMs))), c);
    }
    return -1;
}

} // namespace novbe
