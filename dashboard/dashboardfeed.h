#pragma once

// Keeps the dashboard's model fed: the link's centre, snapshot and events,
// and every REFRESH_MS the answers that have no events (queue.snapshot for
// the longest waits, stats.today, alerts.list, devices.list; stats.operators
// every OPERATORS_EVERY refreshes). The engine's alerts come as alert.*
// events in between.

#include "dashboardmodel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace novbe {

class AppLink;

class DashboardFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int REFRESH_MS = 5000;
    static constexpr int OPERATORS_EVERY = 6;
    static constexpr int WEEK_AGO_EVERY_SEC = 300;

    // `link` and `model` must outlive the feed.
    DashboardFeed(AppLink *link, DashboardModel *model, QObject *parent = nullptr);
    void start();
    // Asks every answer now (operators included).
    void refresh();
    // alerts.ack for alert `id`, then the alerts again.
    void acknowledge(qint64 id);

signals:
    // The model changed: redraw.
    void changed();
    // A round of answers (refresh or timer) is in the model.
    void polled();
    // An alert new to this dashboard and not acknowledged came (ring).
    void alertRaised();

private:
    void poll(bool operators);
    void askAlerts();
    void handleEvent(const novbe::EventView &event);
    // stats.range for the same day last week up to now, every WEEK_AGO_EVERY_SEC.
    void askWeekAgo();

    AppLink *m_link;
    DashboardModel *m_model;
    QTimer m_timer;
    int m_ticks = 0;
    QDateTime m_weekAgoAsked;
    QString m_weekAgoDay;
};

} // namespace novbe
