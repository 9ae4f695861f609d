#include "pathsearch.h"

#include <algorithm>
#include <limits>

namespace novbe::sim {

PathSearch::PathSearch(std::vector<int> available)
    : m_available(std::move(available)), m_final(m_available.size(), -1), m_open(m_final.size())
{
    restart(0);
}

void PathSearch::restart(int from)
{
    m_lo = from;
    m_hi = std::numeric_limits<int>::max();
    for (size_t g = 0; g < m_final.size(); ++g) {
        if (m_final[g] < 0)
            m_hi = std::min(m_hi, m_available[g]);
    }
    m_knownAtHi = false;
}

int PathSearch::countAt(size_t g, int k) const
{
    return m_final[g] >= 0 ? m_final[g] : std::min(k, m_available[g]);
}

std::vector<int> PathSearch::next() const
{
    std::vector<int> out(m_final.size());
    for (size_t g = 0; g < out.size(); ++g)
        out[g] = countAt(g, probe());
    return out;
}

void PathSearch::observe(const std::vector<bool> &meets)
{
    const int k = probe();
    if (k == m_hi)
        return settle(k, meets);
    bool any = false;
    for (size_t g = 0; g < m_final.size(); ++g)
        any = any || (m_final[g] < 0 && meets[g]);
    if (any) {
        m_hi = k;
        m_meetsAtHi = meets;
        m_knownAtHi = true;
    } else {
        m_lo = k + 1;
    }
    if (m_lo == m_hi && m_knownAtHi)
        settle(m_hi, m_meetsAtHi);
}

// At k the open groups that meet, or have no more counters, stay at k.
void PathSearch::settle(int k, const std::vector<bool> &meets)
{
    for (size_t g = 0; g < m_final.size(); ++g) {
        if (m_final[g] < 0 && (meets[g] || m_available[g] <= k)) {
            m_final[g] = k;
            --m_open;
        }
    }
    restart(k + 1);
}

} // namespace novbe::sim
