#include "reporttables.h"

#include "dashboardformat.h"

#include "app/pausereasons.h"
#include "protocol/readmodel.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace novbe {

ReportTables::ReportTables(const CentreView &centre, const QString &lang, Style style)
    : m_centre(centre)
    , m_lang(lang)
    , m_style(style)
    , m_locale(style == Style::Csv ? QLocale::c() : DashboardFormat::locale(lang))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QStringList ReportTables::headers(const QString &first) const
{
    const bool csv = m_style == Style::Csv;
    auto sec = [csv](const QString &h) -> QString { return csv ? QString(h + tr(" (s)")) : h; };
    return {first,
            tr("Issued", "report column"),
            tr("Served", "report column"),
            tr("No-shows", "report column"),
            tr("No-show\n%", "report column"),
            tr("Cancelled", "report column"),
            sec(tr("Average\nwait", "report column")),
            sec(tr("90 % waited\nat most", "report column")),
            sec(tr("Longest\nwait", "report column")),
            sec(tr("Average\nservice", "report column")),
            tr("Called within\ntarget %", "report column"),
            tr("Average\nrating", "report column"),
            tr("Ratings", "report column"),
            sec(tr("Paused", "report column")),
            tr("Pauses by reason", "report column")};
}

QString ReportTables::duration(int sec) const
{
    if (m_style == Style::Csv)
        return QString::number(sec);
    return DashboardFormat::durationOrNone(sec);
}

QString ReportTables::percent(double pct, bool any) const
{
    if (!any)
        return m_style == Style::Csv ? QString() : DashboardFormat::none();
    const QString number = m_locale.toString(pct, 'f', 1);
    return m_style == Style::Csv ? number : number + u" %"_s;
}

QString ReportTables::pausesText(const ReportRow &row) const
{
    QStringList parts;
    for (const PauseTotal &p : row.pauses)
        parts << u"%1 %2"_s.arg(PauseReasons::label(p.reason), duration(p.sec));
    return parts.join(m_style == Style::Csv ? u"; "_s : u", "_s);
}

void ReportTables::addRow(ReportTable &table, const QString &name, const ReportRow &r) const
{
    const bool ended = r.served + r.noShow > 0;
    const bool rated = r.feedbackCount > 0;
    auto n = [this](int v) { return m_locale.toString(v); };
    table.rows.push_back({name, n(r.issued), n(r.served), n(r.noShow), percent(r.noShowPct, ended),
                          n(r.cancelled), duration(r.avgWaitSec), duration(r.p90WaitSec),
                          duration(r.maxWaitSec), duration(r.avgServiceSec),
                          percent(r.slaPct, r.called > 0),
                          rated ? m_locale.toString(r.avgRating, 'f', 2) : percent(0, false),
                          n(r.feedbackCount), duration(r.pauseSec), pausesText(r)});
    table.sortKeys.push_back({name, r.issued, r.served, r.noShow, r.noShowPct, r.cancelled,
                              r.avgWaitSec, r.p90WaitSec, r.maxWaitSec, r.avgServiceSec, r.slaPct,
                              r.avgRating, r.feedbackCount, r.pauseSec, r.pauseSec});
}

std::vector<ReportTable> ReportTables::tables(const Report &report) const
{
    auto serviceName = [this](const QString &id) {
        const ServiceView *s = m_centre.service(id);
        return s ? localized(s->name, m_lang) : id;
    };
    auto categoryName = [this](const QString &id) {
        const CategoryView *c = m_centre.category(id);
        return c ? localized(c->name, m_lang) : id;
    };
    auto counterName = [this](const QString &id) {
        const CounterView *c = m_centre.counter(id);
        return c ? localized(c->name, m_lang) : id;
    };
    std::vector<ReportTable> out(5);
    out[0] = {tr("Services"), headers(tr("Service", "report column")), {}, {}};
    out[1] = {tr("Counters"), headers(tr("Counter", "report column")), {}, {}};
    out[2] = {tr("Operators"), headers(tr("Operator", "report column")), {}, {}};
    out[3] = {tr("Categories"), headers(tr("Category", "report column")), {}, {}};
    out[4] = {tr("Hours of the day"), headers(tr("Hour", "report column")), {}, {}};
    for (const ReportRow &r : report.services)
        addRow(out[0], serviceName(r.key), r);
    addRow(out[0], tr("All services"), report.total);
    for (const ReportRow &r : report.counters)
        addRow(out[1], counterName(r.key), r);
    for (const ReportRow &r : report.operators)
        addRow(out[2], r.name.isEmpty() ? r.key : r.name, r);
    for (const ReportRow &r : report.categories)
        addRow(out[3], categoryName(r.key), r);
    for (const ReportRow &r : report.hours) {
        const int h = r.key.toInt();
        addRow(out[4],
               u"%1:00–%2:00"_s.arg(h, 2, 10, QLatin1Char('0')).arg(h + 1, 2, 10, QLatin1Char('0')),
               r);
    }
    return out;
}

ReportTable ReportTables::table(const QString &title, const QString &firstHeader,
                                const std::vector<std::pair<QString, ReportRow>> &rows) const
{
    ReportTable out{title, headers(firstHeader), {}, {}};
    for (const auto &[name, row] : rows)
        addRow(out, name, row);
    return out;
}

QString ReportTables::summary(const Report &r) const
{
    return tr("All services: %1 issued, %2 served, average wait %3, %4 called within target")
        .arg(m_locale.toString(r.total.issued), m_locale.toString(r.total.served),
             duration(r.total.avgWaitSec), percent(r.total.slaPct, r.total.called > 0));
}

QString ReportTables::rangeText(const Report &r) const
{
    const QDate from = QDate::fromString(r.from, Qt::ISODate);
    const QDate to = QDate::fromString(r.to, Qt::ISODate);
    const QString format = u"dd.MM.yyyy"_s;
    const QString days = tr("days: %1").arg(m_locale.toString(r.days));
    if (from == to)
        return u"%1 (%2)"_s.arg(m_locale.toString(from, format), days);
    return u"%1 – %2 (%3)"_s.arg(m_locale.toString(from, format), m_locale.toString(to, format),
                                 days);
}

} // namespace novbe
