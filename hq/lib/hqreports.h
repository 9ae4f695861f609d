#pragma once

// Reports read from HQ's derived tables (hq.kpi_day, hq.tickets), never
// from hq.events. A centre's day comes back in the centre's own report shape
// (core/kpi.h), so HQ's figures and the centre's `stats` compare field by
// field.

#include "pgconn.h"

#include "core/centreconfig.h"
#include "core/kpi.h"

#include <QDate>
#include <QString>

#include <vector>

namespace novbe::hq {

// The KPIs of `centreId` on `day`, services and counters in `config`'s order.
Result<Kpis> centreDayKpis(PgConnection &db, const CentreConfig &config, const QString &centreId,
                           const QDate &day);

// One line of a national report: a service (or centre, or operator) over a
// date range, summed over every centre.
struct NationalLine
{
    QString key;  // service id, centre id, or "centre/operator" (ids are per centre)
    QString name; // centre: its name; operator: the name HQ last saw at a counter ("" unknown)
    qint64 issued = 0;
    qint64 served = 0;
    qint64 noShow = 0;
    qint64 cancelled = 0;
    qint64 called = 0;
    qint64 calledInTarget = 0;
    int avgWaitSec = 0;
    int maxWaitSec = 0;
    int avgServiceSec = 0;
    int slaPct = 100;
    int feedbackCount = 0;
    double avgRating = 0.0;
    // The sums behind the figures (the dashboard turns them into the centre
    // report's rows with the core's own rules).
    qint64 waitSumSec = 0;
    qint64 serviceSumSec = 0;
    qint64 ratingSum = 0;
};

enum class NationalBy { Service, Centre, Operator };

// [from, to] inclusive, most issued first; only `centreId`'s rows when given
// (the dashboard's drill-down into a centre).
Result<std::vector<NationalLine>> nationalReport(PgConnection &db, NationalBy by, const QDate &from,
                                                 const QDate &to, const QString &centreId = {});

} // namespace novbe::hq
