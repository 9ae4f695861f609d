// GET /api/v1/metrics: the Prometheus text format (0.0.4) read by a strict
// parser written from the format's description, and the values it carries.

#include "bookingapi.h"
#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstring>
#include <optional>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

struct Exposition
{
    QHash<QString, QString> types;  // family -> counter | gauge | histogram
    QHash<QString, double> samples; // "name{labels}" as written -> value
};

// The family a sample belongs to (histogram samples carry a suffix).
QString familyOf(const QString &name, const QHash<QString, QString> &types)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        const QString base = name.endsWith(QLatin1String(suffix))
            ? name.chopped(qsizetype(strlen(suffix)))
            : QString();
        if (!base.isEmpty() && types.value(base) == u"histogram"_s)
            return base;
    }
    return name;
}

// Any line that is not HELP, TYPE or a well-formed sample of a family
// declared before it (counters named *_total, no duplicate series) makes
// the whole text invalid: nullopt, with the line in `error`.
std::optional<Exposition> parseExposition(const QByteArray &text, QString &error)
{
    static const QRegularExpression help(u"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$"_s);
    static const QRegularExpression type(
        u"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"_s);
    static const QRegularExpression sample(
        u"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\"\\\\n])*\""
        "(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\"\\\\n])*\")*\\})? "
        "(-?[0-9.]+(?:[eE][+-]?[0-9]+)?|\\+Inf|-Inf|NaN)$"_s);
    Exposition e;
    error = text.endsWith('\n') ? QString() : u"no final newline"_s;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (!error.isEmpty())
            break;
        if (auto m = type.match(line); m.hasMatch()) {
            if (e.types.contains(m.captured(1)))
                error = u"second TYPE: "_s + line;
            e.types.insert(m.captured(1), m.captured(2));
            continue;
        }
        if (help.match(line).hasMatch())
            continue;
        const auto m = sample.match(line);
        const QString family = m.hasMatch() ? familyOf(m.captured(1), e.types) : QString();
        const QString series = m.captured(1) + m.captured(2);
        if (!m.hasMatch() || !e.types.contains(family) || e.samples.contains(series)
            || (e.types.value(family) == u"counter"_s && !family.endsWith(u"_total"_s)))
            error = u"bad line: "_s + line;
        e.samples.insert(series, m.captured(3).toDouble());
    }
    if (!error.isEmpty())
        return std::nullopt;
    return e;
}

// Histogram buckets rise with le and end at +Inf == _count.
void checkHistogram(const Exposition &e, const QString &name, const QString &labels)
{
    double previous = 0;
    const QString prefix = labels.isEmpty() ? QString() : labels + u',';
    for (const char *le : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                           "0.5", "1", "2.5", "+Inf"}) {
        const QString key = name + u"_bucket{"_s + prefix + u"le=\""_s + QLatin1String(le)
            + u"\"}"_s;
        INFO(key.toStdString());
        REQUIRE(e.samples.contains(key));
        CHECK(e.samples.value(key) >= previous);
        previous = e.samples.value(key);
    }
    const QString plain = labels.isEmpty() ? QString() : u'{' + labels + u'}';
    CHECK(e.samples.value(name + u"_count"_s + plain) == previous);
    CHECK(e.samples.contains(name + u"_sum"_s + plain));
}

} // namespace

