// When each counter is staffed: its services' hours, or a StaffingPlan.
#include "citizens.h"

#include <algorithm>

namespace novbe::sim {

namespace {

constexpr qint64 MINUTE = 60 * 1000;
constexpr qint64 HOUR = 60 * MINUTE;

// The counter's default day: from its earliest service opening to its latest closing.
std::pair<qint64, qint64> defaultHours(const CentreConfig &config, const CounterConfig &c)
{
    int open = 24 * 60;
    int close = 0;
    for (const CounterService &cs : c.services) {
        const ServiceConfig *s = config.service(cs.service);
        if (!s || cs.weight <= 0)
            continue;
        const int o = s->hours ? s->hours->open.hour() * 60 + s->hours->open.minute() : 0;
        const int e = s->hours ? s->hours->close.hour() * 60 + s->hours->close.minute() : 24 * 60;
        open = std::min(open, o);
        close = std::max(close, e);
    }
    return {open * MINUTE, close * MINUTE};
}

// The counter's rank among its group's counters (config order).
int rankInGroup(const CentreConfig &config, int counter)
{
    const QString group = counterGroup(config, counter);
    int rank = 0;
    for (int i = 0; i < counter; ++i)
        rank += counterGroup(config, i) == group ? 1 : 0;
    return rank;
}

// `closeMs`: when the counter's services close; only a stretch that lasts
// until then stays to empty the queues.
void planShifts(int counter, int rank, const StaffingPlan &plan, const std::vector<int> &hours,
                qint64 closeMs, std::vector<Shift> &out)
{
    const size_t first = out.size();
    for (size_t h = 0; h < hours.size(); ++h) {
        if (rank >= hours[h])
            continue;
        const qint64 from = (plan.firstHour + qint64(h)) * HOUR;
        if (out.size() > first && out.back().closeMs == from)
            out.back().closeMs = from + HOUR;
        else
            out.push_back(Shift{counter, from, from + HOUR, false});
    }
    for (size_t i = first; i < out.size(); ++i)
        out[i].last = out[i].closeMs >= closeMs;
}

} // namespace

std::vector<Shift> shiftsFor(const CentreConfig &config, const StaffingPlan *plan)
{
    std::vector<Shift> out;
    for (size_t i = 0; i < config.counters.size(); ++i) {
        const int c = int(i);
        const auto it = plan ? plan->perGroup.find(counterGroup(config, c))
                             : std::map<QString, std::vector<int>>::const_iterator();
        const auto [open, close] = defaultHours(config, config.counters[i]);
        if (plan && it != plan->perGroup.end()) {
            planShifts(c, rankInGroup(config, c), *plan, it->second, close, out);
            continue;
        }
        if (open < close)
            out.push_back(Shift{c, open, close, true});
    }
    return out;
}

std::vector<Break> breaksFor(const CentreConfig &config, const DayProfile &profile,
                             const StaffingPlan *plan)
{
    std::vector<Break> out;
    if (plan || profile.breakMin <= 0 || profile.breakStartsMin.empty())
        return out;
    for (size_t i = 0; i < config.counters.size(); ++i) {
        const qint64 start = profile.breakStartsMin[i % profile.breakStartsMin.size()] * MINUTE;
        out.push_back(Break{int(i), start, start + profile.breakMin * MINUTE});
    }
    return out;
}

} // namespace novbe::sim
