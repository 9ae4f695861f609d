#include "citizens.h"

#include <algorithm>
#include <cmath>

namespace novbe::sim {

namespace {

constexpr qint64 MINUTE = 60 * 1000;
constexpr qint64 BIN = 15 * MINUTE;

int serviceIndex(const CentreConfig &config, const QString &id)
{
    for (size_t i = 0; i < config.services.size(); ++i) {
        if (config.services[i].id == id)
            return int(i);
    }
    return -1;
}

int categoryIndex(const CentreConfig &config, const QString &id)
{
    for (size_t i = 0; i < config.categories.size(); ++i) {
        if (config.categories[i].id == id)
            return int(i);
    }
    return 0;
}

// [open, close) of the service in local minutes (whole day without hours).
std::pair<int, int> hoursOf(const ServiceConfig &s)
{
    if (!s.hours)
        return {0, 24 * 60};
    return {s.hours->open.hour() * 60 + s.hours->open.minute(),
            s.hours->close.hour() * 60 + s.hours->close.minute()};
}

bool binOpen(const ServiceConfig &s, int binStartMin)
{
    const auto [open, close] = hoursOf(s);
    return binStartMin >= open && binStartMin + 15 <= close;
}

int drawCategory(const CentreConfig &config, const DayProfile &p, Rng &rng)
{
    double u = rng.uniform();
    for (const CategoryShare &c : p.categories) {
        if (u < c.share)
            return categoryIndex(config, c.category);
        u -= c.share;
    }
    return categoryIndex(config, QStringLiteral("standard"));
}

// Another service of the same group (any other when the group has one).
int transferTarget(const CentreConfig &config, int from, Rng &rng)
{
    std::vector<int> same;
    std::vector<int> other;
    for (size_t i = 0; i < config.services.size(); ++i) {
        if (int(i) == from)
            continue;
        (config.services[i].group == config.services[size_t(from)].group ? same : other)
            .push_back(int(i));
    }
    const std::vector<int> &pick = same.empty() ? other : same;
    return pick.empty() ? -1 : pick[size_t(rng.below(int(pick.size())))];
}

const ServiceLoad *loadOf(const DayProfile &p, const QString &service)
{
    for (const ServiceLoad &l : p.services) {
        if (l.service == service)
            return &l;
    }
    return nullptr;
}

qint64 serviceTime(const DayProfile &p, const CentreConfig &config, int service, Rng &rng)
{
    const ServiceConfig &s = config.services[size_t(service)];
    const ServiceLoad *l = loadOf(p, s.id);
    const double median = l ? l->medianSec : double(s.defaultServiceSec);
    const double sigma = l ? l->sigma : 0.5;
    return std::max<qint64>(30 * 1000, qint64(std::llround(rng.logNormal(median, sigma) * 1000)));
}

Plan drawPlan(const CentreConfig &config, const DayProfile &p, int service, Rng &rng)
{
    Plan plan;
    plan.serviceMs = serviceTime(p, config, service, rng);
    plan.noShow = rng.chance(p.noShowRate);
    if (rng.chance(p.transferRate)) {
        plan.transferTo = transferTarget(config, service, rng);
        if (plan.transferTo >= 0)
            plan.secondMs = serviceTime(p, config, plan.transferTo, rng);
    }
    return plan;
}

// Arrivals of one service in one 15-minute bin.
void drawBin(const CentreConfig &config, const DayProfile &p, int service, qint64 binMs,
             double lambda, double &carry, Rng &rng, std::vector<WalkIn> &out)
{
    int n = 0;
    if (p.evenArrivals) {
        carry += lambda;
        n = int(std::floor(carry + 1e-9));
        carry -= n;
    } else {
        n = rng.poisson(lambda);
    }
    for (int i = 0; i < n; ++i) {
        WalkIn w;
        w.service = service;
        w.atMs = p.evenArrivals ? binMs + (2 * i + 1) * BIN / (2 * n)
                                : binMs + qint64(rng.uniform() * double(BIN));
        w.category = drawCategory(config, p, rng);
        w.plan = drawPlan(config, p, service, rng);
        out.push_back(w);
    }
}

} // namespace

std::vector<WalkIn> drawWalkIns(const CentreConfig &config, const DayProfile &p, Rng &rng)
{
    std::vector<WalkIn> out;
    for (const ServiceLoad &load : p.services) {
        const int s = serviceIndex(config, load.service);
        const ServiceConfig &sc = config.services[size_t(s)];
        double total = 0;
        for (size_t k = 0; k < p.shape.size(); ++k)
            total += binOpen(sc, p.shapeStartMin + 15 * int(k)) ? p.shape[k] : 0.0;
        double carry = 0;
        for (size_t k = 0; total > 0 && k < p.shape.size(); ++k) {
            const int startMin = p.shapeStartMin + 15 * int(k);
            if (binOpen(sc, startMin))
                drawBin(config, p, s, startMin * MINUTE, load.walkInsPerDay * p.shape[k] / total,
                        carry, rng, out);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const WalkIn &a, const WalkIn &b) { return a.atMs < b.atMs; });
    return out;
}

std::vector<Booking> drawBookings(const CentreConfig &config, const DayProfile &p, Rng &rng)
{
    std::vector<Booking> out;
    for (const ServiceLoad &load : p.services) {
        const int s = serviceIndex(config, load.service);
        const ServiceConfig &sc = config.services[size_t(s)];
        const AppointmentSettings &a = sc.appointments;
        const auto [open, close] = hoursOf(sc);
        const int slotCount = std::max(0, (close - open) / std::max(1, a.slotMin));
        const int n = a.enabled ? std::min(load.appointmentsPerDay, slotCount * a.perSlot) : 0;
        for (int i = 0; i < n; ++i) {
            Booking b;
            b.service = s;
            b.slotMs = (open + qint64(i) * slotCount / n * a.slotMin) * MINUTE;
            b.comes = !rng.chance(p.neverComeRate);
            const bool early = rng.chance(p.earlyRate);
            const double offsetMin = early ? -p.earlyMin + 30.0 * (rng.uniform() - 0.5)
                                           : -25.0 + 40.0 * rng.uniform();
            b.arriveMs = b.slotMs + qint64(std::llround(offsetMin * MINUTE));
            b.plan = drawPlan(config, p, s, rng);
            out.push_back(b);
        }
    }
    return out;
}

DayInput drawDay(const CentreConfig &config, const DayProfile &profile, const StaffingPlan *plan)
{
    Rng rng(profile.seed);
    DayInput in;
    in.walkIns = drawWalkIns(config, profile, rng);
    in.bookings = drawBookings(config, profile, rng);
    in.shifts = shiftsFor(config, plan);
    in.breaks = breaksFor(config, profile, plan);
    return in;
}

QString counterGroup(const CentreConfig &config, int counter)
{
    const CounterConfig &c = config.counters[size_t(counter)];
    const ServiceConfig *s = c.services.empty() ? nullptr : config.service(c.services[0].service);
    return s ? s->group : QString();
}

} // namespace novbe::sim
