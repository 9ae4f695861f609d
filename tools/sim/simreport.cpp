#include "simreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace novbe::sim {

namespace {

QString minutes(double sec)
{
    return QString::number(sec / 60.0, 'f', 1);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString bound(double b)
{
    return b < 0 ? QStringLiteral("none") : QString::number(b, 'f', 1);
}

QString rowLine(const SummaryRow &r)
{
    return QStringLiteral(
               "| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 / %13 |\n")
        .arg(r.key)
        .arg(r.wait.count)
        .arg(r.wait.unserved)
        .arg(minutes(r.wait.p50Sec), minutes(r.wait.p90Sec), minutes(r.wait.maxSec),
             percent(r.wait.withinTarget), minutes(r.eta.maeSec), minutes(r.eta.p90AbsSec))
        .arg(minutes(r.eta.biasSec), percent(r.eta.withinTolerance),
             QString::number(r.overtakeMin, 'f', 1), bound(r.boundMin));
}

QString table(const QString &title, const std::vector<SummaryRow> &rows)
{
    QString out = QStringLiteral("\n| %1 | called | unserved | wait p50 | p90 | max | within "
                                 "target | ETA MAE | ETA p90 abs | ETA bias | ETA within "
                                 "tolerance | overtaking / bound (min) |\n")
                      .arg(title);
    out += QStringLiteral("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (const SummaryRow &r : rows)
        out += rowLine(r);
    return out;
}

QJsonObject rowJson(const SummaryRow &r)
{
    return QJsonObject{
        {QStringLiteral("key"), r.key},
        {QStringLiteral("called"), r.wait.count},
        {QStringLiteral("unserved"), r.wait.unserved},
        {QStringLiteral("waitP50Sec"), r.wait.p50Sec},
        {QStringLiteral("waitP90Sec"), r.wait.p90Sec},
        {QStringLiteral("waitMaxSec"), r.wait.maxSec},
        {QStringLiteral("withinTarget"), r.wait.withinTarget},
        {QStringLiteral("etaMaeSec"), r.eta.maeSec},
        {QStringLiteral("etaP90AbsSec"), r.eta.p90AbsSec},
        {QStringLiteral("etaBiasSec"), r.eta.biasSec},
        {QStringLiteral("etaWithinTolerance"), r.eta.withinTolerance},
        {QStringLiteral("overtakeMin"), r.overtakeMin},
        {QStringLiteral("overtakeBoundMin"),
         r.boundMin < 0 ? QJsonValue() : QJsonValue(r.boundMin)},
    };
}

QJsonArray rowsJson(const std::vector<SummaryRow> &rows)
{
    QJsonArray a;
    for (const SummaryRow &r : rows)
        a.append(rowJson(r));
    return a;
}

} // namespace

QString dayMarkdown(const DaySummary &d)
{
    QString out = QStringLiteral("## Policy `%1`\n\n").arg(d.policy);
    out += QStringLiteral("%1 tickets (%2 walk-ins refused); %3 appointments booked, %4 never "
                          "came, %5 came too late, %6 came too early and waited for check-in. "
                          "Counter utilisation %7, idle while citizens waited %8 min.\n")
               .arg(d.tickets)
               .arg(d.refused)
               .arg(d.booked)
               .arg(d.neverCame)
               .arg(d.refusedLate)
               .arg(d.retriedEarly)
               .arg(percent(d.utilisation), QString::number(d.idleWhileWaitingMin, 'f', 1));
    out += table(QStringLiteral("Walk-ins"), {d.total, d.priority, d.standard});
    out += table(QStringLiteral("Service"), d.services);
    out += table(QStringLiteral("Category"), d.categories);
    out += QStringLiteral("\n| Counter | staffed h | utilisation | idle while waiting (min) |\n"
                          "|---|--:|--:|--:|\n");
    for (const CounterSummary &c : d.counters)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(c.id, QString::number(c.staffedHours, 'f', 2), percent(c.utilisation),
                        QString::number(c.idleWhileWaitingMin, 'f', 1));
    return out;
}

QJsonObject dayJson(const DaySummary &d)
{
    QJsonArray counters;
    for (const CounterSummary &c : d.counters)
        counters.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("staffedHours"), c.staffedHours},
                        {QStringLiteral("utilisation"), c.utilisation},
                        {QStringLiteral("idleWhileWaitingMin"), c.idleWhileWaitingMin}});
    return QJsonObject{
        {QStringLiteral("policy"), d.policy},
        {QStringLiteral("tickets"), d.tickets},
        {QStringLiteral("refused"), d.refused},
        {QStringLiteral("appointments"),
         QJsonObject{{QStringLiteral("booked"), d.booked},
                     {QStringLiteral("neverCame"), d.neverCame},
                     {QStringLiteral("tooLate"), d.refusedLate},
                     {QStringLiteral("tooEarly"), d.retriedEarly}}},
        {QStringLiteral("utilisation"), d.utilisation},
        {QStringLiteral("idleWhileWaitingMin"), d.idleWhileWaitingMin},
        {QStringLiteral("total"), rowJson(d.total)},
        {QStringLiteral("priority"), rowJson(d.priority)},
        {QStringLiteral("standard"), rowJson(d.standard)},
        {QStringLiteral("services"), rowsJson(d.services)},
        {QStringLiteral("categories"), rowsJson(d.categories)},
        {QStringLiteral("counters"), counters},
    };
}

QString comparisonMarkdown(const std::vector<DaySummary> &days)
{
    QString out = QStringLiteral(
        "| Policy | p50 | p90 | max | within target | priority p90 | standard p90 | standard "
        "max | standard overtaking / bound | ETA within tolerance | ETA p90 abs |\n"
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (const DaySummary &d : days)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 / %10 | %11 | %12 |\n")
                   .arg(d.policy, minutes(d.total.wait.p50Sec), minutes(d.total.wait.p90Sec),
                        minutes(d.total.wait.maxSec), percent(d.total.wait.withinTarget),
                        minutes(d.priority.wait.p90Sec), minutes(d.standard.wait.p90Sec),
                        minutes(d.standard.wait.maxSec),
                        QString::number(d.standard.overtakeMin, 'f', 1))
                   .arg(bound(d.standard.boundMin), percent(d.total.eta.withinTolerance),
                        minutes(d.total.eta.p90AbsSec));
    out += QStringLiteral("\nMinutes; ETA tolerance = |estimate - wait| <= max(20 % of the "
                          "wait, 3 min).\n");
    return out;
}

QByteArray toJsonText(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace novbe::sim
