#include "benchoptions.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

const QStringList PHASES = {u"baselines"_s,   u"throughput"_s, u"latency"_s, u"fanout"_s,
                            u"connections"_s, u"recovery"_s,   u"flood"_s,   u"reports"_s};

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        u"Növbə benchmark: starts the real novbe-engine on a temporary database and measures "
        "durable throughput, latency, fan-out, connections, recovery and fairness under a flood "
        "against baselines taken in the same run. Prints a Markdown table (or JSON with --json)."_s);
    p.addHelpOption();
    p.addOptions({
        {u"quick"_s, u"Every phase small (< 60 s in all): a smoke test of the bench."_s},
        {u"json"_s, u"Print JSON instead of Markdown."_s},
        {u"keep"_s, u"Keep the work directory (databases, configs, engine logs)."_s},
        {u"engine"_s, u"novbe-engine binary."_s, u"PATH"_s},
        {u"engine-prefix"_s, u"Command put before the engine, e.g. \"strace -f -o FILE\"."_s,
         u"CMD"_s},
        {u"callgrind"_s,
         u"Run the engine under valgrind --tool=callgrind, collecting only during "
         "the measured windows (recovery: the whole start); keeps the work "
         "directory with callgrind.out.* per phase. Numbers are then ~50× slower."_s},
        {u"config"_s, u"Sample centre config the bench centre derives from."_s, u"PATH"_s},
        {u"perf"_s,
         u"Sample the engine with perf record -e cpu-clock -g (user and kernel time) "
         "during the measured windows (recovery: the whole start); keeps the work "
         "directory with perf.data per phase."_s},
        {u"dir"_s, u"Parent of the work directory (default: the temp dir)."_s, u"DIR"_s},
        {u"only"_s, u"Comma-separated phases: "_s + PHASES.join(u','), u"LIST"_s},
        {u"clients"_s, u"Concurrent clients of phases 2, 3, 5 (default 64)."_s, u"N"_s},
        {u"seconds"_s, u"Throughput window (default 15)."_s, u"S"_s},
        {u"rate"_s, u"Offered load of the latency phases, ops/s (default 500)."_s, u"N"_s},
        {u"latency-seconds"_s, u"Latency window (default 30)."_s, u"S"_s},
        {u"displays"_s, u"Subscribed displays of the fan-out phase (default 200)."_s, u"N"_s},
        {u"rounds"_s, u"Calls of the fan-out phase (default 500)."_s, u"N"_s},
        {u"connections"_s, u"Idle authenticated connections (default 2000)."_s, u"N"_s},
        {u"tickets"_s, u"Past tickets of the recovery database (default 1000000)."_s, u"N"_s},
        {u"flood-requests"_s,
         u"Requests the flood phase's connection pipelines (default 100000)."_s, u"N"_s},
        {u"flood-seconds"_s, u"Honest window of the flood phase (default 10)."_s, u"S"_s},
        {u"timeout-scale"_s, u"Multiply set-up timeouts (profiling)."_s, u"X"_s},
        {u"echo-server"_s, u"Internal: run the loopback echo server of baseline 2."_s},
        {u"port-file"_s, u"Internal: the echo server's or holder's ready file."_s, u"PATH"_s},
        {u"hold-connections"_s, u"Internal: hold N idle connections to --hold-port."_s, u"N"_s},
        {u"hold-port"_s, u"Internal: the engine port for --hold-connections."_s, u"PORT"_s},
    });
}

bool readNumber(const QCommandLineParser &p, const QString &name, double &out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v <= 0)
        return false;
    out = v;
    return true;
}

template <typename T> bool readCount(const QCommandLineParser &p, const QString &name, T &out)
{
    double v = double(out);
    if (!readNumber(p, name, v))
        return false;
    out = T(v);
    return true;
}

