#pragma once

// The staffing search's bisection for one hour and one cluster of groups that
// share counters (a counter of one serves a service of another).
//
// The linear search tries k = 0, 1, 2, ... with every group of the cluster at
// min(k, its counters) and keeps a group at the first k where it meets the
// target. So each cluster follows one path, counts(k) = min(k, final or
// counters), and the answer is where on the path each group first meets.
// This finds the same points by bisection on k: the smallest k where some
// open group meets (or runs out of counters), those groups keep k, and the
// search goes on from k + 1 for the rest. Same answer as the linear search
// when along the path a group that meets at k also meets at every later k.

#include <cstddef>
#include <vector>

namespace novbe::sim {

class PathSearch
{
public:
    explicit PathSearch(std::vector<int> available);

    bool done() const { return m_open == 0; }
    // Counters per group for the next simulated day.
    std::vector<int> next() const;
    // What that day gave: per group, whether the target was met.
    void observe(const std::vector<bool> &meets);
    // Per group, once done().
    const std::vector<int> &counts() const { return m_final; }

private:
    int probe() const { return m_lo < m_hi ? (m_lo + m_hi) / 2 : m_hi; }
    int countAt(std::size_t g, int k) const;
    void settle(int k, const std::vector<bool> &meets);
    void restart(int from);

    std::vector<int> m_available;
    std::vector<int> m_final; // -1 while open
    std::size_t m_open = 0;
    int m_lo = 0; // no open group meets below m_lo
    int m_hi = 0; // some open group meets at m_hi, or runs out of counters there
    std::vector<bool> m_meetsAtHi;
    bool m_knownAtHi = false;
};

} // namespace novbe::sim
