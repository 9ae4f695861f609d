#include "chartstab.h"

#include "dashboardformat.h"
#include "reportcharts.h"

#include "app/applink.h"
#include "client/engineclient.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>

using namespace Qt::StringLiterals;

namespace novbe {

ChartsTab::ChartsTab(AppLink *link, QWidget *parent) : QWidget(parent), m_link(link)
{
    auto *grid = new QGridLayout(this);
    m_arrivals = new QChartView;
    m_waiting = new QChartView;
    m_distribution = new QChartView;
    for (QChartView *view : {m_arrivals, m_waiting, m_distribution}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
    }
    grid->addWidget(m_arrivals, 0, 0);
    grid->addWidget(m_waiting, 1, 0);
    grid->addWidget(m_distribution, 0, 1, 2, 1);
    grid->setColumnStretch(0, 55);
    grid->setColumnStretch(1, 45);
    // The centre (its time zone) and the engine's clock are known by then.
    connect(m_link, &AppLink::centreLoaded, this, &ChartsTab::refresh);
    connect(&m_timer, &QTimer::timeout, this, &ChartsTab::refresh);
    m_timer.start(REFRESH_MS);
    render();
}

void ChartsTab::setLanguage(const QString &lang)
{
    m_lang = lang;
    render();
}

void ChartsTab::refresh()
{
    if (!m_link->isReady() || m_pending > 0)
        return;
    const QDate today = m_link->clock().now().toTimeZone(m_link->timeZone()).date();
    m_pending = 2;
    ask(today, &m_today);
    ask(today.addDays(-7), &m_weekAgo);
}

void ChartsTab::ask(const QDate &day, std::optional<Report> *into)
{
    const QJsonObject params{{u"from"_s, day.toString(Qt::ISODate)},
                             {u"to"_s, day.toString(Qt::ISODate)}};
    m_link->client()->call(QString(method::REPORTS_RANGE), params, this,
                           [this, into](const RpcReply &r) {
                               if (auto report = r.ok ? decode<Report>(r.result) : std::nullopt)
                                   *into = std::move(*report);
                               if (--m_pending == 0) {
                                   render();
                                   emit drawn();
                               }
                           });
}

void ChartsTab::render()
{
    const Report empty;
    const Report &today = m_today ? *m_today : empty;
    const Report *before = m_weekAgo ? &*m_weekAgo : nullptr;
    auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    const CentreView &centre = m_link->centre();
    auto serviceName = [&centre, this](const QString &id) {
        const ServiceView *s = centre.service(id);
        return s ? localized(s->name, m_lang) : id;
    };
    replace(m_arrivals, ReportCharts::arrivals(today, before));
    replace(m_waiting, ReportCharts::waiting(today, before));
    replace(m_distribution,
            ReportCharts::waitDistribution(today, serviceName, DashboardFormat::locale(m_lang)));
}

} // namespace novbe
