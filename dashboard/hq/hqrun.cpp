#include "hqrun.h"

#include "dashboardoptions.h"
#include "hqwindow.h"
#include "pgconn.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

int runHqDashboard(const DashboardOptions &options)
{
    applyAppStyle(*qApp, u"dashboard"_s, 15);
    HqFeed feed({options.hq, options.hqPassword, options.refreshMs});
    HqWindow window(&feed, hq::PgConnection::describe(options.hq), options.lang);
    window.resize(1920, 1080);
    if (options.screenshot.isEmpty()) {
        window.showMaximized();
        window.start();
        return QApplication::exec();
    }
    window.show();
    auto shoot = [&window, path = options.screenshot] {
        window.grab().save(path);
        QApplication::quit();
    };
    QObject::connect(&feed, &HqFeed::refreshed, &window, shoot, Qt::QueuedConnection);
    QObject::connect(&feed, &HqFeed::linkChanged, &window, shoot, Qt::QueuedConnection);
    window.start();
    return QApplication::exec();
}

} // namespace novbe
