#include "hqcentretab.h"

#include "dashboardformat.h"
#include "hqreportadapter.h"
#include "reporttableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

HqCentreTab::HqCentreTab(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_chooseLabel = new QLabel;
    m_centres = new QComboBox;
    m_centres->setObjectName(u"hq-centre-choice"_s);
    m_centres->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_day = new QLabel;
    m_day->setStyleSheet(u"font-weight: bold;"_s);
    top->addWidget(m_chooseLabel);
    top->addWidget(m_centres);
    top->addSpacing(16);
    top->addWidget(m_day, 1);
    root->addLayout(top);
    m_queues = new QLabel;
    m_queues->setWordWrap(true);
    root->addWidget(m_queues);
    m_servicesTitle = new QLabel;
    m_servicesTitle->setStyleSheet(u"font-size: 18px; font-weight: bold;"_s);
    m_services = new ReportTableView(HQ_REPORT_COLUMNS);
    m_operatorsTitle = new QLabel;
    m_operatorsTitle->setStyleSheet(m_servicesTitle->styleSheet());
    m_operators = new ReportTableView(HQ_REPORT_COLUMNS);
    root->addWidget(m_servicesTitle);
    root->addWidget(m_services, 1);
    root->addWidget(m_operatorsTitle);
    root->addWidget(m_operators, 1);
    connect(m_centres, &QComboBox::activated, this,
            [this](int i) { emit centreChosen(m_centres->itemData(i).toString()); });
}

void HqCentreTab::retranslate()
{
    m_chooseLabel->setText(tr("Centre:"));
    m_servicesTitle->setText(ReportTables::tr("Services"));
    m_operatorsTitle->setText(ReportTables::tr("Operators"));
    render(m_last);
}

void HqCentreTab::choose(const QString &centreId)
{
    const int i = m_centres->findData(centreId);
    if (i >= 0)
        m_centres->setCurrentIndex(i);
    emit centreChosen(centreId);
}

QString HqCentreTab::queuesText(const HqSnapshot &s) const
{
    const QLocale locale = DashboardFormat::locale(m_lang);
    QStringList parts;
    for (const hq::CentreQueue &q : s.queues) {
        parts << tr("%1: %2 waiting (about %3)")
                     .arg(q.service, locale.toString(q.waiting),
                          DashboardFormat::duration(q.etaSec));
    }
    return tr("Waiting now: %1")
        .arg(parts.isEmpty() ? DashboardFormat::none() : parts.join(u" · "_s));
}

void HqCentreTab::render(const HqSnapshot &s)
{
    m_last = s;
    const QString chosen = s.centreId.isEmpty() ? m_centres->currentData().toString() : s.centreId;
    m_centres->clear();
    for (const hq::CentreStatus &c : s.centres)
        m_centres->addItem(c.name.isEmpty() ? c.id : c.name, c.id);
    m_centres->setCurrentIndex(std::max(0, m_centres->findData(chosen)));
    const HqReportTables tables(m_lang, ReportTables::Style::Screen);
    const std::vector<ReportTable> day = tables.centreDay(s);
    m_day->setText(s.centreId.isEmpty()
                       ? tr("Choose a centre (or double-click it on the first tab).")
                       : tr("Today so far: %1").arg(tables.rangeText(s.centreDay, s.centreDay)));
    m_queues->setText(s.centreId.isEmpty() ? QString() : queuesText(s));
    m_services->fill(day[0]);
    m_operators->fill(day[1]);
}

} // namespace novbe
