#pragma once

// The Charts tab: today against the same weekday last week (arrivals and
// served per 15 minutes, citizens waiting over the day) and today's waits
// per service against its target; from reports.range for both days, asked
// when the engine link is ready and every REFRESH_MS.

#include "core/report.h"

#include <QTimer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace novbe {

class AppLink;

class ChartsTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int REFRESH_MS = 60000;

    // `link` must outlive the tab.
    explicit ChartsTab(AppLink *link, QWidget *parent = nullptr);
    void setLanguage(const QString &lang);
    // Asks both days again.
    void refresh();

    bool hasData() const { return m_today.has_value(); }
    const std::optional<Report> &today() const { return m_today; }
    const std::optional<Report> &weekAgo() const { return m_weekAgo; }

signals:
    // Both days came and are drawn.
    void drawn();

private:
    void ask(const QDate &day, std::optional<Report> *into);
    void render();

    AppLink *m_link;
    QString m_lang = QStringLiteral("az");
    QChartView *m_arrivals = nullptr;
    QChartView *m_waiting = nullptr;
    QChartView *m_distribution = nullptr;
    std::optional<Report> m_today;
    std::optional<Report> m_weekAgo;
    int m_pending = 0;
    QTimer m_timer;
};

} // namespace novbe
