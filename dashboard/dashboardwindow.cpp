#include "dashboardwindow.h"

#include "actionspanel.h"
#include "alertbell.h"
#include "chartstab.h"
#include "countersgrid.h"
#include "dashboardformat.h"
#include "kpicardsview.h"
#include "languagebuttons.h"
#include "peopletables.h"
#include "reportstab.h"
#include "servicestable.h"

#include "app/applink.h"
#include "app/pausereasons.h"
#include "app/translations.h"
#include "ui/palette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

DashboardWindow::DashboardWindow(AppLink *link, const QString &lang, QWidget *parent)
    : QMainWindow(parent), m_link(link), m_model(lang), m_feed(link, &m_model)
{
    auto *central = new QWidget;
    auto *root = new QVBoxLayout(central);
    root->addWidget(buildHeader());
    m_cards = new KpiCardsView;
    root->addWidget(m_cards);
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildOverview(), QString());
    m_operators = new OperatorsTable;
    m_tabs->addTab(m_operators, QString());
    m_devices = new DevicesTable;
    m_tabs->addTab(m_devices, QString());
    m_actions = new ActionsPanel(link, &m_model);
    m_tabs->addTab(m_actions, QString());
    m_charts = new ChartsTab(link);
    m_tabs->addTab(m_charts, QString());
    m_reports = new ReportsTab(link);
    m_tabs->addTab(m_reports, QString());
    root->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_bell = new AlertBell(this);
    connect(&m_feed, &DashboardFeed::changed, this, &DashboardWindow::render);
    connect(&m_feed, &DashboardFeed::alertRaised, m_bell, &AlertBell::ring);
    setLanguage(lang);
}

QWidget *DashboardWindow::buildHeader()
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setStyleSheet(u"font-size: 26px; font-weight: bold;"_s);
    m_title->setWordWrap(true);
    m_linkLabel = new QLabel;
    m_clock = new QLabel;
    m_clock->setStyleSheet(u"font-size: 22px; margin-left: 16px;"_s);
    row->addWidget(m_title, 1);
    m_languages = new QButtonGroup(this);
    addLanguageButtons(row, m_languages, [this](const QString &lang) { setLanguage(lang); });
    row->addSpacing(16);
    row->addWidget(m_linkLabel);
    row->addWidget(m_clock);
    return header;
}

QWidget *DashboardWindow::buildOverview()
{
    auto *page = new QWidget;
    auto *row = new QHBoxLayout(page);
    m_services = new ServicesTable;
    row->addWidget(m_services, 68);
    auto *side = new QVBoxLayout;
    m_counters = new CountersGrid;
    side->addWidget(m_counters);
    m_alertsTitle = new QLabel;
    m_alertsTitle->setStyleSheet(u"font-size: 20px; font-weight: bold;"_s);
    side->addWidget(m_alertsTitle);
    m_alerts = new QListWidget;
    m_alerts->setWordWrap(true);
    m_alerts->setSpacing(3);
    side->addWidget(m_alerts, 1);
    m_ack = new QPushButton;
    m_ack->setObjectName(u"acknowledge"_s);
    connect(m_ack, &QPushButton::clicked, this, &DashboardWindow::acknowledgeAlert);
    side->addWidget(m_ack);
    row->addLayout(side, 32);
    return page;
}

void DashboardWindow::start()
{
    m_feed.start();
}

void DashboardWindow::setLanguage(const QString &lang)
{
    Translations::ofCatalog(PauseReasons::catalog()).install(lang);
    const QString set = Translations::ofCatalog(u"dashboard"_s).install(lang);
    m_model.setLanguage(set);
    m_reports->setLanguage(set);
    m_charts->setLanguage(set);
    for (QAbstractButton *button : m_languages->buttons())
        button->setChecked(button->objectName() == u"lang-"_s + set);
    retranslate(); // LanguageChange comes later, posted; label at once
    render();
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QMainWindow::changeEvent(event);
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Növbə — centre dashboard"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Operators"));
    m_tabs->setTabText(2, tr("Devices"));
    m_tabs->setTabText(m_tabs->indexOf(m_actions), tr("Actions"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Charts"));
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Reports"));
    m_alertsTitle->setText(tr("Alerts"));
    m_ack->setText(tr("Acknowledge"));
    m_ack->setToolTip(tr("Acknowledge the selected alert (or the newest one): the sound stops"));
    m_services->retranslate();
    m_operators->retranslate();
    m_devices->retranslate();
    m_actions->retranslate();
}

void DashboardWindow::render()
{
    const QDateTime now = m_link->clock().now();
    const QLocale locale = DashboardFormat::locale(m_model.language());
    renderHeader(now);
    m_cards->render(m_model.cards(), m_model.targets(), locale);
    m_services->render(m_model, now, m_link->timeZone(), locale);
    m_counters->render(m_model.counters(now), now);
    m_operators->render(m_model, locale);
    m_devices->render(m_model.devices(), now, m_link->timeZone());
    m_actions->render();
    renderAlerts();
}

void DashboardWindow::renderHeader(const QDateTime &now)
{
    m_title->setText(m_model.centreName());
    m_clock->setText(now.toTimeZone(m_link->timeZone()).toString(u"dd.MM.yyyy  HH:mm"_s));
    const bool up = m_link->isReady();
    const bool refused = !up && !m_link->client()->lastFailure().isEmpty();
    m_linkLabel->setText(up            ? tr("● connected")
                             : refused ? tr("● engine certificate refused — see the log")
                                       : tr("● engine unreachable — reconnecting"));
    m_linkLabel->setStyleSheet(
        u"color: %1; font-size: 16px;"_s.arg(palette::hex(up ? palette::OK : palette::FAULT)));
}

void DashboardWindow::renderAlerts()
{
    const qint64 selected = m_alerts->currentItem()
        ? m_alerts->currentItem()->data(Qt::UserRole).toLongLong()
        : 0;
    m_alerts->clear();
    const QTimeZone zone = m_link->timeZone();
    bool waiting = false;
    for (const Alert &a : m_model.alerts()) {
        QString text = u"%1  %2\n%3"_s.arg(a.at.toTimeZone(zone).toString(u"HH:mm"_s), a.text,
                                           a.action);
        if (a.ackedAt.isValid())
            text += u"\n"_s
                + tr("✓ acknowledged by %1 at %2")
                      .arg(a.ackedBy, a.ackedAt.toTimeZone(zone).toString(u"HH:mm"_s));
        auto *item = new QListWidgetItem(text.trimmed());
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(a.message);
        item->setForeground(
            palette::color(a.level == AlertLevel::Fault ? palette::FAULT : palette::WARNING_TEXT));
        m_alerts->addItem(item);
        if (a.id == selected)
            m_alerts->setCurrentItem(item);
        waiting = waiting || !a.ackedAt.isValid();
    }
    m_ack->setEnabled(waiting);
    m_bell->setUnacknowledged(waiting);
    if (m_alerts->count() == 0)
        m_alerts->addItem(tr("No alerts: every printer, display and queue is fine."));
}

void DashboardWindow::acknowledgeAlert()
{
    const std::vector<Alert> alerts = m_model.alerts();
    const qint64 selected = m_alerts->currentItem()
        ? m_alerts->currentItem()->data(Qt::UserRole).toLongLong()
        : 0;
    for (const Alert &a : alerts) {
        if (a.id == selected && !a.ackedAt.isValid())
            return m_feed.acknowledge(a.id);
    }
    for (const Alert &a : alerts) {
        if (!a.ackedAt.isValid())
            return m_feed.acknowledge(a.id);
    }
}

} // namespace novbe
