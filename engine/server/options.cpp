#include "options.h"

#include "exitcodes.h"

#include "protocol/codec.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// QTimer takes an int of milliseconds (~24.8 days).
constexpr int MAX_CHECK_INTERVAL_SEC = std::numeric_limits<int>::max() / 1000;

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Növbə queue engine: serves protocol v1 (JSON-RPC 2.0 over NDJSON/TCP) for one "
        "centre and keeps its state in a SQLite file.\n\n"
        "Signals: SIGTERM/SIGINT finish the current batch and exit 0; SIGHUP reloads the "
        "centre config (an invalid file is refused and logged).\n"
        "Exit codes: 0 ok, 1 usage, 2 invalid config, 3 storage error, 4 cannot listen."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"config"_s, u"Centre configuration file (JSON)."_s, u"PATH"_s},
        {u"db"_s, u"SQLite database file (created if absent)."_s, u"PATH"_s},
        {u"listen"_s, u"Listen address, default 127.0.0.1:7400; port 0 picks a free port."_s,
         u"HOST:PORT"_s},
        {u"port-file"_s, u"Write the bound port (decimal + newline) here once listening."_s,
         u"PATH"_s},
        {u"log-level"_s, u"debug, info (default) or warning."_s, u"LEVEL"_s},
        {u"backup"_s,
         u"Write an online backup of --db (the engine may be running) to DEST "
         "and exit."_s,
         u"DEST"_s},
        {u"check"_s,
         u"Run PRAGMA integrity_check on --db (the engine may be running), print "
         "\"ok\" or the problems and exit: 0 sound, 3 damaged or unreadable."_s},
        {u"check-config"_s,
         u"Validate the centre configuration file at PATH, print every problem "
         "(or \"ok\") and exit: 0 valid, 2 invalid. Needs no --db and opens none."_s,
         u"PATH"_s},
        {u"migrate-backup-dir"_s,
         u"Upgrade --db to this program's schema and exit: when its schema is "
         "older, first write a backup of it into DIR. A newer schema is "
         "refused (exit 3)."_s,
         u"DIR"_s},
        {u"check-interval-sec"_s,
         u"Run PRAGMA quick_check in the background this often "
         "(default 21600; the first one a minute after start; 0 = "
         "never). A failure is logged and alerted to managers."_s,
         u"SEC"_s},
        {u"clock-start"_s,
         u"Demos: the engine clock starts at this ISO 8601 time and runs "
         "in real time."_s,
         u"TIME"_s},
        {u"hello-timeout-ms"_s,
         u"Close connections without session.hello after this many "
         "milliseconds (default 10000)."_s,
         u"MS"_s},
        {u"stall-timeout-ms"_s,
         u"Close connections that read none of their unsent answers and "
         "events for this many milliseconds (default 60000)."_s,
         u"MS"_s},
    });
}

ParsedOptions usageError(const QString &message)
{
    return ParsedOptions{std::nullopt, message, EXIT_USAGE};
}

std::optional<QString> applyValues(const QCommandLineParser &parser, EngineOptions &o)
{
    o.configPath = parser.value(u"config"_s);
    o.dbPath = parser.value(u"db"_s);
    o.portFile = parser.value(u"port-file"_s);
    o.backupDest = parser.value(u"backup"_s);
    if (parser.isSet(u"log-level"_s))
        o.logLevel = parser.value(u"log-level"_s);
    if (!QStringList{u"debug"_s, u"info"_s, u"warning"_s}.contains(o.logLevel))
        return u"--log-level must be debug, info or warning"_s;
    if (parser.isSet(u"listen"_s) && !parseListenAddress(parser.value(u"listen"_s), o.host, o.port))
        return u"--listen must be HOST:PORT, e.g. 127.0.0.1:7400"_s;
    if (parser.isSet(u"clock-start"_s)) {
        o.clockStart = parseIsoTime(parser.value(u"clock-start"_s));
        if (!o.clockStart.isValid())
            return u"--clock-start must be an ISO 8601 time with a zone"_s;
    }
    for (const auto &[name, value] : {std::pair{u"hello-timeout-ms"_s, &o.helloTimeoutMs},
                                      std::pair{u"stall-timeout-ms"_s, &o.stallTimeoutMs}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *value = parser.value(name).toInt(&ok);
        if (!ok || *value < 1)
            return u"--%1 must be a positive integer"_s.arg(name);
    }
    if (parser.isSet(u"check-interval-sec"_s)) {
        bool ok = false;
        o.checkIntervalSec = parser.value(u"check-interval-sec"_s).toInt(&ok);
        if (!ok || o.checkIntervalSec < 0 || o.checkIntervalSec > MAX_CHECK_INTERVAL_SEC)
            return u"--check-interval-sec must be 0..%1 (0 = never)"_s.arg(MAX_CHECK_INTERVAL_SEC);
    }
    o.check = parser.isSet(u"check"_s);
    o.checkConfigPath = parser.value(u"check-config"_s);
    o.migrateBackupDir = parser.value(u"migrate-backup-dir"_s);
    if (parser.isSet(u"check-config"_s))
        return o.checkConfigPath.isEmpty() ? std::optional(u"--check-config needs a PATH"_s)
                                           : std::nullopt;
    if (o.dbPath.isEmpty())
        return u"--db PATH is required"_s;
    if (o.check && !o.backupDest.isEmpty())
        return u"--check and --backup do not go together"_s;
    if (!o.migrateBackupDir.isEmpty() && (o.check || !o.backupDest.isEmpty()))
        return u"--migrate-backup-dir goes with neither --check nor --backup"_s;
    if (o.backupDest.isEmpty() && !o.check && o.migrateBackupDir.isEmpty()
        && o.configPath.isEmpty())
        return u"--config PATH is required"_s;
    return std::nullopt;
}

} // namespace

bool parseListenAddress(const QString &text, QHostAddress &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString hostText = text.left(colon);
    if (hostText.startsWith(u'[') && hostText.endsWith(u']'))
        hostText = hostText.mid(1, hostText.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QHostAddress address;
    if (hostText == "localhost"_L1)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(hostText))
        return false;
    host = address;
    port = quint16(value);
    return true;
}

ParsedOptions parseEngineOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        return ParsedOptions{std::nullopt, parser.helpText(), 0};
    if (parser.isSet(u"version"_s))
        return ParsedOptions{std::nullopt,
                             QCoreApplication::applicationName() + u' '
                                 + QCoreApplication::applicationVersion() + u'\n',
                             0};
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument: "_s + parser.positionalArguments().constFirst());
    EngineOptions options;
    if (auto error = applyValues(parser, options))
        return usageError(*error);
    return ParsedOptions{options, {}, 0};
}

} // namespace novbe
