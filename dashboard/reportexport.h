#pragma once

// The report's files: CSV (UTF-8 with a byte order mark, so spreadsheet
// programs show Ə, Ş, Ğ; RFC 4180: comma-separated, CRLF, fields with a
// comma, quote or line break in double quotes, quotes doubled) and a
// printable PDF (QPdfWriter, A4 landscape): the centre's name, the range,
// every table and the charts.

#include "core/report.h"

#include <vector>

#include <QByteArray>
#include <QString>

namespace novbe {

struct CentreView;
struct ReportTable;

// One header row ("Group", "Name", the figures), then one row per line of
// every table; durations in seconds, shares with a decimal point.
QByteArray reportCsv(const Report &report, const CentreView &centre, const QString &lang);
// The same for any tables (the HQ dashboard's reports).
QByteArray tablesCsv(const std::vector<ReportTable> &tables);
// One CSV field, quoted when RFC 4180 says so.
QString csvField(const QString &text);
// Writes the PDF to `path`; false when it cannot be written.
bool writeReportPdf(const QString &path, const Report &report, const CentreView &centre,
                    const QString &lang);
// A PDF of `title`, `subtitle` and the tables (the HQ dashboard's reports).
bool writeTablesPdf(const QString &path, const QString &title, const QString &subtitle,
                    const std::vector<ReportTable> &tables);

} // namespace novbe
