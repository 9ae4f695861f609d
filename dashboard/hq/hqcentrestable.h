#pragma once

// Every centre on one screen (the HQ dashboard's first tab): waiting,
// longest wait against its target, served today, SLA %, rating, alerts, the
// centre's link to HQ and how old HQ's newest figure of it is.

#include "dashboardtable.h"
#include "hqoverview.h"

class QLocale;

namespace novbe {

// A centre's link, judged by how long ago HQ last heard from its uplink.
enum class CentreLink { Live, Quiet, Silent, Never };
CentreLink centreLink(int heardAgoSec);

class HqCentresTable : public DashboardTable
{
    Q_OBJECT

public:
    explicit HqCentresTable(QWidget *parent = nullptr);
    void retranslate();
    void render(const std::vector<hq::CentreStatus> &centres, const QLocale &locale);
    // The centre id of `row` (rows may be sorted).
    QString centreAt(int row) const;

signals:
    void centreChosen(const QString &centreId); // a row double-clicked

private:
    QString linkText(const hq::CentreStatus &c) const;
};

} // namespace novbe
