// novbe-ctl: a small command-line client of the engine for admins and scripts.

#include "ctlclient.h"
#include "ctlcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        u"Talks to a running novbe-engine.\n\nCommands:\n"
        "  issue SERVICE   issue a ticket (--category, --lang)\n"
        "  snapshot        print the queues and counters\n"
        "  watch           print one line per event as it happens (--since, --count)\n"
        "  stats           print today's statistics (manager device)\n\n"
        "Exit codes: 0 ok, 1 usage, 2 connection failed, 3 refused by the engine."_s);
    p.addHelpOption();
    novbe::ConnectionOptions::addTo(p);
    p.addOptions({
        {u"category"_s, u"issue: priority category (default standard)."_s, u"ID"_s},
        {u"lang"_s, u"issue: language (default az)."_s, u"LANG"_s},
        {u"since"_s, u"watch: replay the events after this seq first."_s, u"SEQ"_s},
        {u"count"_s, u"watch: exit after this many events."_s, u"N"_s},
        {u"json"_s, u"Print raw JSON results instead of text."_s},
    });
    p.addPositionalArgument(u"command"_s, u"issue | snapshot | watch | stats"_s);
}

bool readOptions(const QCommandLineParser &p, novbe::CtlOptions &o, QString &error)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty()) {
        error = u"a command is required"_s;
        return false;
    }
    o.command = args.first();
    if (o.command == "issue"_L1 && args.size() == 2)
        o.service = args.at(1);
    else if (!QStringList{u"snapshot"_s, u"watch"_s, u"stats"_s}.contains(o.command) || args.size() != 1) {
        error = u"usage: novbe-ctl [options] issue SERVICE | snapshot | watch | stats"_s;
        return false;
    }
    const std::optional<novbe::ConnectionOptions> connection = novbe::ConnectionOptions::read(p, &error);
    if (!connection)
        return false;
    o.connection = *connection;
    if (!connection->missingCredentials().isEmpty()) {
        error = connection->missingCredentials();
        return false;
    }
    bool ok = true;
    if (p.isSet(u"since"_s))
        o.sinceSeq = p.value(u"since"_s).toLongLong(&ok);
    if (ok && p.isSet(u"count"_s))
        o.count = p.value(u"count"_s).toInt(&ok);
    o.category = p.isSet(u"category"_s) ? p.value(u"category"_s) : o.category;
    o.lang = p.isSet(u"lang"_s) ? p.value(u"lang"_s) : o.lang;
    o.json = p.isSet(u"json"_s);
    if (!ok)
        error = u"--since and --count take numbers"_s;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novbe-ctl"_s);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    novbe::CtlOptions options;
    QString error;
    QTextStream err(stderr);
    if (!readOptions(parser, options, error)) {
        err << "novbe-ctl: " << error << '\n';
        return novbe::CTL_USAGE;
    }
    novbe::CtlClient client;
    if (!client.connectTo(options.connection)) {
        err << "novbe-ctl: " << client.error() << '\n';
        return novbe::CTL_CONNECTION;
    }
    QTextStream out(stdout);
    if (options.command == "issue"_L1)
        return novbe::runIssue(client, options, out);
    if (options.command == "snapshot"_L1)
        return novbe::runSnapshot(client, options, out);
    if (options.command == "stats"_L1)
        return novbe::runStats(client, options, out);
    return novbe::runWatch(client, options, out);
}
