#pragma once

// The operators' figures of today and every device's health.

#include "dashboardtable.h"

class QLocale;

namespace novbe {

class OperatorsTable : public DashboardTable
{
    Q_OBJECT

public:
    explicit OperatorsTable(QWidget *parent = nullptr);
    void retranslate();
    void render(const DashboardModel &model, const QLocale &locale);
};

class DevicesTable : public DashboardTable
{
    Q_OBJECT

public:
    explicit DevicesTable(QWidget *parent = nullptr);
    void retranslate();
    void render(const std::vector<DeviceView> &devices, const QDateTime &now,
                const QTimeZone &zone);
    // A printer state as the manager reads it ("out of paper").
    static QString printerText(const QString &state);
    // How a device stands: offline kiosks and displays and printer faults are red.
    static Level level(const DeviceView &device);
};

} // namespace novbe
