#pragma once

// Latency samples and their percentiles.

#include <QtGlobal>

#include <vector>

namespace novbe::bench {

class Samples
{
public:
    void add(qint64 ns)
    {
        m_ns.push_back(ns);
        m_sorted = false;
    }
    void reserve(std::size_t n) { m_ns.reserve(n); }
    std::size_t count() const { return m_ns.size(); }
    // The p-th percentile (0..100, nearest rank) in milliseconds; 0 when empty.
    double percentileMs(double p) const;
    double maxMs() const;
    double meanMs() const;

private:
    mutable std::vector<qint64> m_ns;
    mutable bool m_sorted = false;
    void sort() const;
};

} // namespace novbe::bench
