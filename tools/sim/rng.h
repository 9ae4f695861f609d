#pragma once

// Seeded random draws whose sequence is the same on every platform and
// standard library: std::mt19937_64's output is specified by the standard,
// the std:: distributions are not, so the distributions are written here.

#include <cstdint>
#include <random>

namespace novbe::sim {

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    // Uniform integer in [0, bound); bound > 0.
    int below(int bound);
    // True with probability p.
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Marsaglia's polar method).
    double normal();
    // exp(ln(median) + sigma x N(0,1)); sigma 0 gives the median exactly.
    double logNormal(double median, double sigma);
    // Poisson with mean lambda (Knuth's product method in chunks of <= 30).
    int poisson(double lambda);

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace novbe::sim
