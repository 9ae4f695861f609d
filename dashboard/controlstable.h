#pragma once

// The services as the manager controls them: waiting now, whether the kiosks
// issue tickets for it (open, closed by the manager, closed by the cut-off
// or its hours) and today's cut-off. One row can be selected: the actions
// panel acts on it.

#include "dashboardtable.h"

#include <QTimeZone>

namespace novbe {

// A service's control state as the dashboard shows it.
struct ControlRow
{
    QString id;
    QString name;
    int waiting = 0;
    bool open = true;            // takes new tickets now
    bool closed = false;         // closed by the manager
    std::optional<QTime> cutoff; // today's cut-off
};

class ControlsTable : public DashboardTable
{
    Q_OBJECT

public:
    explicit ControlsTable(QWidget *parent = nullptr);
    void retranslate();
    void render(const std::vector<ControlRow> &rows, const QLocale &locale);
    // The selected service's id ("" when none).
    QString selectedService() const;
    void selectService(const QString &id);

    // "Open", "Closed by the manager", "No new tickets after 16:30", ...
    static QString stateText(const ControlRow &row);
};

} // namespace novbe
