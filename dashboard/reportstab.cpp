#include "reportstab.h"

#include "dashboardformat.h"
#include "reportexport.h"
#include "reportrangebar.h"
#include "reporttableview.h"

#include "app/applink.h"
#include "client/engineclient.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

ReportsTab::ReportsTab(AppLink *link, QWidget *parent) : QWidget(parent), m_link(link)
{
    auto *root = new QVBoxLayout(this);
    m_bar = new ReportRangeBar(u"report"_s);
    m_bar->suggestName = [this](const QString &suffix) {
        return u"novbe-report-%1-%2.%3"_s.arg(m_report->from, m_report->to, suffix);
    };
    root->addWidget(m_bar);
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
    connect(m_bar, &ReportRangeBar::showRequested, this, &ReportsTab::request);
    connect(m_bar, &ReportRangeBar::exportRequested, this,
            [this](const QString &path, bool pdf) { pdf ? exportPdf(path) : exportCsv(path); });
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
    m_bar->setDateLocale(locale);
    retranslate();
}

void ReportsTab::retranslate()
{
    m_bar->retranslate();
    render();
}

void ReportsTab::setRange(const QDate &from, const QDate &to)
{
    m_bar->setRange(from, to);
}

void ReportsTab::request()
{
    if (!m_link->isReady())
        return;
    if (m_bar->from() == QDate(2000, 1, 1)) { // never set: the engine's day
        const QDate today = m_link->clock().now().toTimeZone(m_link->timeZone()).date();
        setRange(today, today);
    }
    const QJsonObject params{{u"from"_s, m_bar->from().toString(Qt::ISODate)},
                             {u"to"_s, m_bar->to().toString(Qt::ISODate)}};
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
    m_bar->setExportEnabled(m_report.has_value());
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

} // namespace novbe
