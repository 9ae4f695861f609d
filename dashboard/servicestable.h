#pragma once

// Every service with its queue and today's figures; the name wraps, never cut.

#include "dashboardtable.h"

class QLocale;
class QTimeZone;

namespace novbe {

class ServicesTable : public DashboardTable
{
    Q_OBJECT

public:
    explicit ServicesTable(QWidget *parent = nullptr);
    void retranslate();
    void render(const DashboardModel &model, const QDateTime &now, const QTimeZone &zone,
                const QLocale &locale);

private:
    void renderForecast(int row, const Forecast &forecast, int waiting, const QTimeZone &zone);
};

} // namespace novbe
