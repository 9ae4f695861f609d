#include "hqreporttab.h"

#include "hqreportadapter.h"
#include "reportexport.h"
#include "reporttableview.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    auto *bar = new QHBoxLayout;
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_from = new QDateEdit(QDate::currentDate());
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"dd.MM.yyyy"_s);
    }
    m_show = new QPushButton;
    m_show->setObjectName(u"hq-report-show"_s);
    m_csv = new QPushButton;
    m_pdf = new QPushButton;
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to, m_show})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    root->addLayout(bar);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    root->addWidget(m_summary);
    m_groups = new QTabWidget;
    for (int i = 0; i < 3; ++i) {
        m_tables.push_back(new ReportTableView(HQ_REPORT_COLUMNS));
        m_groups->addTab(m_tables.back(), QString());
    }
    root->addWidget(m_groups, 1);
    connect(m_show, &QPushButton::clicked, this, &HqReportTab::request);
    connect(m_csv, &QPushButton::clicked, this, [this] { askPath(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askPath(true); });
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
    m_fromLabel->setText(ReportTables::tr("From"));
    m_toLabel->setText(ReportTables::tr("to"));
    m_show->setText(ReportTables::tr("Show report"));
    m_csv->setText(ReportTables::tr("Export CSV…"));
    m_pdf->setText(ReportTables::tr("Export PDF…"));
    render();
}

void HqReportTab::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void HqReportTab::request()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
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
    m_csv->setEnabled(m_report.has_value());
    m_pdf->setEnabled(m_report.has_value());
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

void HqReportTab::askPath(bool pdf)
{
    if (!m_report)
        return;
    const QString name = u"novbe-national-%1-%2.%3"_s.arg(m_report->from.toString(Qt::ISODate),
                                                          m_report->to.toString(Qt::ISODate),
                                                          pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? m_pdf->text() : m_csv->text(), name,
        pdf ? ReportTables::tr("PDF (*.pdf)") : ReportTables::tr("CSV (*.csv)"));
    if (!path.isEmpty())
        pdf ? exportPdf(path) : exportCsv(path);
}

} // namespace novbe
