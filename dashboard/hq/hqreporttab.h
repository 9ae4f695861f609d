#pragma once

// The national report: a range of service days, HQ's figures per service,
// per centre and per operator summed over every centre, exported to CSV and
// PDF with the centre reports' code (reportexport.h).

#include "hqfeed.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace novbe {

class ReportRangeBar;
class ReportTableView;

class HqReportTab : public QWidget
{
    Q_OBJECT

public:
    explicit HqReportTab(HqFeed *feed, QWidget *parent = nullptr);
    void setLanguage(const QString &lang);
    void retranslate();
    void setRange(const QDate &from, const QDate &to);
    void request(); // asks HQ for the report of the range
    bool exportCsv(const QString &path) const;
    bool exportPdf(const QString &path) const;

    const std::optional<HqReport> &report() const { return m_report; }
    QTabWidget *groups() const { return m_groups; }

signals:
    void reportShown();

private:
    void render();

    HqFeed *m_feed;
    QString m_lang = QStringLiteral("az");
    ReportRangeBar *m_bar = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_groups = nullptr;
    std::vector<ReportTableView *> m_tables;
    std::optional<HqReport> m_report;
};

} // namespace novbe
