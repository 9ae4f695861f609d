#include "simstats.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace novbe::sim {

namespace {

using Filter = std::function<bool(const TicketRecord &)>;

int percentile(std::vector<int> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double percentileD(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

bool withinTarget(const CentreConfig &config, const TicketRecord &t)
{
    return t.waitSec >= 0 && t.waitSec <= config.services[size_t(t.service)].targetWaitMin * 60;
}

WaitSummary waitsOf(const CentreConfig &config, const SimResult &r, const Filter &f)
{
    WaitSummary w;
    std::vector<int> waits;
    int inTarget = 0;
    for (const TicketRecord &t : r.tickets) {
        if (!f(t))
            continue;
        if (t.waitSec < 0) {
            ++w.unserved;
            continue;
        }
        waits.push_back(t.waitSec);
        inTarget += withinTarget(config, t) ? 1 : 0;
    }
    w.count = int(waits.size());
    w.p50Sec = percentile(waits, 0.5);
    w.p90Sec = percentile(waits, 0.9);
    w.maxSec = waits.empty() ? 0 : *std::max_element(waits.begin(), waits.end());
    w.withinTarget = waits.empty() ? 1.0 : double(inTarget) / double(waits.size());
    return w;
}

EtaSummary etaOf(const SimResult &r, const Filter &f)
{
    EtaSummary e;
    std::vector<double> abs;
    double sum = 0;
    int ok = 0;
    for (const TicketRecord &t : r.tickets) {
        if (!f(t) || t.waitSec < 0 || t.appointment)
            continue; // an appointment's wait counts from its slot, its estimate from check-in
        const double err = double(t.etaSec - t.waitSec);
        abs.push_back(std::fabs(err));
        sum += err;
        ok += std::fabs(err) <= std::max(0.2 * t.waitSec, 180.0) ? 1 : 0;
    }
    e.count = int(abs.size());
    if (abs.empty())
        return e;
    double total = 0;
    for (double a : abs)
        total += a;
    e.maeSec = total / double(abs.size());
    e.biasSec = sum / double(abs.size());
    e.p90AbsSec = percentileD(abs, 0.9);
    e.withinTolerance = double(ok) / double(abs.size());
    return e;
}

int maxBoost(const CentreConfig &config)
{
    int m = 0;
    for (const Category &c : config.categories)
        m = std::max(m, c.boostMin);
    return m;
}

// The most a later walk-in may overtake a ticket of category `cat` under `policy`.
double boundFor(const CentreConfig &config, RoutingPolicy policy, int cat)
{
    const int boost = config.categories[size_t(cat)].boostMin;
    switch (policy) {
        case RoutingPolicy::WeightedWait: return double(maxBoost(config) - boost);
        case RoutingPolicy::Fifo: return 0.0;
        case RoutingPolicy::StrictPriority:
        case RoutingPolicy::Interleave: return boost > 0 ? 0.0 : -1.0;
    }
    return -1.0;
}

SummaryRow rowOf(const CentreConfig &config, const SimResult &r, const QString &key,
                 const Filter &f)
{
    SummaryRow row;
    row.key = key;
    row.wait = waitsOf(config, r, f);
    row.eta = etaOf(r, f);
    return row;
}

// Overtaking and bound over the services `svc` accepts and categories `cat` accepts.
void addOvertake(SummaryRow &row, const CentreConfig &config, const SimResult &r,
                 RoutingPolicy policy, const std::function<bool(int, int)> &cell)
{
    for (size_t s = 0; s < r.overtakeMin.size(); ++s) {
        for (size_t c = 0; c < r.overtakeMin[s].size(); ++c) {
            if (!cell(int(s), int(c)))
                continue;
            row.overtakeMin = std::max(row.overtakeMin, r.overtakeMin[s][c]);
            const double b = boundFor(config, policy, int(c));
            row.boundMin = (b < 0 || row.boundMin < 0) ? -1.0 : std::max(row.boundMin, b);
        }
    }
}

void addCounters(DaySummary &d, const CentreConfig &config, const SimResult &r)
{
    double staffed = 0;
    double busy = 0;
    for (size_t i = 0; i < r.counters.size(); ++i) {
        const CounterRecord &c = r.counters[i];
        CounterSummary s;
        s.id = config.counters[i].id;
        s.staffedHours = double(c.staffedMs) / 3600000.0;
        s.utilisation = c.staffedMs > 0 ? double(c.busyMs) / double(c.staffedMs) : 0.0;
        s.idleWhileWaitingMin = double(c.idleWhileWaitingMs) / 60000.0;
        staffed += double(c.staffedMs);
        busy += double(c.busyMs);
        d.idleWhileWaitingMin += s.idleWhileWaitingMin;
        d.counters.push_back(s);
    }
    d.utilisation = staffed > 0 ? busy / staffed : 0.0;
}

// The walk-ins in total, with and without a category boost.
void addTotals(DaySummary &d, const CentreConfig &config, const SimResult &r, RoutingPolicy policy)
{
    auto boosted = [&](int cat) { return config.categories[size_t(cat)].boostMin > 0; };
    d.total = rowOf(config, r, QStringLiteral("all walk-ins"),
                    [](const TicketRecord &t) { return !t.appointment; });
    addOvertake(d.total, config, r, policy, [](int, int) { return true; });
    d.priority = rowOf(config, r, QStringLiteral("priority"), [&](const TicketRecord &t) {
        return !t.appointment && boosted(t.category);
    });
    addOvertake(d.priority, config, r, policy, [&](int, int c) { return boosted(c); });
    d.standard = rowOf(config, r, QStringLiteral("standard"), [&](const TicketRecord &t) {
        return !t.appointment && !boosted(t.category);
    });
    addOvertake(d.standard, config, r, policy, [&](int, int c) { return !boosted(c); });
}

} // namespace

DaySummary summarize(const CentreConfig &config, const SimResult &r, RoutingPolicy policy)
{
    DaySummary d;
    d.policy = policyName(policy);
    for (size_t s = 0; s < config.services.size(); ++s) {
        const int n = int(s);
        SummaryRow row = rowOf(config, r, config.services[s].id, [n](const TicketRecord &t) {
            return !t.appointment && t.service == n;
        });
        addOvertake(row, config, r, policy, [n](int svc, int) { return svc == n; });
        if (row.wait.count + row.wait.unserved > 0)
            d.services.push_back(row);
    }
    for (size_t c = 0; c < config.categories.size(); ++c) {
        const int n = int(c);
        SummaryRow row = rowOf(config, r, config.categories[c].id, [n](const TicketRecord &t) {
            return !t.appointment && t.category == n;
        });
        addOvertake(row, config, r, policy, [n](int, int cat) { return cat == n; });
        d.categories.push_back(row);
    }
    d.categories.push_back(rowOf(config, r, QStringLiteral("appointment"),
                                 [](const TicketRecord &t) { return t.appointment; }));
    d.categories.back().boundMin = -1;
    addTotals(d, config, r, policy);
    addCounters(d, config, r);
    d.tickets = int(r.tickets.size());
    d.refused = r.refused;
    d.booked = r.booked;
    d.neverCame = r.neverCame;
    d.refusedLate = r.refusedLate;
    d.retriedEarly = r.retriedEarly;
    return d;
}

double shareWithinTarget(const CentreConfig &config, const SimResult &result, const QString &group,
                         qint64 fromMs, qint64 toMs, int limitSec)
{
    int n = 0;
    int ok = 0;
    for (const TicketRecord &t : result.tickets) {
        if (t.appointment || t.issuedMs < fromMs || t.issuedMs >= toMs
            || config.services[size_t(t.service)].group != group)
            continue;
        ++n;
        const int limit = limitSec > 0 ? limitSec
                                       : config.services[size_t(t.service)].targetWaitMin * 60;
        ok += t.waitSec >= 0 && t.waitSec <= limit ? 1 : 0;
    }
    return n == 0 ? 1.0 : double(ok) / double(n);
}

} // namespace novbe::sim
