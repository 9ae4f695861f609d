#include "ctlcommands.h"

#include "ctlclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        u"Talks to a running novbe-engine.\n\nCommands:\n"
        "  issue SERVICE   issue a ticket (--category, --lang)\n"
        "  snapshot        print the queues and counters\n"
        "  watch           print one line per event as it happens (--since, --count)\n"
        "  stats           print today's statistics (manager device)\n"
        "  audit           print the audit trail (manager device; --since, default the\n"
        "                  last 24 hours)\n\n"
        "Exit codes: 0 ok, 1 usage, 2 connection failed, 3 refused by the engine."_s);
    p.addHelpOption();
    ConnectionOptions::addTo(p);
    p.addOptions({
        {u"category"_s, u"issue: priority category (default standard)."_s, u"ID"_s},
        {u"lang"_s, u"issue: language (default az)."_s, u"LANG"_s},
        {u"since"_s,
         u"watch: replay the events after this seq first. audit: from this time on "
         "(ISO 8601, e.g. 2026-12-04T09:00 local or 2026-12-04T05:00Z; or a date)."_s,
         u"SEQ|TIME"_s},
        {u"count"_s, u"watch: exit after this many events."_s, u"N"_s},
        {u"json"_s, u"Print raw JSON results instead of text."_s},
    });
    p.addPositionalArgument(u"command"_s,
                            u"issue | snapshot | watch | stats | audit | close | "
                            "reopen | cutoff | message"_s);
}

bool readCommand(const QCommandLineParser &p, CtlOptions &o, QString &error)
{
    const QStringList args = p.positionalArguments();
    o.command = args.value(0);
    if (o.command == "issue"_L1 && args.size() == 2) {
        o.service = args.at(1);
        return true;
    }
    if (QStringList{u"snapshot"_s, u"watch"_s, u"stats"_s, u"audit"_s}.contains(o.command)
        && args.size() == 1)
        return true;
    if ((o.command == "close"_L1 || o.command == "reopen"_L1) && args.size() == 2) {
        o.service = args.at(1);
        return true;
    }
    if (o.command == "cutoff"_L1 && args.size() == 3) {
        o.service = args.at(1);
        o.text = args.at(2);
        return true;
    }
    if (o.command == "message"_L1 && args.size() == 2) {
        o.text = args.at(1);
        return true;
    }
    error = args.isEmpty() ? u"a command is required"_s
                           : u"usage: novbe-ctl [options] issue SERVICE | snapshot | watch | "
                             "stats | audit | close SERVICE | reopen SERVICE | "
                             "cutoff SERVICE HH:MM|none | message TEXT"_s;
    return false;
}

// audit --since: an ISO 8601 time (local time without an offset) or a date
// (its local midnight); the last 24 hours when not given.
bool readAuditSince(const QCommandLineParser &p, CtlOptions &o, QString &error)
{
    o.auditSince = QDateTime::currentDateTime().addDays(-1);
    if (!p.isSet(u"since"_s))
        return true;
    const QString text = p.value(u"since"_s);
    o.auditSince = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!o.auditSince.isValid())
        o.auditSince = QDate::fromString(text, Qt::ISODate).startOfDay();
    if (!o.auditSince.isValid())
        error = u"--since takes a time (2026-12-04T09:00, 2026-12-04T05:00Z) or a date"_s;
    return o.auditSince.isValid();
}

bool readNumbers(const QCommandLineParser &p, CtlOptions &o, QString &error)
{
    if (o.command == "audit"_L1)
        return readAuditSince(p, o, error);
    bool ok = true;
    if (p.isSet(u"since"_s))
        o.sinceSeq = p.value(u"since"_s).toLongLong(&ok);
    if (ok && p.isSet(u"count"_s))
        o.count = p.value(u"count"_s).toInt(&ok);
    if (!ok)
        error = u"--since and --count take numbers"_s;
    return ok;
}

} // namespace

std::optional<CtlOptions> parseCtlOptions(const QCoreApplication &app, QString *error)
{
    QCommandLineParser p;
    addOptions(p);
    p.process(app);
    CtlOptions o;
    if (!readCommand(p, o, *error) || !readNumbers(p, o, *error))
        return std::nullopt;
    const std::optional<ConnectionOptions> connection = ConnectionOptions::read(p, error);
    if (!connection)
        return std::nullopt;
    if (!connection->missingCredentials().isEmpty()) {
        *error = connection->missingCredentials();
        return std::nullopt;
    }
    o.connection = *connection;
    o.category = p.isSet(u"category"_s) ? p.value(u"category"_s) : o.category;
    o.lang = p.isSet(u"lang"_s) ? p.value(u"lang"_s) : o.lang;
    o.json = p.isSet(u"json"_s);
    return o;
}

int runCtl(const CtlOptions &options)
{
    CtlClient client;
    if (!client.connectTo(options.connection)) {
        QTextStream(stderr) << "novbe-ctl: " << client.error() << '\n';
        return CTL_CONNECTION;
    }
    QTextStream out(stdout);
    if (options.command == "issue"_L1)
        return runIssue(client, options, out);
    if (options.command == "snapshot"_L1)
        return runSnapshot(client, options, out);
    if (options.command == "stats"_L1)
        return runStats(client, options, out);
    if (options.command == "audit"_L1)
        return runAudit(client, options, out);
    if (isControlCommand(options.command))
        return runControl(client, options, out);
    return runWatch(client, options, out);
}

} // namespace novbe