TEST_CASE("GET /metrics: strict Prometheus text with queues and HTTP requests", "[http][metrics]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"idCard"_s}});
    REQUIRE_FALSE(
        kiosk->call(u"ticket.issue"_s, {{u"service"_s, u"nosuch"_s}}).contains(u"result"_s));
    okCall(*kiosk, u"device.report"_s, {{u"printer"_s, QJsonObject{{u"state"_s, u"paperLow"_s}}}});
    for (int i = 0; i < 3; ++i)
        REQUIRE(httpCall(engine.httpPort(), "GET", "/api/v1/status").status == 200);
    REQUIRE(httpCall(engine.httpPort(), "GET", "/api/v1/services").status == 401);
    REQUIRE(httpCall(engine.httpPort(), "GET", "/nosuch").status == 404);

    const HttpAnswer a = httpCall(engine.httpPort(), "GET", "/api/v1/metrics");
    REQUIRE(a.status == 200);
    CHECK(a.header("content-type") == "text/plain; version=0.0.4; charset=utf-8");
    QString error;
    const std::optional<Exposition> parsed = parseExposition(a.body, error);
    INFO(error.toStdString());
    REQUIRE(parsed);
    const Exposition &e = *parsed;
    CHECK(e.types.value(u"novbe_queue_waiting"_s) == u"gauge"_s);
    CHECK(e.types.value(u"novbe_http_request_duration_seconds"_s) == u"histogram"_s);
    CHECK(e.samples.value(u"novbe_queue_waiting{service=\"passport\"}"_s) == 2);
    CHECK(e.samples.value(u"novbe_queue_waiting{service=\"idCard\"}"_s) == 1);
    CHECK(e.samples.value(u"novbe_tickets_issued_total{service=\"passport\"}"_s) == 2);
    CHECK(e.samples.value(u"novbe_tickets_served_total{service=\"passport\"}"_s) == 0);
    CHECK(e.samples.contains(u"novbe_queue_longest_wait_seconds{service=\"passport\"}"_s));
    CHECK(e.samples.value(u"novbe_device_sessions"_s) == 1);
    CHECK(e.samples.value(u"novbe_http_requests_total{route=\"/api/v1/status\",code=\"200\"}"_s)
          == 3);
    CHECK(e.samples.value(u"novbe_http_requests_total{route=\"/api/v1/services\",code=\"401\"}"_s)
          == 1);
    CHECK(e.samples.value(u"novbe_http_requests_total{route=\"unmatched\",code=\"404\"}"_s) == 1);
    checkHistogram(e, u"novbe_http_request_duration_seconds"_s, u"route=\"/api/v1/status\""_s);
    CHECK(e.samples.value(u"novbe_http_request_duration_seconds_count{route=\"/api/v1/status\"}"_s)
          == 3);
    // The device protocol per method and outcome, the journal's commits, the printers.
    CHECK(e.samples.value(u"novbe_rpc_requests_total{method=\"ticket.issue\",outcome=\"ok\"}"_s)
          == 3);
    CHECK(e.samples.value(u"novbe_rpc_requests_total{method=\"ticket.issue\",outcome=\"error\"}"_s)
          == 1);
    CHECK(e.samples.value(u"novbe_rpc_requests_total{method=\"session.hello\",outcome=\"ok\"}"_s)
          == 1);
    checkHistogram(e, u"novbe_rpc_request_duration_seconds"_s, u"method=\"ticket.issue\""_s);
    CHECK(e.samples.value(u"novbe_rpc_request_duration_seconds_count{method=\"ticket.issue\"}"_s)
          == 4);
    CHECK(e.types.value(u"novbe_journal_commit_duration_seconds"_s) == u"histogram"_s);
    checkHistogram(e, u"novbe_journal_commit_duration_seconds"_s, {});
    CHECK(e.samples.value(u"novbe_journal_commit_duration_seconds_count"_s) >= 4);
    CHECK(e.samples.value(u"novbe_printer_state{device=\"kiosk-1\",state=\"paperLow\"}"_s) == 1);
    CHECK(e.samples.value(u"novbe_printer_state{device=\"kiosk-1\",state=\"ok\"}"_s) == 0);
}

TEST_CASE("the metrics parser of this test refuses malformed text", "[http][metrics]")
{
    QString error;
    REQUIRE(parseExposition("# TYPE a gauge\na{x=\"1\"} 1\n", error));
    const QList<QByteArray> bad{
        "a 1\n",                                          // no TYPE before the sample
        "# TYPE a gauge\na 1",                            // no final newline
        "# TYPE a gauge\na{x=1} 1\n",                     // unquoted label value
        "# TYPE a gauge\na 1\na 2\n",                     // the same series twice
        "# TYPE a counter\na 1\n",                        // a counter without _total
        "# TYPE a gauge\na one\n",                        // not a number
        "# TYPE a gauge\n# TYPE a gauge\na 1\n",          // two TYPE lines
        "# TYPE a_total counter\na_total{x=\"\\q\"} 1\n", // bad escape
    };
    for (const QByteArray &text : bad) {
        INFO(text.toStdString());
        CHECK_FALSE(parseExposition(text, error));
    }
}

TEST_CASE("metrics on their own listener, and then not on the public one", "[http][metrics]")
{
    QJsonObject config = httpCentre();
    QJsonObject http = config[u"http"_s].toObject();
    http.insert(u"metricsPort"_s, 0);
    http.insert(u"metricsAddress"_s, u"127.0.0.1"_s);
    config.insert(u"http"_s, http);
    EngineProcess engine(config, EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 main = engine.httpPort();
    const quint16 metrics = engine.metricsPort();
    REQUIRE(main != 0);
    REQUIRE(metrics != 0);
    CHECK(metrics != main);
    const HttpAnswer scraped = httpCall(metrics, "GET", "/api/v1/metrics");
    CHECK(scraped.status == 200);
    QString error;
    CHECK(parseExposition(scraped.body, error).has_value());
    CHECK(httpCall(main, "GET", "/api/v1/metrics").status == 404);
    CHECK(httpCall(metrics, "GET", "/api/v1/status").status == 404);
    CHECK(httpCall(main, "GET", "/api/v1/status").status == 200);
}
