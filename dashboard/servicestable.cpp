#include "servicestable.h"

#include "dashboardformat.h"

#include <QTimeZone>

#include <climits>

using namespace Qt::StringLiterals;

namespace novbe {

ServicesTable::ServicesTable(QWidget *parent) : DashboardTable(11, {0}, parent)
{
    retranslate();
}

void ServicesTable::retranslate()
{
    // Headers may break into lines ("\n"): the names need the width.
    setHeaders({tr("Service", "table column"), tr("Waiting", "table column"),
                tr("Longest\nwait", "table column"), tr("Average\nwait", "table column"),
                tr("Average\nservice", "table column"), tr("Called within\ntarget", "table column"),
                tr("No-show", "table column"), tr("Issued /\nserved", "table column"),
                tr("Open\ncounters", "table column"), tr("Queue\nclears", "table column"),
                tr("Stop issuing\nat", "table column")});
}

void ServicesTable::render(const DashboardModel &model, const QDateTime &now, const QTimeZone &zone,
                           const QLocale &locale)
{
    const std::vector<ServiceRow> rows = model.services();
    const CardTargets &targets = model.targets();
    beginFill(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const ServiceRow &r = rows[size_t(i)];
        // Queues are coloured only while someone waits.
        const Level wait = r.waiting ? CardTargets::waitLevel(r.longestWaitSec, r.targetWaitMin)
                                     : Level::Neutral;
        const bool called = r.served + r.noShow > 0;
        setCell(i, 0, r.name, r.name);
        setCell(i, 1, locale.toString(r.waiting), r.waiting, wait);
        setCell(i, 2,
                r.waiting ? DashboardFormat::duration(int(r.longestWaitSec))
                          : DashboardFormat::none(),
                r.longestWaitSec, wait);
        setCell(i, 3, DashboardFormat::durationOrNone(r.avgWaitSec), r.avgWaitSec);
        setCell(i, 4, DashboardFormat::durationOrNone(r.avgServiceSec), r.avgServiceSec);
        // Shares over nobody are no figure: "–", not 100 % or 0 %.
        setCell(i, 5, called ? DashboardFormat::percent(r.slaPct, locale) : DashboardFormat::none(),
                called ? r.slaPct : -1, called ? targets.slaLevel(r.slaPct) : Level::Neutral);
        setCell(i, 6,
                called ? DashboardFormat::percent(r.noShowPct(), locale) : DashboardFormat::none(),
                called ? r.noShowPct() : -1,
                called ? targets.noShowLevel(r.noShowPct()) : Level::Neutral);
        setCell(i, 7, locale.toString(r.issued) + u" / " + locale.toString(r.served), r.issued);
        setCell(i, 8, locale.toString(r.openCounters), r.openCounters,
                r.waiting && r.openCounters == 0 ? Level::Fault : Level::Neutral);
        renderForecast(i, model.forecast(r, now), r.waiting, zone);
    }
    endFill();
}

void ServicesTable::renderForecast(int row, const Forecast &f, int waiting, const QTimeZone &zone)
{
    auto hhmm = [&zone](const QDateTime &t) { return t.toTimeZone(zone).toString(u"HH:mm"_s); };
    QString clears = DashboardFormat::none();
    if (waiting && f.clears)
        clears = hhmm(f.clearsAt);
    else if (waiting)
        clears = tr("not at this pace");
    setCell(row, 9, clears, f.clears ? f.clearsAt.toSecsSinceEpoch() : INT_MAX,
            !waiting            ? Level::Neutral
                : f.beforeClose ? Level::Ok
                                : Level::Fault);
    const bool stop = f.stopIssuingAt.isValid();
    setCell(row, 10, stop ? hhmm(f.stopIssuingAt) : DashboardFormat::none(),
            stop ? f.stopIssuingAt.toSecsSinceEpoch() : INT_MAX,
            stop ? Level::Fault : Level::Neutral);
}

} // namespace novbe
