// novbe-dashboard: the centre manager's live view.
#include "dashboardwindow.h"

#include "client/engineclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"novbe-dashboard"_s);
    QCommandLineParser p;
    p.setApplicationDescription(u"Növbə centre dashboard (manager role)."_s);
    p.addHelpOption();
    p.addOptions({{u"host"_s, u"Engine host (default 127.0.0.1)."_s, u"HOST"_s},
                  {u"port"_s, u"Engine port (default 7400)."_s, u"PORT"_s},
                  {u"device"_s, u"Manager device id (default dashboard-1)."_s, u"ID"_s},
                  {u"token"_s, u"Device token."_s, u"TOKEN"_s},
                  {u"lang"_s, u"Language of service names: az, en or ru (default az)."_s, u"LANG"_s},
                  {u"screenshot"_s, u"Render offscreen after N ms to PATH.png and exit."_s, u"PATH"_s}});
    p.process(app);
    novbe::EngineClient client;
    client.setEndpoint(p.value(u"host"_s).isEmpty() ? u"127.0.0.1"_s : p.value(u"host"_s),
                       quint16(p.isSet(u"port"_s) ? p.value(u"port"_s).toUInt() : 7400));
    client.setCredentials(p.value(u"device"_s).isEmpty() ? u"dashboard-1"_s : p.value(u"device"_s),
                          p.isSet(u"token"_s) ? p.value(u"token"_s) : u"demo-dashboard-1-token"_s);
    novbe::DashboardWindow window(&client, p.value(u"lang"_s).isEmpty() ? u"az"_s : p.value(u"lang"_s));
    window.resize(1920, 1080);
    if (p.isSet(u"screenshot"_s)) {
        QTimer::singleShot(2500, &app, [&] {
            window.render(QDateTime::currentDateTimeUtc());
            window.grab().save(p.value(u"screenshot"_s));
            app.quit();
        });
    }
    if (p.isSet(u"screenshot"_s))
        window.show();
    else
        window.showMaximized();
    return app.exec();
}
