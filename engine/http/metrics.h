#pragma once

#include "server/histogram.h"

#include <QByteArray>
#include <QString>

namespace novbe {
struct EngineContext;
}

namespace novbe::http {

// GET /api/v1/metrics in the Prometheus text format (0.0.4): the centre's
// queues (waiting, longest wait, issued and served today per service), the
// connected device sessions, the printers' states, the HTTP API's requests
// (count per route and status, latency histogram per route), the device
// protocol's requests (count per method and outcome, latency histogram per
// method), the journal's commit latency and, with TLS on the device port,
// its handshakes by outcome.
class Metrics
{
public:
    // One answered request: its route pattern ("unmatched" for none), status, seconds taken.
    void record(const QString &route, int status, double seconds);
    QByteArray render(const EngineContext &context) const;

private:
    QByteArray renderQueues(const EngineContext &context) const;
    static QByteArray renderPrinters(const EngineContext &context);
    static QByteArray renderEngine(const EngineContext &context);
    static QByteArray renderTls(const EngineContext &context);

    LatencyHistograms m_http;
};

} // namespace novbe::http
