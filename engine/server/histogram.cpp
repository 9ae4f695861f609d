#include "histogram.h"

namespace novbe {

namespace prometheus {

QByteArray label(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return '"' + out + '"';
}

QByteArray family(const QByteArray &name, const char *type, const QByteArray &help)
{
    return "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace prometheus

using namespace prometheus;

void LatencyHistograms::record(const QString &label, const QString &outcome, double seconds)
{
    ++m_counts[{label, outcome}];
    Series &s = m_series[label];
    for (std::size_t i = 0; i < BUCKETS.size(); ++i) {
        if (seconds <= BUCKETS[i]) {
            ++s.buckets[i];
            break;
        }
    }
    ++s.count;
    s.sum += seconds;
}

QByteArray LatencyHistograms::render(const QByteArray &countName, const QByteArray &countHelp,
                                     const QByteArray &durationName, const QByteArray &durationHelp,
                                     const QByteArray &labelName,
                                     const QByteArray &outcomeName) const
{
    QByteArray out;
    if (!outcomeName.isEmpty()) {
        out += family(countName, "counter", countHelp);
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            out += countName + '{' + labelName + '=' + label(it.key().first) + ',' + outcomeName
                + '=' + label(it.key().second) + "} " + QByteArray::number(it.value()) + '\n';
        }
    }
    out += family(durationName, "histogram", durationHelp);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QByteArray l = labelName.isEmpty()
            ? QByteArray()
            : QByteArray(labelName + '=' + label(it.key()) + ',');
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < BUCKETS.size(); ++i) {
            cumulative += it->buckets[i];
            out += durationName + "_bucket{" + l + "le=\"" + number(BUCKETS[i]) + "\"} "
                + QByteArray::number(cumulative) + '\n';
        }
        out += durationName + "_bucket{" + l + "le=\"+Inf\"} " + QByteArray::number(it->count)
            + '\n';
        const QByteArray plain = labelName.isEmpty() ? QByteArray()
                                                     : QByteArray('{' + l.chopped(1) + '}');
        out += durationName + "_sum" + plain + ' ' + number(it->sum) + '\n';
        out += durationName + "_count" + plain + ' ' + QByteArray::number(it->count) + '\n';
    }
    return out;
}

} // namespace novbe
