#pragma once

// The report (reports.range) as tables of text: one table per grouping
// (services, counters, operators, categories, hours) with the same columns.
// The one place that decides what the Reports tab, the CSV and the PDF show:
// on screen and on paper figures are in the locale (durations "12 min"),
// in the CSV plain numbers (seconds, a decimal point) for spreadsheets.

#include "core/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

namespace novbe {

struct CentreView;

struct ReportTable
{
    QString title;
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<std::vector<QVariant>> sortKeys; // per cell, the number behind it
};

class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(novbe::ReportTables)

public:
    enum class Style { Screen, Csv };
    // Names of services, counters and categories from the centre, in `lang`.
    ReportTables(const CentreView &centre, const QString &lang, Style style);

    std::vector<ReportTable> tables(const Report &report) const;
    // One table of any rows, each (its name, its figures): the HQ
    // dashboard's national and centre reports (hqreportadapter.h).
    ReportTable table(const QString &title, const QString &firstHeader,
                      const std::vector<std::pair<QString, ReportRow>> &rows) const;
    // "Total: 5 issued, 3 served, ..." (screen style).
    QString summary(const Report &report) const;
    // "01.11.2026 – 30.11.2026 (30 days)".
    QString rangeText(const Report &report) const;

private:
    QStringList headers(const QString &first) const;
    void addRow(ReportTable &table, const QString &name, const ReportRow &row) const;
    QString duration(int sec) const;
    QString percent(double pct, bool any) const;
    QString pausesText(const ReportRow &row) const;

    const CentreView &m_centre;
    QString m_lang;
    Style m_style;
    QLocale m_locale;
};

} // namespace novbe
