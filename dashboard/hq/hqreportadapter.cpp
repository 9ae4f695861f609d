#include "hqreportadapter.h"

#include "protocol/readmodel.h"

#include <array>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// HQ knows no service or counter names (the centres' configs stay at the
// centres): the tables name services by id, centres and operators by name.
const CentreView &noNames()
{
    static const CentreView none;
    return none;
}

Tally tallyOf(const hq::NationalLine &l)
{
    Tally t;
    t.issued = int(l.issued);
    t.served = int(l.served);
    t.noShow = int(l.noShow);
    t.cancelled = int(l.cancelled);
    t.called = int(l.called);
    t.calledInTarget = int(l.calledInTarget);
    t.waitSum = l.waitSumSec;
    t.waitMax = l.maxWaitSec;
    t.serviceSum = l.serviceSumSec;
    t.feedbackCount = l.feedbackCount;
    t.ratingSum = l.ratingSum;
    return t;
}

// The centre report's columns HQ has no figures for: pauses by reason,
// paused, 90 % waited at most (from the right, so the indices hold).
constexpr std::array<int, 3> UNKEPT_COLUMNS{14, 13, 7};

ReportTable withoutUnkept(ReportTable t)
{
    for (int c : UNKEPT_COLUMNS) {
        t.headers.removeAt(c);
        for (QStringList &row : t.rows)
            row.removeAt(c);
        for (std::vector<QVariant> &keys : t.sortKeys)
            keys.erase(keys.begin() + c);
    }
    return t;
}

} // namespace

ReportRow reportRowOf(const hq::NationalLine &line)
{
    return reportRow(line.key, tallyOf(line));
}

HqReportTables::HqReportTables(const QString &lang, ReportTables::Style style)
    : m_tables(noNames(), lang, style)
{
}

ReportTable HqReportTables::services(const std::vector<hq::NationalLine> &lines) const
{
    std::vector<std::pair<QString, ReportRow>> rows;
    Tally total;
    for (const hq::NationalLine &l : lines) {
        rows.emplace_back(l.key, reportRowOf(l));
        total.merge(tallyOf(l));
    }
    rows.emplace_back(ReportTables::tr("All services"), reportRow(QString(), total));
    return withoutUnkept(m_tables.table(ReportTables::tr("Services"),
                                        ReportTables::tr("Service", "report column"), rows));
}

ReportTable HqReportTables::operators(const std::vector<hq::NationalLine> &lines) const
{
    std::vector<std::pair<QString, ReportRow>> rows;
    for (const hq::NationalLine &l : lines) {
        const QString who = l.name.isEmpty() ? l.key : u"%1 (%2)"_s.arg(l.name, l.key);
        rows.emplace_back(who, reportRowOf(l));
    }
    return withoutUnkept(m_tables.table(ReportTables::tr("Operators"),
                                        ReportTables::tr("Operator", "report column"), rows));
}

std::vector<ReportTable> HqReportTables::national(const HqReport &report) const
{
    std::vector<std::pair<QString, ReportRow>> centres;
    for (const hq::NationalLine &l : report.centres) {
        const QString name = l.name.isEmpty() ? l.key : u"%1 (%2)"_s.arg(l.name, l.key);
        centres.emplace_back(name, reportRowOf(l));
    }
    return {services(report.services),
            withoutUnkept(m_tables.table(tr("Centres"), tr("Centre", "report column"), centres)),
            operators(report.operators)};
}

std::vector<ReportTable> HqReportTables::centreDay(const HqSnapshot &snapshot) const
{
    return {services(snapshot.services), operators(snapshot.operators)};
}

QString HqReportTables::rangeText(const QDate &from, const QDate &to) const
{
    Report r;
    r.from = from.toString(Qt::ISODate);
    r.to = to.toString(Qt::ISODate);
    r.days = int(from.daysTo(to)) + 1;
    return m_tables.rangeText(r);
}

} // namespace novbe
