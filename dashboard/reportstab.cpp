#include "reportstab.h"

#include "dashboardformat.h"
#include "reportexport.h"
#include "reporttableview.h"

#include "app/applink.h"
#include "client/engineclient.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

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

ReportsTab::ReportsTab(AppLink *link, QWidget *parent) : QWidget(parent), m_link(link)
{
    auto *root = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumWidth(150);
    }
    m_show = new QPushButton;
    m_csv = new QPushButton;
    m_pdf = new QPushButton;
    m_show->setObjectName(u"report-show"_s);
    m_csv->setObjectName(u"report-csv"_s);
    m_pdf->setObjectName(u"report-pdf"_s);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to, m_show})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    root->addLayout(bar);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"font-size: 17px;"_s);
    root->addWidget(m_summary);
    m_groups = new QTabWidget;
    for (int i = 0; i < 5; ++i) {
        m_tables.push_back(new ReportTableView);
        m_groups->addTab(m_tables.back(), QString());
    }
    root->addWidget(m_groups, 1);
    connect(m_show, &QPushButton::clicked, this, &ReportsTab::request);
    connect(m_csv, &QPushButton::clicked, this, [this] { askPath(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askPath(true); });
    // The centre (its time zone) and the engine's clock are known by then.
    connect(m_link, &AppLink::centreLoaded, this, [this] {
        if (!m_report)
            request();
    });
    retranslate();
}

void ReportsTab::setLanguage(const QString &lang)
{
    m_lang = lang;
    const QLocale locale = DashboardFormat::locale(lang);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    }
    retranslate();
}

void ReportsTab::retranslate()
{
    m_fromLabel->setText(ReportTables::tr("From"));
    m_toLabel->setText(ReportTables::tr("to"));
    m_show->setText(ReportTables::tr("Show report"));
    m_csv->setText(ReportTables::tr("Export CSV…"));
    m_pdf->setText(ReportTables::tr("Export PDF…"));
    render();
}

void ReportsTab::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsTab::request()
{
    if (!m_link->isReady())
        return;
    if (m_from->date() == QDate(2000, 1, 1)) { // never set: the engine's day
        const QDate today = m_link->clock().now().toTimeZone(m_link->timeZone()).date();
        setRange(today, today);
    }
    const QJsonObject params{{u"from"_s, m_from->date().toString(Qt::ISODate)},
                             {u"to"_s, m_to->date().toString(Qt::ISODate)}};
    m_link->client()->call(QString(method::REPORTS_RANGE), params, this, [this](const RpcReply &r) {
        if (auto report = r.ok ? decode<Report>(r.result) : std::nullopt) {
            m_report = std::move(*report);
            render();
            emit reportShown();
        } else {
            m_summary->setText(r.ok ? QString() : r.error.message);
        }
    });
}

void ReportsTab::render()
{
    const ReportTables tables(m_link->centre(), m_lang, ReportTables::Style::Screen);
    const Report empty;
    const std::vector<ReportTable> all = tables.tables(m_report ? *m_report : empty);
    for (size_t i = 0; i < all.size(); ++i) {
        m_groups->setTabText(int(i), all[i].title);
        m_tables[i]->fill(all[i]);
    }
    m_csv->setEnabled(m_report.has_value());
    m_pdf->setEnabled(m_report.has_value());
    if (m_report)
        m_summary->setText(tables.rangeText(*m_report) + u" · "_s + tables.summary(*m_report));
}

bool ReportsTab::exportCsv(const QString &path) const
{
    if (!m_report)
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(reportCsv(*m_report, m_link->centre(), m_lang)) >= 0 && file.flush();
}

bool ReportsTab::exportPdf(const QString &path) const
{
    return m_report && writeReportPdf(path, *m_report, m_link->centre(), m_lang);
}

void ReportsTab::askPath(bool pdf)
{
    if (!m_report)
        return;
    const QString name = u"novbe-report-%1-%2.%3"_s.arg(m_report->from, m_report->to,
                                                        pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? m_pdf->text() : m_csv->text(), name,
        pdf ? ReportTables::tr("PDF (*.pdf)") : ReportTables::tr("CSV (*.csv)"));
    if (!path.isEmpty())
        pdf ? exportPdf(path) : exportCsv(path);
}

} // namespace novbe
