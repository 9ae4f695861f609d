#include "peopletables.h"

#include "dashboardformat.h"

#include "app/pausereasons.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// Service time against its norm: amber from 20 % over, red from 50 % over.
Level againstNorm(int sec, int norm)
{
    if (norm <= 0 || sec <= 0)
        return Level::Neutral;
    return sec * 10 >= norm * 15 ? Level::Fault
        : sec * 10 >= norm * 12  ? Level::Warning
                                 : Level::Ok;
}

QString pausesText(const std::vector<PauseTotal> &pauses)
{
    QStringList parts;
    for (const PauseTotal &p : pauses)
        parts << u"%1 %2"_s.arg(PauseReasons::label(p.reason), DashboardFormat::duration(p.sec));
    return parts.join(u", "_s);
}

} // namespace

OperatorsTable::OperatorsTable(QWidget *parent) : DashboardTable(9, {0, 8}, parent)
{
    retranslate();
}

void OperatorsTable::retranslate()
{
    setHeaders({tr("Operator", "table column"), tr("Counter", "table column"),
                tr("Served", "table column"), tr("Average\nservice", "table column"),
                tr("Service\nnorm", "table column"), tr("No-shows", "table column"),
                tr("Rating", "table column"), tr("Paused", "table column"),
                tr("Pauses by reason", "table column")});
}

void OperatorsTable::render(const DashboardModel &model, const QLocale &locale)
{
    const std::vector<OperatorKpi> &ops = model.operators();
    beginFill(int(ops.size()));
    for (int i = 0; i < int(ops.size()); ++i) {
        const OperatorKpi &o = ops[size_t(i)];
        const QString counter = o.counter.isEmpty() ? DashboardFormat::none()
                                                    : model.counterName(o.counter);
        setCell(i, 0, o.name, o.name);
        setCell(i, 1, counter, counter);
        setCell(i, 2, locale.toString(o.served), o.served);
        setCell(i, 3, DashboardFormat::durationOrNone(o.avgServiceSec), o.avgServiceSec,
                againstNorm(o.avgServiceSec, o.normServiceSec));
        setCell(i, 4, DashboardFormat::durationOrNone(o.normServiceSec), o.normServiceSec);
        setCell(i, 5, locale.toString(o.noShow), o.noShow);
        setCell(i, 6, DashboardFormat::rating(o.avgRating, o.feedbackCount, locale), o.avgRating,
                model.targets().ratingLevel(o.avgRating, o.feedbackCount));
        setCell(i, 7, DashboardFormat::durationOrNone(o.pauseSec), o.pauseSec);
        setCell(i, 8, pausesText(o.pauses), o.pauseSec);
    }
    endFill();
}

DevicesTable::DevicesTable(QWidget *parent) : DashboardTable(5, {0, 3}, parent)
{
    retranslate();
}

void DevicesTable::retranslate()
{
    setHeaders({tr("Device", "table column"), tr("Kind", "table column"),
                tr("Connection", "table column"), tr("Printer", "table column"),
                tr("Last report", "table column")});
}

QString DevicesTable::printerText(const QString &state)
{
    if (state == u"ok")
        return tr("ok");
    if (state == u"paperLow")
        return tr("paper low");
    if (state == u"paperOut")
        return tr("out of paper");
    if (state == u"coverOpen")
        return tr("cover open");
    if (state == u"offline")
        return tr("not reachable");
    return state.isEmpty() ? DashboardFormat::none() : state;
}

Level DevicesTable::level(const DeviceView &d)
{
    const QString printer = d.printer ? d.printer->state : QString();
    if (d.role != u"counter" && !d.online)
        return Level::Fault;
    if (printer == u"paperOut" || printer == u"coverOpen" || printer == u"offline")
        return Level::Fault;
    if (printer == u"paperLow")
        return Level::Warning;
    return d.online ? Level::Ok : Level::Neutral;
}

void DevicesTable::render(const std::vector<DeviceView> &devices, const QDateTime &now,
                          const QTimeZone &zone)
{
    beginFill(int(devices.size()));
    for (int i = 0; i < int(devices.size()); ++i) {
        const DeviceView &d = devices[size_t(i)];
        const QString kind = d.role == u"kiosk" ? tr("kiosk")
            : d.role == u"display"              ? tr("display")
                                                : tr("desk");
        const QString link = d.online ? tr("online") : tr("offline");
        QString printer = d.printer ? printerText(d.printer->state) : DashboardFormat::none();
        if (d.printer && !d.printer->detail.isEmpty())
            printer += u" (%1)"_s.arg(d.printer->detail);
        const QString seen = d.lastSeen.isValid()
            ? tr("%1 (%2 ago)")
                  .arg(d.lastSeen.toTimeZone(zone).toString(u"HH:mm"_s),
                       DashboardFormat::duration(int(d.lastSeen.secsTo(now))))
            : DashboardFormat::none();
        const Level level = DevicesTable::level(d);
        setCell(i, 0, d.id, d.id, level);
        setCell(i, 1, kind, kind);
        setCell(i, 2, link, int(d.online), level);
        setCell(i, 3, printer, printer);
        setCell(i, 4, seen, d.lastSeen.toMSecsSinceEpoch());
    }
    endFill();
}

} // namespace novbe
