#include "rng.h"

#include <cmath>

namespace novbe::sim {

double Rng::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

int Rng::below(int bound)
{
    return int(uniform() * double(bound));
}

double Rng::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * std::log(s) / s);
    m_spare = v * f;
    m_hasSpare = true;
    return u * f;
}

double Rng::logNormal(double median, double sigma)
{
    if (sigma <= 0.0)
        return median;
    return median * std::exp(sigma * normal());
}

int Rng::poisson(double lambda)
{
    int total = 0;
    while (lambda > 0.0) {
        const double chunk = lambda > 30.0 ? 30.0 : lambda;
        lambda -= chunk;
        const double limit = std::exp(-chunk);
        double product = uniform();
        while (product > limit) {
            ++total;
            product *= uniform();
        }
    }
    return total;
}

} // namespace novbe::sim
