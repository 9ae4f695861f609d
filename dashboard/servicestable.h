#pragma once

// Every service with its queue and today's figures; the name wraps, never cut.

#include "dashboardtable.h"

class QLocale;

namespace novbe {

class ServicesTable : public DashboardTable
{
    Q_OBJECT

public:
    explicit ServicesTable(QWidget *parent = nullptr);
    void retranslate();
    void render(const std::vector<ServiceRow> &rows, const CardTargets &targets,
                const QLocale &locale);
};

} // namespace novbe
