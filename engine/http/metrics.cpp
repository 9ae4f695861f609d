#include "metrics.h"

#include "server/batcher.h"
#include "server/enginecontext.h"
#include "server/listener.h"
#include "server/sessionregistry.h"
#include "store/store.h"

#include "core/kpi.h"

using namespace Qt::StringLiterals;

namespace novbe::http {

using namespace prometheus;

namespace {

// The printer states a kiosk reports (protocol.md device.report).
const QStringList PRINTER_STATES{u"ok"_s, u"paperLow"_s, u"paperOut"_s, u"coverOpen"_s,
                                 u"offline"_s};

} // namespace

void Metrics::record(const QString &route, int status, double seconds)
{
    m_http.record(route, QString::number(status), seconds);
}

QByteArray Metrics::render(const EngineContext &context) const
{
    return renderQueues(context) + renderPrinters(context)
        + m_http.render("novbe_http_requests_total",
                        "HTTP API requests answered, by route and status.",
                        "novbe_http_request_duration_seconds",
                        "Time from a parsed HTTP request to its answer, by route.", "route", "code")
        + renderEngine(context);
}

QByteArray Metrics::renderQueues(const EngineContext &context) const
{
    const Kpis kpis = kpisFromTickets(context.config(), context.core.query().tickets(), {});
    const QDateTime now = context.now();
    QByteArray waiting = family("novbe_queue_waiting", "gauge", "Tickets waiting now.");
    QByteArray longest = family("novbe_queue_longest_wait_seconds", "gauge",
                                "Wait of the longest-waiting ticket now.");
    QByteArray issued = family("novbe_tickets_issued_total", "counter",
                               "Tickets issued this service day (resets at rollover).");
    QByteArray served = family("novbe_tickets_served_total", "counter",
                               "Tickets served this service day (resets at rollover).");
    for (const ServiceKpi &k : kpis.services) {
        const QByteArray l = "{service=" + label(k.id) + "} ";
        const ServiceQueue q = context.core.query().queue(k.id, now);
        waiting += "novbe_queue_waiting" + l + QByteArray::number(qsizetype(q.waiting.size()))
            + '\n';
        longest += "novbe_queue_longest_wait_seconds" + l + QByteArray::number(q.longestWaitSec)
            + '\n';
        issued += "novbe_tickets_issued_total" + l + QByteArray::number(k.issued) + '\n';
        served += "novbe_tickets_served_total" + l + QByteArray::number(k.served) + '\n';
    }
    return waiting + longest + issued + served
        + family("novbe_device_sessions", "gauge", "Device protocol connections open now.")
        + "novbe_device_sessions " + QByteArray::number(context.sessions.size()) + '\n';
}

QByteArray Metrics::renderPrinters(const EngineContext &context)
{
    QByteArray out = family("novbe_printer_state", "gauge",
                            "1 for the state a kiosk's printer last reported, 0 for the others.");
    for (const DeviceRecord &r : context.store.devices()) {
        if (r.printerState.isEmpty())
            continue;
        for (const QString &state : PRINTER_STATES) {
            out += "novbe_printer_state{device=" + label(r.id) + ",state=" + label(state) + "} "
                + (state == r.printerState ? "1\n" : "0\n");
        }
    }
    return out;
}

QByteArray Metrics::renderEngine(const EngineContext &context)
{
    return context.batcher.rpcLatency().render(
               "novbe_rpc_requests_total",
               "Device protocol requests answered, by method and outcome (ok or error).",
               "novbe_rpc_request_duration_seconds",
               "Time from a parsed device request to its answer (commit included), by method.",
               "method", "outcome")
        + context.batcher.commitLatency().render(
            {}, {}, "novbe_journal_commit_duration_seconds",
            "Time to write one batch to the journal (fsync included).", {}, {})
        + renderTls(context);
}

QByteArray Metrics::renderTls(const EngineContext &context)
{
    if (!context.deviceTls)
        return {};
    const TlsCounters &c = *context.deviceTls;
    QByteArray out = family("novbe_tls_handshakes_total", "counter",
                            "TLS handshakes on the device port, by outcome.");
    const auto line = [&out](const char *outcome, quint64 n) {
        out += "novbe_tls_handshakes_total{outcome=\"" + QByteArray(outcome) + "\"} "
            + QByteArray::number(n) + '\n';
    };
    line("ok", c.ok);
    line("failed", c.failed);
    line("timeout", c.timedOut);
    line("not_tls", c.notTls);
    return out;
}

} // namespace novbe::http
