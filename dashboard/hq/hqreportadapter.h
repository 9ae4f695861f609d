#pragma once

// HQ's figures (hq/lib/hqreports.h) in the centre report's shapes: each
// NationalLine becomes a ReportRow by the core's own rules (reportRow() of
// its sums), and the tables are the centre dashboard's (ReportTables), so
// the screen, the CSV and the PDF look and read like a centre's report.
// Not kept at HQ: the waits' histogram and pauses, so HQ's tables leave out
// the "90 % waited at most", "Paused" and "Pauses by reason" columns.

#include "hqfeed.h"
#include "reporttables.h"

namespace novbe {

ReportRow reportRowOf(const hq::NationalLine &line);

// The columns of HQ's tables (the centre report's without the three above).
inline constexpr int HQ_REPORT_COLUMNS = 12;

class HqReportTables
{
    Q_DECLARE_TR_FUNCTIONS(novbe::HqReportTables)

public:
    HqReportTables(const QString &lang, ReportTables::Style style);

    // Services (with the national total), centres, operators.
    std::vector<ReportTable> national(const HqReport &report) const;
    // A centre's day: services (with its total), operators.
    std::vector<ReportTable> centreDay(const HqSnapshot &snapshot) const;
    // "01.11.2026 – 30.11.2026 (days: 30)".
    QString rangeText(const QDate &from, const QDate &to) const;

private:
    ReportTable services(const std::vector<hq::NationalLine> &lines) const;
    ReportTable operators(const std::vector<hq::NationalLine> &lines) const;

    ReportTables m_tables;
};

} // namespace novbe
