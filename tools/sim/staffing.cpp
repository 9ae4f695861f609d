#include "staffing.h"

#include "citizens.h"
#include "pathsearch.h"
#include "simday.h"
#include "simstats.h"

#include <algorithm>
#include <optional>

namespace novbe::sim {

namespace {

constexpr qint64 HOUR = 3600 * 1000;

// The hours any service is open: [first, last).
std::pair<int, int> dayHours(const CentreConfig &config)
{
    int first = 24;
    int last = 0;
    for (const ServiceConfig &s : config.services) {
        if (!s.enabled)
            continue;
        first = std::min(first, s.hours ? s.hours->open.hour() : 0);
        last = std::max(last, s.hours ? s.hours->close.hour() + (s.hours->close.minute() > 0) : 24);
    }
    return {first, std::max(first, last)};
}

// The longest wait that still counts as within the target (seconds).
int longestLimitSec(const CentreConfig &config, const StaffingTarget &target)
{
    if (target.withinMin > 0)
        return target.withinMin * 60;
    int limit = 0;
    for (const ServiceConfig &s : config.services)
        limit = std::max(limit, s.targetWaitMin * 60);
    return limit;
}

// Groups joined when a counter of one serves a service of another.
std::vector<std::vector<QString>> sharingClusters(const CentreConfig &config,
                                                  const std::map<QString, int> &groups)
{
    std::map<QString, QString> root;
    for (const auto &[group, n] : groups)
        root[group] = group;
    const auto find = [&](QString g) {
        while (root[g] != g)
            g = root[g];
        return g;
    };
    for (size_t i = 0; i < config.counters.size(); ++i) {
        const QString a = find(counterGroup(config, int(i)));
        for (const CounterService &cs : config.counters[i].services) {
            const ServiceConfig *s = config.service(cs.service);
            if (s && cs.weight > 0 && groups.count(s->group))
                root[find(s->group)] = a;
        }
    }
    std::map<QString, std::vector<QString>> byRoot;
    for (const auto &[group, n] : groups)
        byRoot[find(group)].push_back(group);
    std::vector<std::vector<QString>> out;
    for (auto &[r, members] : byRoot)
        out.push_back(std::move(members));
    return out;
}

struct Search
{
    const CentreConfig &config;
    const DayProfile &profile;
    RoutingPolicy policy;
    StaffingTarget target;
    StaffingResult result;
    std::map<QString, std::vector<bool>> settledMet; // per group and hour
    std::vector<std::vector<QString>> clusters;      // groups that share counters

    // The day with the plan so far up to hour h's start (hours before h are
    // settled, so every try for hour h shares it): forked from the previous
    // hour's prefix.
    std::optional<SimDay> prefix;

    SimOptions options() const
    {
        SimOptions o;
        o.policy = policy;
        o.staffing = result.plan;
        o.estimates = false; // the search reads waits only
        return o;
    }

    // Moves the prefix on to hour h's start under the current plan.
    void prefixTo(size_t h)
    {
        const qint64 from = (result.plan.firstHour + qint64(h)) * HOUR;
        if (!prefix) {
            prefix.emplace(config, profile, options(), drawDay(config, profile, &result.plan));
            prefix->start();
        } else {
            prefix->replan(shiftsFor(config, &result.plan), from - HOUR);
        }
        prefix->advance(from);
    }

    // The day with the current plan, up to the point where hour `h` and the
    // earlier ones are decided: a walk-in of those hours not called by then
    // waited longer than the limit (waitSec is whole seconds, so a call before
    // issue + limit + 1 s counts). A fork of the prefix: the same as a run from
    // the morning, since the plan before hour h is the same.
    SimResult simulate(size_t h)
    {
        ++result.runs;
        SimDay day = *prefix;
        day.replan(shiftsFor(config, &result.plan), (result.plan.firstHour + qint64(h)) * HOUR);
        day.advance((result.plan.firstHour + qint64(h) + 1) * HOUR
                    + (longestLimitSec(config, target) + 1) * qint64(1000) + 1);
        return day.finish();
    }

    // The whole day, from the morning.
    SimResult simulateDay()
    {
        ++result.runs;
        return runDay(config, profile, options());
    }

    double share(const SimResult &r, const QString &group, size_t hour) const
    {
        const qint64 from = (result.plan.firstHour + qint64(hour)) * HOUR;
        return shareWithinTarget(config, r, group, from, from + HOUR,
                                 target.withinMin > 0 ? target.withinMin * 60 : 0);
    }

    // Hour `upTo` and every earlier hour that met the target when it was settled.
    bool meets(const SimResult &r, const QString &group, size_t upTo) const
    {
        const auto it = settledMet.find(group);
        for (size_t h = 0; h <= upTo; ++h) {
            const bool required = h == upTo || (it != settledMet.end() && it->second[h]);
            if (required && share(r, group, h) + 1e-9 < target.share)
                return false;
        }
        return true;
    }

