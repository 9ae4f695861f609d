#pragma once

// The Reports tab: a date range, the engine's report of it (reports.range)
// as one table per grouping (services, counters, operators, categories,
// hours), and its export to CSV and PDF.

#include "core/report.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace novbe {

class AppLink;
class ReportRangeBar;
class ReportTableView;

class ReportsTab : public QWidget
{
    Q_OBJECT

public:
    // `link` must outlive the tab.
    explicit ReportsTab(AppLink *link, QWidget *parent = nullptr);

    void setLanguage(const QString &lang);
    void retranslate();
    // The range (default: the engine's service day, once known).
    void setRange(const QDate &from, const QDate &to);
    // Asks the engine for the report of the range.
    void request();
    // Writes the report shown; false when none is shown or the file fails.
    bool exportCsv(const QString &path) const;
    bool exportPdf(const QString &path) const;

    const std::optional<Report> &report() const { return m_report; }
    QTabWidget *groups() const { return m_groups; }

signals:
    // A report came and is shown.
    void reportShown();

private:
    void render();

    AppLink *m_link;
    QString m_lang = QStringLiteral("az");
    ReportRangeBar *m_bar = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_groups = nullptr;
    std::vector<ReportTableView *> m_tables;
    std::optional<Report> m_report;
};

} // namespace novbe
