#include "report.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

QString number(double value)
{
    if (value != 0 && std::abs(value) < 0.1)
        return QString::number(value, 'f', 3);
    if (std::abs(value) < 100)
        return QString::number(value, 'f', 2);
    return QString::number(value, 'f', 0);
}

QString cpuModel()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return u"unknown"_s;
}

// The /proc/mounts entry whose mount point is the longest prefix of `dir`.
QString fileSystemOf(const QString &dir)
{
    QFile mounts(u"/proc/mounts"_s);
    if (!mounts.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    const QString path = QFileInfo(dir).canonicalFilePath();
    QString best;
    qsizetype bestLength = -1;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 3)
            continue;
        const QString point = QString::fromUtf8(f[1]);
        const bool prefix = path == point
            || path.startsWith(point.endsWith(u'/') ? point : point + u'/');
        if (prefix && point.size() > bestLength) {
            bestLength = point.size();
            best = QString::fromUtf8(f[0] + ' ' + f[2]) + u" mounted on "_s + point;
        }
    }
    return best.isEmpty() ? u"unknown"_s : best;
}

} // namespace

QString verdict(double value, const Target &target)
{
    const bool met = target.atLeast ? value >= target.limit : value <= target.limit;
    if (met)
        return u"met"_s;
    if (target.atLeast)
        return u"missed by %1% (%2 of the target)"_s.arg(
            number((target.limit - value) / target.limit * 100), number(value / target.limit));
    return u"missed by %1% (%2× the limit)"_s.arg(number((value / target.limit - 1) * 100),
                                                  number(value / target.limit));
}

QStringList machineDescription(const QString &dir)
{
    return {u"nproc: %1"_s.arg(QThread::idealThreadCount()), u"CPU: "_s + cpuModel(),
            u"kernel: "_s + QSysInfo::kernelVersion(),
            u"disk of the databases: "_s + fileSystemOf(dir)};
}

void Report::add(const QString &phase, const QString &name, double value, const QString &unit,
                 std::optional<Target> target)
{
    m_metrics.append(Metric{phase, name, value, unit, target});
}

void Report::fail(const QString &phase, const QString &message)
{
    m_failures.append(phase + u": "_s + message);
}

void Report::note(const QString &phase, const QString &text)
{
    m_notes.append(phase + u": "_s + text);
}

QString Report::markdown() const
{
    QString out;
    for (const QString &line : m_machine)
        out += u"- "_s + line + u'\n';
    out += u"- command: `"_s + m_command + u"`\n- date: "_s
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u"\n\n"_s;
    out += u"| Phase | Metric | Value | Target | Verdict |\n|---|---|---|---|---|\n"_s;
    for (const Metric &m : m_metrics) {
        QString target = u"–"_s;
        QString result = u"–"_s;
        if (m.target) {
            target = (m.target->atLeast ? u"≥ "_s : u"≤ "_s) + number(m.target->limit) + u' '
                + m.unit;
            result = verdict(m.value, *m.target);
        }
        out += u"| %1 | %2 | %3 %4 | %5 | %6 |\n"_s.arg(m.phase, m.name, number(m.value), m.unit,
                                                        target, result);
    }
    for (const QString &n : m_notes)
        out += u"\n- "_s + n;
    if (!m_notes.isEmpty())
        out += u'\n';
    for (const QString &f : m_failures)
        out += u"\n**FAILED** "_s + f + u'\n';
    return out;
}

QByteArray Report::json() const
{
    QJsonArray metrics;
    for (const Metric &m : m_metrics) {
        QJsonObject o{{u"phase"_s, m.phase},
                      {u"metric"_s, m.name},
                      {u"value"_s, m.value},
                      {u"unit"_s, m.unit}};
        if (m.target) {
            o[u"target"_s] = QJsonObject{{u"limit"_s, m.target->limit},
                                         {u"atLeast"_s, m.target->atLeast}};
            o[u"met"_s] = verdict(m.value, *m.target) == u"met"_s;
        }
        metrics.append(o);
    }
    const QJsonObject root{{u"command"_s, m_command},
                           {u"machine"_s, QJsonArray::fromStringList(m_machine)},
                           {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"metrics"_s, metrics},
                           {u"notes"_s, QJsonArray::fromStringList(m_notes)},
                           {u"failures"_s, QJsonArray::fromStringList(m_failures)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace novbe::bench
