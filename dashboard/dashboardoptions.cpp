#include "dashboardoptions.h"

#include "dashboardwindow.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

std::optional<DashboardOptions> parseDashboardOptions(const QStringList &arguments, int *exitCode)
{
    *exitCode = 2;
    QCommandLineParser p;
    p.setApplicationDescription(u"Növbə centre dashboard (manager role)."_s);
    p.addHelpOption();
    ConnectionOptions::addTo(p);
    p.addOptions({{u"lang"_s, u"Language: az, en or ru (default az)."_s, u"LANG"_s},
                  {u"screenshot"_s, u"Render offscreen to PATH.png once data is in, then exit."_s,
                   u"PATH"_s}});
    if (!p.parse(arguments)) {
        QTextStream(stderr) << "novbe-dashboard: " << p.errorText() << '\n';
        return std::nullopt;
    }
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << p.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    QString error;
    std::optional<ConnectionOptions> connection = ConnectionOptions::read(p, &error);
    if (connection && !connection->missingCredentials().isEmpty())
        error = connection->missingCredentials();
    if (!error.isEmpty()) {
        QTextStream(stderr) << "novbe-dashboard: " << error << '\n';
        return std::nullopt;
    }
    DashboardOptions o{*connection, p.value(u"lang"_s), p.value(u"screenshot"_s)};
    if (o.lang.isEmpty())
        o.lang = u"az"_s;
    return o;
}

int runDashboard(DashboardWindow &window, const DashboardOptions &options)
{
    applyAppStyle(*qApp, u"dashboard"_s, 15);
    window.resize(1920, 1080);
    window.start();
    if (options.screenshot.isEmpty()) {
        window.showMaximized();
        return QApplication::exec();
    }
    window.show();
    QTimer::singleShot(2500, &window, [&window, path = options.screenshot] {
        window.render();
        window.grab().save(path);
        QApplication::quit();
    });
    return QApplication::exec();
}

} // namespace novbe
