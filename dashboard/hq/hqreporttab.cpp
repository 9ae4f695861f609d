#include "hqreporttab.h"

#include "hqreportadapter.h"
#include "reportexport.h"
#include "reportrangebar.h"
#include "reporttableview.h"

#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int MAX_DAYS = 366;

} // namespace

HqReportTab::HqReportTab(HqFeed *feed, QWidget *parent) : QWidget(parent), m_feed(feed)
{
    auto *root = new QVBoxLayout(this);
    m_bar = new ReportRangeBar(u"hq-report"_s);
    m_bar->setRange(QDate::currentDate(), QDate::currentDate());
    m_bar->suggestName = [this](const QString &suffix) {
        return u"novbe-national-%1-%2.%3"_s.arg(m_report->from.toString(Qt::ISODate),
                                                m_report->to.toString(Qt::ISODate), suffix);
    };
    root->addWidget(m_bar);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    root->addWidget(m_summary);
    m_groups = new QTabWidget;
    for (int i = 0; i < 3; ++i) {
        m_tables.push_back(new ReportTableView(HQ_REPORT_COLUMNS));
        m_groups->addTab(m_tables.back(), QString());
    }
    root->addWidget(m_groups, 1);
    connect(m_bar, &ReportRangeBar::showRequested, this, &HqReportTab::request);
    connect(m_bar, &ReportRangeBar::exportRequested, this,
            [this](const QString &path, bool pdf) { pdf ? exportPdf(path) : exportCsv(path); });
    connect(m_feed, &HqFeed::reportReady, this, [this](const HqReport &r) {
        m_report = r;
        render();
        emit reportShown();
    });
    connect(m_feed, &HqFeed::reportFailed, this, [this](const QString &error) {
        m_summary->setText(tr("The report could not be read: %1").arg(error));
    });
}

void HqReportTab::setLanguage(const QString &lang)
{
    m_lang = lang;
    render();
}

void HqReportTab::retranslate()
{
    m_bar->retranslate();
    render();
}

void HqReportTab::setRange(const QDate &from, const QDate &to)
{
    m_bar->setRange(from, to);
}

void HqReportTab::request()
{
    const QDate from = m_bar->from();
    const QDate to = m_bar->to();
    if (to < from || from.daysTo(to) >= MAX_DAYS) {
        m_summary->setText(
            tr("Choose a range of at most %1 days, the first day first.").arg(MAX_DAYS));
        return;
    }
    m_summary->setText(tr("Reading the report…"));
    m_feed->requestReport(from, to);
}

void HqReportTab::render()
{
    const HqReportTables tables(m_lang, ReportTables::Style::Screen);
    const HqReport empty;
    const std::vector<ReportTable> all = tables.national(m_report ? *m_report : empty);
    for (size_t i = 0; i < all.size(); ++i) {
        m_groups->setTabText(int(i), all[i].title);
        m_tables[i]->fill(all[i]);
    }
    m_bar->setExportEnabled(m_report.has_value());
    if (m_report)
        m_summary->setText(
            tr("All centres, %1").arg(tables.rangeText(m_report->from, m_report->to)));
}

bool HqReportTab::exportCsv(const QString &path) const
{
    if (!m_report)
        return false;
    const HqReportTables tables(m_lang, ReportTables::Style::Csv);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(tablesCsv(tables.national(*m_report))) >= 0 && file.flush();
}

bool HqReportTab::exportPdf(const QString &path) const
{
    if (!m_report)
        return false;
    const HqReportTables tables(m_lang, ReportTables::Style::Screen);
    return writeTablesPdf(path, tr("Növbə — national report"),
                          tr("All centres, %1").arg(tables.rangeText(m_report->from, m_report->to)),
                          tables.national(*m_report));
}

} // namespace novbe
