#include "metrics.h"

#include "server/enginecontext.h"
#include "server/sessionregistry.h"

#include "core/kpi.h"

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

// A label value with \, " and newline escaped.
QByteArray label(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return '"' + out + '"';
}

QByteArray family(const char *name, const char *type, const char *help)
{
    return QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void Metrics::record(const QString &route, int status, double seconds)
{
    ++m_requests[{route, status}];
    Latency &l = m_latency[route];
    for (std::size_t i = 0; i < BUCKETS.size(); ++i) {
        if (seconds <= BUCKETS[i]) {
            ++l.buckets[i];
            break;
        }
    }
    ++l.count;
    l.sum += seconds;
}

QByteArray Metrics::render(const EngineContext &context) const
{
    return renderQueues(context) + renderRequests();
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

QByteArray Metrics::renderRequests() const
{
    QByteArray out = family("novbe_http_requests_total", "counter",
                            "HTTP API requests answered, by route and status.");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += "novbe_http_requests_total{route=" + label(it.key().first)
            + ",code=" + label(QString::number(it.key().second)) + "} "
            + QByteArray::number(it.value()) + '\n';
    }
    out += family("novbe_http_request_duration_seconds", "histogram",
                  "Time from a parsed HTTP request to its answer, by route.");
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray route = "route=" + label(it.key());
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < BUCKETS.size(); ++i) {
            cumulative += it->buckets[i];
            out += "novbe_http_request_duration_seconds_bucket{" + route + ",le=\""
                + number(BUCKETS[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "novbe_http_request_duration_seconds_bucket{" + route + ",le=\"+Inf\"} "
            + QByteArray::number(it->count) + '\n';
        out += "novbe_http_request_duration_seconds_sum{" + route + "} " + number(it->sum) + '\n';
        out += "novbe_http_request_duration_seconds_count{" + route + "} "
            + QByteArray::number(it->count) + '\n';
    }
    return out;
}

} // namespace novbe::http
