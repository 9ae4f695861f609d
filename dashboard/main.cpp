// novbe-dashboard: the centre manager's live view.
#include "dashboardoptions.h"
#include "dashboardwindow.h"

#include "app/applink.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("novbe-dashboard"));
    const std::optional<novbe::DashboardOptions> options = novbe::parseDashboardOptions(app);
    if (!options)
        return 2;
    novbe::AppLink link(options->connection, QStringLiteral("novbe-dashboard"));
    novbe::DashboardWindow window(&link, options->lang);
    return novbe::runDashboard(window, *options);
}