void applyQuick(BenchOptions &o)
{
    o.sqliteSeconds = 0.5;
    o.echoRoundTrips = 300;
    o.clients = 16;
    o.seconds = 2;
    o.latencySeconds = 3;
    o.displays = 40;
    o.rounds = 40;
    o.connections = 200;
    o.connectionLoadSeconds = 2;
    o.tickets = 10000;
    o.recoveryStarts = 1;
    o.floodRequests = 20000;
    o.floodSeconds = 2;
}

std::optional<QString> applyValues(const QCommandLineParser &p, BenchOptions &o)
{
    o.quick = p.isSet(u"quick"_s);
    if (o.quick)
        applyQuick(o);
    o.json = p.isSet(u"json"_s);
    o.callgrind = p.isSet(u"callgrind"_s);
    o.perf = p.isSet(u"perf"_s);
    o.keep = p.isSet(u"keep"_s) || o.callgrind || o.perf;
    if (o.callgrind)
        o.timeoutScale = 30;
    o.enginePath = p.isSet(u"engine"_s) ? p.value(u"engine"_s) : QStringLiteral(NOVBE_ENGINE_PATH);
    o.samplePath = p.isSet(u"config"_s)
        ? p.value(u"config"_s)
        : QStringLiteral(NOVBE_SOURCE_DIR) + u"/resources/centres/baku-1.json"_s;
    o.workBase = p.isSet(u"dir"_s) ? p.value(u"dir"_s) : QDir::tempPath();
    if (p.isSet(u"echo-server"_s))
        o.echoPortFile = p.value(u"port-file"_s);
    if (p.isSet(u"echo-server"_s) && o.echoPortFile.isEmpty())
        return u"--echo-server needs --port-file"_s;
    if (p.isSet(u"hold-connections"_s)) {
        o.holdConnections = p.value(u"hold-connections"_s).toInt();
        o.holdPort = quint16(p.value(u"hold-port"_s).toUInt());
        o.holdReadyFile = p.value(u"port-file"_s);
        if (o.holdConnections <= 0 || o.holdPort == 0 || o.holdReadyFile.isEmpty())
            return u"--hold-connections needs N > 0, --hold-port and --port-file"_s;
    }
    if (p.isSet(u"engine-prefix"_s))
        o.enginePrefix = p.value(u"engine-prefix"_s).split(u' ', Qt::SkipEmptyParts);
    if (p.isSet(u"only"_s)) {
        o.only = p.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &phase : std::as_const(o.only)) {
            if (!PHASES.contains(phase))
                return u"unknown phase "_s + phase + u"; phases: "_s + PHASES.join(u',');
        }
    }
    const bool ok = readCount(p, u"clients"_s, o.clients) && readNumber(p, u"seconds"_s, o.seconds)
        && readNumber(p, u"rate"_s, o.rate) && readNumber(p, u"latency-seconds"_s, o.latencySeconds)
        && readCount(p, u"displays"_s, o.displays) && readCount(p, u"rounds"_s, o.rounds)
        && readCount(p, u"connections"_s, o.connections) && readCount(p, u"tickets"_s, o.tickets)
        && readCount(p, u"flood-requests"_s, o.floodRequests)
        && readNumber(p, u"flood-seconds"_s, o.floodSeconds)
        && readNumber(p, u"timeout-scale"_s, o.timeoutScale);
    if (!ok)
        return u"numeric options must be positive numbers"_s;
    if (o.clients < 4)
        return u"--clients must be at least 4 (one kiosk per three counters)"_s;
    return std::nullopt;
}

} // namespace

ParsedBenchOptions parseBenchOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return {std::nullopt, parser.errorText(), 1};
    if (parser.isSet(u"help"_s))
        return {std::nullopt, parser.helpText(), 0};
    if (!parser.positionalArguments().isEmpty())
        return {std::nullopt, u"unexpected argument "_s + parser.positionalArguments().constFirst(),
                1};
    BenchOptions options;
    if (auto error = applyValues(parser, options))
        return {std::nullopt, *error, 1};
    return {options, {}, 0};
}

} // namespace novbe::bench
