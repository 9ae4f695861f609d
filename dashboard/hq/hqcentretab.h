#pragma once

// The drill-down into one centre: its queues now and its day so far per
// service and per operator (from hq.queues and hq.kpi_day), in the centre
// report's tables.

#include "hqfeed.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace novbe {

class ReportTableView;

class HqCentreTab : public QWidget
{
    Q_OBJECT

public:
    explicit HqCentreTab(QWidget *parent = nullptr);
    void setLanguage(const QString &lang) { m_lang = lang; }
    void retranslate();
    void render(const HqSnapshot &snapshot);
    void choose(const QString &centreId); // selects it in the list (emits centreChosen)

    QComboBox *centres() const { return m_centres; }
    ReportTableView *services() const { return m_services; }
    ReportTableView *operators() const { return m_operators; }

signals:
    void centreChosen(const QString &centreId);

private:
    QString queuesText(const HqSnapshot &snapshot) const;

    QString m_lang = QStringLiteral("az");
    QLabel *m_chooseLabel = nullptr;
    QComboBox *m_centres = nullptr;
    QLabel *m_day = nullptr;
    QLabel *m_queues = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QLabel *m_operatorsTitle = nullptr;
    ReportTableView *m_services = nullptr;
    ReportTableView *m_operators = nullptr;
    HqSnapshot m_last;
};

} // namespace novbe