    void settle(const SimResult &r, size_t h)
    {
        for (auto &[group, hours] : result.plan.perGroup)
            settledMet[group].push_back(share(r, group, h) + 1e-9 >= target.share);
    }

    // Hour h, Linear: start every group at 0 and add a counter where the target fails.
    void settleHourLinear(size_t h)
    {
        for (auto &[group, hours] : result.plan.perGroup)
            hours[h] = 0;
        for (;;) {
            const SimResult r = simulate(h);
            bool changed = false;
            for (auto &[group, hours] : result.plan.perGroup) {
                if (hours[h] < result.available[group] && !meets(r, group, h)) {
                    ++hours[h];
                    changed = true;
                }
            }
            if (!changed)
                return settle(r, h);
        }
    }

    // Hour h, Bisect: a PathSearch per cluster, all clusters in the same days.
    void settleHourBisect(size_t h)
    {
        std::vector<PathSearch> searches;
        for (const std::vector<QString> &cluster : clusters) {
            std::vector<int> available;
            for (const QString &group : cluster)
                available.push_back(result.available[group]);
            searches.emplace_back(std::move(available));
        }
        for (;;) {
            bool open = false;
            for (size_t c = 0; c < clusters.size(); ++c) {
                const std::vector<int> counts = searches[c].done() ? searches[c].counts()
                                                                   : searches[c].next();
                for (size_t g = 0; g < counts.size(); ++g)
                    result.plan.perGroup[clusters[c][g]][h] = counts[g];
                open = open || !searches[c].done();
            }
            const SimResult r = simulate(h);
            if (!open)
                return settle(r, h);
            for (size_t c = 0; c < clusters.size(); ++c) {
                if (searches[c].done())
                    continue;
                std::vector<bool> meets;
                for (const QString &group : clusters[c])
                    meets.push_back(this->meets(r, group, h));
                searches[c].observe(meets);
            }
        }
    }

    void record()
    {
        const SimResult r = simulateDay();
        for (const auto &[group, hours] : result.plan.perGroup) {
            for (size_t h = 0; h < hours.size(); ++h) {
                result.share[group].push_back(share(r, group, h));
                const qint64 from = (result.plan.firstHour + qint64(h)) * HOUR;
                int n = 0;
                for (const TicketRecord &t : r.tickets)
                    n += !t.appointment && t.issuedMs >= from && t.issuedMs < from + HOUR
                        && config.services[size_t(t.service)].group == group;
                result.walkIns[group].push_back(n);
            }
        }
    }
};

} // namespace

StaffingResult searchStaffing(const CentreConfig &config, const DayProfile &profile,
                              RoutingPolicy policy, const StaffingTarget &target,
                              StaffingMethod method)
{
    Search s{config, profile, policy, target, {}, {}, {}, {}};
    const auto [first, last] = dayHours(config);
    s.result.plan.firstHour = first;
    for (size_t i = 0; i < config.counters.size(); ++i)
        ++s.result.available[counterGroup(config, int(i))];
    for (const auto &[group, n] : s.result.available)
        s.result.plan.perGroup[group] = std::vector<int>(size_t(last - first), n);
    s.clusters = sharingClusters(config, s.result.available);
    for (size_t h = 0; h < size_t(last - first); ++h) {
        s.prefixTo(h);
        if (method == StaffingMethod::Linear)
            s.settleHourLinear(h);
        else
            s.settleHourBisect(h);
    }
    s.record();
    return s.result;
}

QString staffingMarkdown(const StaffingResult &r, const StaffingTarget &target)
{
    const size_t hours = r.plan.perGroup.empty() ? 0 : r.plan.perGroup.begin()->second.size();
    QString out = QStringLiteral("Target: %1 % of each hour's walk-ins called within %2.\n\n")
                      .arg(QString::number(target.share * 100.0, 'f', 0),
                           target.withinMin > 0 ? QStringLiteral("%1 min").arg(target.withinMin)
                                                : QStringLiteral("their service's target wait"));
    out += QStringLiteral("| Group (counters) |");
    QString rule = QStringLiteral("|---|");
    for (size_t h = 0; h < hours; ++h) {
        out += QStringLiteral(" %1:00 |").arg(r.plan.firstHour + int(h), 2, 10, QLatin1Char('0'));
        rule += QStringLiteral("--:|");
    }
    out += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const auto &[group, counts] : r.plan.perGroup) {
        out += QStringLiteral("| %1 (%2) |").arg(group).arg(r.available.at(group));
        for (size_t h = 0; h < counts.size(); ++h) {
            const double share = r.share.at(group)[h];
            out += QStringLiteral(" %1%2 |").arg(counts[h]).arg(
                share + 1e-9 < target.share ? QStringLiteral(" !") : QString());
        }
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("\n`!`: the target is missed even so (the group has no more "
                          "counters). %1 simulated days.\n")
               .arg(r.runs);
    return out;
}

} // namespace novbe::sim
