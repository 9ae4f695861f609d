#include "reportcharts.h"

#include "ui/palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QTime>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

using Field = int QuarterRow::*;

// The quarters as points (hour of day, figure), the figure divided by the days.
QLineSeries *quarterSeries(const Report &r, Field field, const QString &name, QRgb color,
                           bool dashed)
{
    auto *series = new QLineSeries;
    series->setName(name);
    const double days = std::max(1, r.days);
    for (const QuarterRow &q : r.quarters) {
        const QTime t = QTime::fromString(q.time, u"HH:mm"_s);
        series->append(t.hour() + t.minute() / 60.0 + 0.125, (q.*field) / days);
    }
    QPen pen(QColor::fromRgb(color));
    pen.setWidthF(dashed ? 1.5 : 2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

QChart *lineChart(const QString &title, const std::vector<QLineSeries *> &series)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    double minX = 24, maxX = 0, maxY = 1;
    for (QLineSeries *s : series) {
        chart->addSeries(s);
        for (const QPointF &p : s->points()) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    }
    minX = minX > maxX ? 8 : std::floor(minX);
    maxX = std::max(minX + 1, std::ceil(maxX));
    x->setRange(minX, maxX);
    x->setTickCount(int(maxX - minX) + 1);
    x->setLabelFormat(u"%.0f:00"_s);
    y->setRange(0, std::max(4.0, std::ceil(maxY * 1.1)));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart *ReportCharts::arrivals(const Report &r, const Report *before)
{
    std::vector<QLineSeries *> series{
        quarterSeries(r, &QuarterRow::issued, tr("Arrivals"), palette::ACCENT, false),
        quarterSeries(r, &QuarterRow::served, tr("Served"), palette::OK, false)};
    if (before && !before->quarters.empty()) {
        series.push_back(quarterSeries(*before, &QuarterRow::issued, tr("Arrivals a week ago"),
                                       palette::ACCENT, true));
        series.push_back(quarterSeries(*before, &QuarterRow::served, tr("Served a week ago"),
                                       palette::OK, true));
    }
    return lineChart(tr("Arrivals and served per 15 minutes"), series);
}

QChart *ReportCharts::waiting(const Report &r, const Report *before)
{
    std::vector<QLineSeries *> series{
        quarterSeries(r, &QuarterRow::waiting, tr("Waiting"), palette::WARNING_TEXT, false)};
    if (before && !before->quarters.empty())
        series.push_back(quarterSeries(*before, &QuarterRow::waiting, tr("Waiting a week ago"),
                                       palette::WARNING_TEXT, true));
    return lineChart(tr("Citizens waiting over the day"), series);
}

QStringList ReportCharts::bucketLabels(const QLocale &locale)
{
    QStringList labels;
    for (int pct : WAIT_BUCKET_PCT) {
        if (pct > 0)
            labels << u"≤ %1 %"_s.arg(locale.toString(pct));
    }
    labels << u"> %1 %"_s.arg(locale.toString(WAIT_BUCKET_PCT[WAIT_BUCKET_PCT.size() - 2]));
    return labels;
}

QChart *ReportCharts::waitDistribution(const Report &r, const Names &serviceName,
                                       const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Waits against the service's target (100 % = the target)"));
    auto *bars = new QBarSeries;
    for (const WaitDistribution &w : r.waitDistribution) {
        int total = 0;
        for (int n : w.counts)
            total += n;
        if (total == 0)
            continue;
        auto *set = new QBarSet(serviceName(w.service));
        for (int n : w.counts)
            *set << 100.0 * n / total;
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(bucketLabels(locale));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%.0f %%"_s);
    y->setTitleText(tr("share of the called tickets"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom); // the bucket labels keep the width
    return chart;
}

} // namespace novbe
