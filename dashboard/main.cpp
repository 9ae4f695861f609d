// novbe-dashboard: the centre manager's live view, or (--hq) the national view.
#include "dashboardoptions.h"
#include "dashboardwindow.h"
#include "hqrun.h"

#include "app/applink.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QStringList arguments; // parsed before QApplication: --help needs no screen
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    int exitCode = 0;
    const std::optional<novbe::DashboardOptions> options = novbe::parseDashboardOptions(arguments,
                                                                                        &exitCode);
    if (!options)
        return exitCode;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("novbe-dashboard"));
    if (!options->hq.isEmpty())
        return novbe::runHqDashboard(*options);
    novbe::AppLink link(options->connection, QStringLiteral("novbe-dashboard"));
    novbe::DashboardWindow window(&link, options->lang);
    return novbe::runDashboard(window, *options);
}
