#pragma once

// The manager's live view: KPI cards, services table, counters grid, alerts.

#include "dashboardmodel.h"

#include "app/applink.h"

#include <QMainWindow>

class QGridLayout;
class QLabel;
class QListWidget;
class QTableWidget;
class QTimer;

namespace novbe {

class AppLink;

class DashboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `link` must outlive the window.
    DashboardWindow(AppLink *link, const QString &lang, QWidget *parent = nullptr);

    // Starts the link and the periodic refresh.
    void start();
    DashboardModel &model() { return m_model; }
    // Redraws everything from the model at time `now`.
    void render(const QDateTime &now);

private:
    void setupUi();
    void setupConnections();
    QWidget *buildCards();
    void refresh();
    void renderCards();
    void renderServices(const QDateTime &now);
    void renderCounters(const QDateTime &now);
    void renderAlerts(const QDateTime &now);
    void handleEvent(const novbe::EventView &event);

    AppLink *m_link;
    DashboardModel m_model;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_linkLabel = nullptr;
    std::vector<QLabel *> m_cards;
    QTableWidget *m_services = nullptr;
    QGridLayout *m_counterGrid = nullptr;
    std::vector<QLabel *> m_counterTiles;
    QListWidget *m_alerts = nullptr;
    QTimer *m_refresh = nullptr;
    bool m_statsDue = false;
};

} // namespace novbe
