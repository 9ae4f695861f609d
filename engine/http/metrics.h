#pragma once

#include <QByteArray>
#include <QMap>
#include <QPair>
#include <QString>

#include <array>

namespace novbe {
struct EngineContext;
}

namespace novbe::http {

// GET /api/v1/metrics in the Prometheus text format (0.0.4): the centre's
// queues (waiting, longest wait, issued and served today per service), the
// connected device sessions, and the HTTP API's own requests (count per
// route and status, latency histogram per route).
class Metrics
{
public:
    static constexpr std::array<double, 11> BUCKETS{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                    0.1,   0.25,   0.5,   1.0,  2.5};

    // One answered request: its route pattern ("unmatched" for none), status, seconds taken.
    void record(const QString &route, int status, double seconds);
    QByteArray render(const EngineContext &context) const;

private:
    struct Latency
    {
        std::array<quint64, BUCKETS.size()> buckets{}; // not cumulative
        quint64 count = 0;
        double sum = 0;
    };

    QByteArray renderQueues(const EngineContext &context) const;
    QByteArray renderRequests() const;

    QMap<QPair<QString, int>, quint64> m_requests; // (route, status) -> count
    QMap<QString, Latency> m_latency;              // route -> histogram
};

} // namespace novbe::http
