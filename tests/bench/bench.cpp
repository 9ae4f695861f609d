#include "bench.h"

#include "phases.h"
#include "procstats.h"

#include <QDir>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

// Raises the soft RLIMIT_NOFILE to the hard limit; the engine (a child) inherits it.
QString raiseFileLimit(rlim_t needed)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return u"getrlimit failed"_s;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    QString text = u"open-file limit (bench and engine): %1"_s.arg(qulonglong(limit.rlim_cur));
    if (limit.rlim_cur < needed)
        text += u" — below the %1 this run needs"_s.arg(qulonglong(needed));
    return text;
}

void runPhases(BenchContext &ctx)
{
    using Phase = void (*)(BenchContext &);
    const std::pair<QString, Phase> phases[] = {
        {u"baselines"_s, runBaselines},
        {u"throughput"_s, runThroughput},
        {u"latency"_s, runLatency},
        {u"fanout"_s, runFanout},
        {u"connections"_s, runConnections},
        {u"recovery"_s, runRecovery},
        {u"flood"_s, runFlood},
        {u"reports"_s, runReports},
    };
    for (const auto &[name, run] : phases) {
        if (!ctx.options.runs(name))
            continue;
        ctx.log(u"phase "_s + name);
        run(ctx);
    }
}

} // namespace

int runBench(const BenchOptions &options, const QString &command)
{
    QDir().mkpath(options.workBase);
    QTemporaryDir dir(options.workBase + u"/novbe-bench-XXXXXX"_s);
    if (!dir.isValid()) {
        std::fprintf(stderr, "novbe-bench: cannot create a work directory in %s\n",
                     qPrintable(options.workBase));
        return 1;
    }
    dir.setAutoRemove(!options.keep);
    BenchContext ctx;
    ctx.options = options;
    ctx.workDir = dir.path();
    ctx.report.setCommand(command);
    const rlim_t needed = rlim_t(options.connections + options.displays + options.clients + 256);
    QStringList machine = machineDescription(ctx.workDir);
    machine.append(raiseFileLimit(needed));
    machine.append(u"load average at start: "_s + loadAverage());
    ctx.log(u"work directory "_s + ctx.workDir + (options.keep ? u" (kept)"_s : QString()));
    runPhases(ctx);
    machine.append(u"load average at end: "_s + loadAverage());
    ctx.report.setMachine(machine);
    const QByteArray out = options.json ? ctx.report.json() : ctx.report.markdown().toUtf8();
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
    return ctx.report.failed() ? 2 : 0;
}

} // namespace novbe::bench
