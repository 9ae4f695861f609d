#include "hqcentrestable.h"

#include "dashboardformat.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int LIVE_SEC = 60;       // heard from within a minute: live
constexpr int QUIET_SEC = 15 * 60; // up to 15 min: quiet (an idle centre sends nothing)

enum Column { Name, Link, Age, Waiting, Longest, Served, Sla, Rating, Alerts, Count };

Level linkLevel(CentreLink l)
{
    switch (l) {
        case CentreLink::Live: return Level::Ok;
        case CentreLink::Quiet: return Level::Warning;
        case CentreLink::Silent: return Level::Fault;
        case CentreLink::Never: break;
    }
    return Level::Neutral;
}

} // namespace

CentreLink centreLink(int heardAgoSec)
{
    if (heardAgoSec < 0)
        return CentreLink::Never;
    if (heardAgoSec <= LIVE_SEC)
        return CentreLink::Live;
    return heardAgoSec <= QUIET_SEC ? CentreLink::Quiet : CentreLink::Silent;
}

HqCentresTable::HqCentresTable(QWidget *parent) : DashboardTable(Count, {Name}, parent)
{
    setObjectName(u"hq-centres"_s);
    connect(this, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit centreChosen(centreAt(row)); });
}

void HqCentresTable::retranslate()
{
    setHeaders({tr("Centre"), tr("Link to HQ"), tr("Newest\nfigure"), tr("Waiting"),
                tr("Longest wait /\ntarget"), tr("Served\ntoday"), tr("Called within\ntarget"),
                tr("Average\nrating"), tr("Alerts")});
}

QString HqCentresTable::linkText(const hq::CentreStatus &c) const
{
    switch (centreLink(c.heardAgoSec)) {
        case CentreLink::Live: return tr("Live");
        case CentreLink::Quiet:
            return tr("Quiet for %1").arg(DashboardFormat::duration(c.heardAgoSec));
        case CentreLink::Silent:
            return tr("No contact for %1").arg(DashboardFormat::duration(c.heardAgoSec));
        case CentreLink::Never: break;
    }
    return tr("Never connected");
}

QString HqCentresTable::centreAt(int row) const
{
    const QTableWidgetItem *cell = item(row, Name);
    return cell ? cell->data(Qt::UserRole).toString() : QString();
}

void HqCentresTable::render(const std::vector<hq::CentreStatus> &centres, const QLocale &locale)
{
    beginFill(int(centres.size()));
    for (int r = 0; r < int(centres.size()); ++r) {
        const hq::CentreStatus &c = centres[size_t(r)];
        const QString name = (c.name.isEmpty() ? c.id : c.name)
            + (c.mobile ? u" · "_s + tr("mobile") : QString());
        setCell(r, Name, name, name);
        item(r, Name)->setData(Qt::UserRole, c.id);
        item(r, Name)->setToolTip(c.id);
        setCell(r, Link, linkText(c), c.heardAgoSec, linkLevel(centreLink(c.heardAgoSec)));
        setCell(r, Age,
                c.eventAgoSec < 0 ? DashboardFormat::none()
                                  : tr("%1 ago").arg(DashboardFormat::duration(c.eventAgoSec)),
                c.eventAgoSec);
        setCell(r, Waiting, locale.toString(c.waiting), c.waiting);
        const int wait = c.longestWaitSec.value_or(0);
        const QString target = c.longestTargetSec > 0
            ? DashboardFormat::duration(c.longestTargetSec)
            : DashboardFormat::none();
        setCell(r, Longest,
                c.longestWaitSec ? u"%1 / %2"_s.arg(DashboardFormat::duration(wait), target)
                                 : DashboardFormat::none(),
                wait,
                c.longestWaitSec ? CardTargets::waitLevel(wait, c.longestTargetSec / 60)
                                 : Level::Neutral);
        setCell(r, Served, locale.toString(c.servedToday), c.servedToday);
        setCell(r, Sla, DashboardFormat::percent(c.slaPct, locale), c.slaPct,
                CardTargets().slaLevel(c.slaPct));
        const double rating = c.avgRating.value_or(0.0);
        setCell(r, Rating, DashboardFormat::rating(rating, c.feedbackToday, locale), rating,
                CardTargets().ratingLevel(rating, c.feedbackToday));
        setCell(r, Alerts, locale.toString(c.activeAlerts), c.activeAlerts,
                c.activeAlerts > 0 ? Level::Fault : Level::Ok);
    }
    endFill();
}

} // namespace novbe
