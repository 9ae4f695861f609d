#pragma once

// novbe-dashboard's command line and how it runs (a window, or one screenshot).

#include "app/connectionoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QApplication;

namespace novbe {

class DashboardWindow;

struct DashboardOptions
{
    ConnectionOptions connection;
    QString lang = QStringLiteral("az"); // language of service names and labels
    QString screenshot;                  // render to this PNG after the first data and exit
    // --hq: the national view, read from HQ's PostgreSQL (docs/hq.md) instead
    // of an engine; the connection string is checked, never printed.
    QString hq;
    QByteArray hqPassword; // the first line of --hq-password-file
    int refreshMs = 2000;
};

// Parses `arguments` (argv, program name first) before any QApplication
// exists; prints help or the error and returns nullopt when the program
// should stop, with `exitCode` (0 after --help).
std::optional<DashboardOptions> parseDashboardOptions(const QStringList &arguments, int *exitCode);
// Starts the link, shows the window and runs the event loop.
int runDashboard(DashboardWindow &window, const DashboardOptions &options);

} // namespace novbe
