#include "dashboardoptions.h"

#include "dashboardwindow.h"

#include "app/appstyle.h"
#include "pgconn.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

std::optional<DashboardOptions> hqFailed(const QString &error)
{
    QTextStream(stderr) << "novbe-dashboard: " << error << '\n';
    return std::nullopt;
}

// --hq and its companions; no engine credentials needed.
std::optional<DashboardOptions> parseHqOptions(const QCommandLineParser &p,
                                               const ConnectionOptions &connection, int *exitCode)
{
    *exitCode = 2;
    DashboardOptions o;
    o.connection = connection;
    o.lang = p.value(u"lang"_s);
    o.screenshot = p.value(u"screenshot"_s);
    if (o.lang.isEmpty())
        o.lang = u"az"_s;
    o.hq = p.value(u"hq"_s);
    if (o.hq.trimmed().isEmpty())
        return hqFailed(u"--hq needs HQ's connection string (postgresql://…)"_s);
    if (const QString why = hq::PgConnection::checkConninfo(o.hq); !why.isEmpty())
        return hqFailed(u"--hq is not a valid PostgreSQL connection string: "_s + why);
    if (p.isSet(u"hq-password-file"_s)) {
        QFile file(p.value(u"hq-password-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return hqFailed(u"cannot read --hq-password-file %1: %2"_s.arg(file.fileName(),
                                                                           file.errorString()));
        o.hqPassword = file.readLine().trimmed();
    }
    if (p.isSet(u"refresh-ms"_s)) {
        bool ok = false;
        o.refreshMs = p.value(u"refresh-ms"_s).toInt(&ok);
        if (!ok || o.refreshMs < 1000 || o.refreshMs > 5000)
            return hqFailed(u"--refresh-ms must be 1000 to 5000"_s);
    }
    return o;
}

} // namespace

std::optional<DashboardOptions> parseDashboardOptions(const QStringList &arguments, int *exitCode)
{
    *exitCode = 2;
    QCommandLineParser p;
    p.setApplicationDescription(u"Növbə centre dashboard (manager role)."_s);
    p.addHelpOption();
    ConnectionOptions::addTo(p);
    p.addOptions({{u"lang"_s, u"Language: az, en or ru (default az)."_s, u"LANG"_s},
                  {u"screenshot"_s, u"Render offscreen to PATH.png once data is in, then exit."_s,
                   u"PATH"_s},
                  {u"hq"_s,
                   u"The national view: read every centre from HQ's PostgreSQL (a libpq "
                   "connection string or postgresql:// URI of a novbe_hq_reader role) instead "
                   "of an engine. No password in it: use --hq-password-file, PGPASSFILE or "
                   "~/.pgpass."_s,
                   u"CONNINFO"_s},
                  {u"hq-password-file"_s,
                   u"With --hq: the role's password is the first line of FILE."_s, u"FILE"_s},
                  {u"refresh-ms"_s, u"With --hq: refresh period in ms (1000-5000, default 2000)."_s,
                   u"MS"_s}});
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
    if (p.isSet(u"hq"_s) || p.isSet(u"hq-password-file"_s) || p.isSet(u"refresh-ms"_s))
        return parseHqOptions(p, connection ? *connection : ConnectionOptions{}, exitCode);
    if (connection && !connection->missingCredentials().isEmpty())
        error = connection->missingCredentials();
    if (!error.isEmpty()) {
        QTextStream(stderr) << "novbe-dashboard: " << error << '\n';
        return std::nullopt;
    }
    DashboardOptions o;
    o.connection = *connection;
    o.lang = p.value(u"lang"_s);
    o.screenshot = p.value(u"screenshot"_s);
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
