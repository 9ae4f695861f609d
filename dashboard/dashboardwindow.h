#pragma once

// The manager's live view: header (centre, language, link, clock), KPI cards,
// and tabs: overview (services, counters, alerts), operators, devices.

#include "dashboardfeed.h"
#include "dashboardmodel.h"

#include <QMainWindow>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace novbe {

class AlertBell;
class AppLink;
class ChartsTab;
class ReportsTab;
class CountersGrid;
class DevicesTable;
class KpiCardsView;
class OperatorsTable;
class ServicesTable;

class DashboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `link` must outlive the window.
    DashboardWindow(AppLink *link, const QString &lang, QWidget *parent = nullptr);

    // Starts the link and the periodic refresh.
    void start();
    DashboardModel &model() { return m_model; }
    DashboardFeed &feed() { return m_feed; }
    // Switches every label, name and number to `lang` (az, en, ru).
    void setLanguage(const QString &lang);
    // Redraws everything from the model at the engine's time.
    void render();

    // For tests and screenshots.
    QTabWidget *tabs() const { return m_tabs; }
    KpiCardsView *cards() const { return m_cards; }
    ServicesTable *servicesTable() const { return m_services; }
    CountersGrid *countersGrid() const { return m_counters; }
    OperatorsTable *operatorsTable() const { return m_operators; }
    DevicesTable *devicesTable() const { return m_devices; }
    QListWidget *alertsList() const { return m_alerts; }
    QPushButton *acknowledgeButton() const { return m_ack; }
    AlertBell *bell() const { return m_bell; }
    ReportsTab *reportsTab() const { return m_reports; }
    ChartsTab *chartsTab() const { return m_charts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildOverview();
    void retranslate();
    void renderHeader(const QDateTime &now);
    void renderAlerts();
    // Acknowledges the selected alert, else the newest one not acknowledged.
    void acknowledgeAlert();

    AppLink *m_link;
    DashboardModel m_model;
    DashboardFeed m_feed;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_linkLabel = nullptr;
    QButtonGroup *m_languages = nullptr;
    KpiCardsView *m_cards = nullptr;
    QTabWidget *m_tabs = nullptr;
    ServicesTable *m_services = nullptr;
    CountersGrid *m_counters = nullptr;
    QLabel *m_alertsTitle = nullptr;
    QListWidget *m_alerts = nullptr;
    QPushButton *m_ack = nullptr;
    AlertBell *m_bell = nullptr;
    OperatorsTable *m_operators = nullptr;
    DevicesTable *m_devices = nullptr;
    ReportsTab *m_reports = nullptr;
    ChartsTab *m_charts = nullptr;
};

} // namespace novbe
