#pragma once

#include <QByteArray>
#include <QMap>
#include <QPair>
#include <QString>

#include <array>

namespace novbe {

// Latency histograms and counts in the Prometheus text format (0.0.4), one
// series per label value: GET /api/v1/metrics renders the HTTP routes, the
// device protocol's methods and the journal commits with it.
class LatencyHistograms
{
public:
    static constexpr std::array<double, 11> BUCKETS{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                    0.1,   0.25,   0.5,   1.0,  2.5};

    // One observation of `seconds` for `label` (e.g. a method), counted
    // under `outcome` too (e.g. "ok"/"error" or an HTTP status).
    void record(const QString &label, const QString &outcome, double seconds);

    // "# HELP/# TYPE" and the series `<name>_total{<labelName>=..,<outcomeName>=..}`
    // (counter; left out when `outcomeName` is empty) and the histogram
    // `<durationName>{<labelName>=..}`. Families are written even when empty.
    QByteArray render(const QByteArray &countName, const QByteArray &countHelp,
                      const QByteArray &durationName, const QByteArray &durationHelp,
                      const QByteArray &labelName, const QByteArray &outcomeName) const;

private:
    struct Series
    {
        std::array<quint64, BUCKETS.size()> buckets{}; // not cumulative
        quint64 count = 0;
        double sum = 0;
    };

    QMap<QPair<QString, QString>, quint64> m_counts; // (label, outcome) -> count
    QMap<QString, Series> m_series;
};

namespace prometheus {
// A label value with \, " and newline escaped, in quotes.
QByteArray label(const QString &value);
QByteArray family(const QByteArray &name, const char *type, const QByteArray &help);
QByteArray number(double value);
} // namespace prometheus

} // namespace novbe
