#pragma once

// The dashboard's charts (Qt Charts), drawn from reports.range answers: the
// Charts tab shows today against the same weekday last week, the PDF report
// its range.

#include "core/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace novbe {

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(novbe::ReportCharts)

public:
    using Names = std::function<QString(const QString &serviceId)>;

    // Arrivals and served per quarter of an hour; `before` (may be null):
    // the same figures of the day to compare with, dashed.
    static QChart *arrivals(const Report &report, const Report *before);
    // Citizens waiting at the end of each quarter of an hour.
    static QChart *waiting(const Report &report, const Report *before);
    // Per service, the share of its called tickets by wait against its
    // target (100 % = the service's targetWaitMin).
    static QChart *waitDistribution(const Report &report, const Names &serviceName,
                                    const QLocale &locale);
    // The bucket names ("≤ 25 %", ..., "> 200 %").
    static QStringList bucketLabels(const QLocale &locale);
};

} // namespace novbe
