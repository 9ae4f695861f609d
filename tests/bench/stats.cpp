#include "stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace novbe::bench {

void Samples::sort() const
{
    if (m_sorted)
        return;
    std::sort(m_ns.begin(), m_ns.end());
    m_sorted = true;
}

double Samples::percentileMs(double p) const
{
    if (m_ns.empty())
        return 0;
    sort();
    const double rank = std::ceil(p / 100.0 * double(m_ns.size()));
    const std::size_t index = std::clamp<std::size_t>(std::size_t(std::max(rank, 1.0)) - 1, 0,
                                                      m_ns.size() - 1);
    return double(m_ns[index]) / 1e6;
}

double Samples::maxMs() const
{
    return m_ns.empty() ? 0 : double(*std::max_element(m_ns.begin(), m_ns.end())) / 1e6;
}

double Samples::meanMs() const
{
    if (m_ns.empty())
        return 0;
    const double sum = std::accumulate(m_ns.begin(), m_ns.end(), 0.0);
    return sum / double(m_ns.size()) / 1e6;
}

} // namespace novbe::bench
