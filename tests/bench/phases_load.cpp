// Phases 2 and 3: durable throughput, latency at a fixed rate.

#include "baselines.h"
#include "loadrun.h"
#include "phases.h"
#include "waiter.h"

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr double NORMAL_RATIO_TARGET = 0.3;
constexpr double CPU_PER_WRITE_TARGET_US = 40;
constexpr double LATENCY_P99_TARGET_MS = 2;

} // namespace

std::optional<MeasuredLoad> measureLoad(BenchContext &ctx, PhaseEngine &engine,
                                        const LoadClients &load, const LoadPlan &plan)
{
    LoadRun run(load.kiosks, load.counters, engine.centre().services);
    if (!run.prefill(plan.prefill, ctx.options.timeoutMs(30000))) {
        ctx.report.fail(plan.phase, u"prefill of the queue failed"_s);
        return std::nullopt;
    }
    if (plan.rate > 0)
        run.startOpenLoop(plan.rate);
    else
        run.startClosedLoop();
    runEventLoopFor(ctx.options.quick ? 300 : 2000);
    run.beginMeasure();
    engine.profileBegin();
    CpuWindow window(engine.process().targetPid());
    runEventLoopFor(int(plan.seconds * 1000));
    const LoadStats stats = run.finish(ctx.options.timeoutMs(30000));
    window.end();
    engine.profileEnd();
    if (stats.errors > 0)
        ctx.report.fail(plan.phase,
                        u"%1 error answers, first: %2"_s.arg(stats.errors).arg(stats.firstError));
    if (stats.requests == 0)
        ctx.report.fail(plan.phase, u"no request was answered"_s);
    return MeasuredLoad{stats, window};
}

namespace {

// The baselines measured again right after the throughput window.
struct BaselinesAfter
{
    SqliteBaseline full;   // FULL, CPU busy
    SqliteBaseline normal; // NORMAL, 200-byte row
};

// The mean of a baseline before and after the window (either alone when the other is missing).
double meanRate(double before, const SqliteBaseline &after)
{
    if (before > 0 && after.txPerSec > 0)
        return (before + after.txPerSec) / 2;
    return before > 0 ? before : after.txPerSec;
}

void reportRatios(BenchContext &ctx, double perSec, const BaselinesAfter &after)
{
    const QString row = u"2 throughput"_s;
    const double normal = meanRate(ctx.sqliteNormalTxPerSec, after.normal);
    const double full = meanRate(ctx.sqliteTxPerSec, after.full);
    ctx.report.add(row, u"SQLite WAL+NORMAL baseline again after the window"_s,
                   after.normal.txPerSec, u"tx/s"_s);
    if (normal > 0)
        ctx.report.add(row, u"acknowledged writes/s ÷ NORMAL baseline (mean of before and after)"_s,
                       perSec / normal, u"×"_s, Target{NORMAL_RATIO_TARGET, true});
    ctx.report.add(row, u"baseline 1 (CPU busy) again after the window"_s, after.full.txPerSec,
                   u"tx/s"_s);
    if (full > 0)
        ctx.report.add(row, u"ratio to baseline 1, CPU busy (mean of before and after)"_s,
                       perSec / full, u"×"_s);
    if (ctx.sqliteIdleTxPerSec > 0)
        ctx.report.add(row, u"ratio to baseline 1, CPU idle"_s, perSec / ctx.sqliteIdleTxPerSec,
                       u"×"_s);
}

void reportThroughput(BenchContext &ctx, const MeasuredLoad &m, const BaselinesAfter &after)
{
    const LoadStats &stats = m.stats;
    const double perSec = double(stats.writes) / stats.seconds;
    ctx.log(u"throughput: %1 writes/s, %2 empty calls, %3 errors"_s.arg(
        QString::number(perSec, 'f', 0), QString::number(stats.emptyCalls),
        QString::number(stats.errors)));
    const QString row = u"2 throughput"_s;
    ctx.report.add(row, u"acknowledged writes/s, %1 clients"_s.arg(ctx.options.clients), perSec,
                   u"ops/s"_s);
    reportRatios(ctx, perSec, after);
    ctx.report.add(row, u"round trip p50 under full load"_s, stats.serviceTime.percentileMs(50),
                   u"ms"_s);
    ctx.report.add(row, u"round trip p99 under full load"_s, stats.serviceTime.percentileMs(99),
                   u"ms"_s);
    ctx.report.add(row, u"empty callNext answers"_s, double(stats.emptyCalls), u""_s);
    if (m.window.engineCpu >= 0 && stats.writes > 0)
        ctx.report.add(row, u"engine CPU per acknowledged write"_s,
                       m.window.engineCpu / double(stats.writes) * 1e6, u"µs"_s,
                       Target{CPU_PER_WRITE_TARGET_US, false});
    reportCpu(ctx, row, m.window, stats);
}

} // namespace

void runThroughput(BenchContext &ctx)
{
    const QString phase = u"throughput"_s;
    PhaseEngine engine(ctx, phase);
    if (!engine.start(loadCentreSize(ctx.options.clients))) {
        ctx.report.fail(phase, engine.errorString());
        return;
    }
    QObject owner;
    const std::optional<LoadClients> load = setUpLoad(ctx, engine, ctx.options.clients, &owner,
                                                      phase);
    if (!load)
        return;
    const auto measured = measureLoad(ctx, engine, *load,
                                      LoadPlan{phase, 0, ctx.options.seconds, ctx.options.clients});
    const qint64 rssKb = engine.process().residentKb();
    if (!engine.stop())
        ctx.report.fail(phase, engine.errorString());
    if (!measured)
        return;
    // The disk's fsync rate and the machine's other load drift: the baselines
    // again right after the window, and the ratios to the mean of both.
    const double seconds = ctx.options.sqliteSeconds;
    const BaselinesAfter after{
        measureSqliteBaseline(engine.dir() + u"/baseline-after.db"_s, seconds, FULL_SYNC_BUSY),
        measureSqliteBaseline(engine.dir() + u"/baseline-normal-after.db"_s, seconds, NORMAL_SYNC)};
    reportThroughput(ctx, *measured, after);
    ctx.report.add(u"2 throughput"_s, u"engine RSS"_s, double(rssKb) / 1024, u"MB"_s);
}

void reportCpu(BenchContext &ctx, const QString &row, const CpuWindow &window,
               const LoadStats &stats)
{
    if (window.engineCpu < 0 || stats.requests == 0 || window.seconds <= 0)
        return;
    ctx.report.add(row, u"engine CPU per request"_s,
                   window.engineCpu / double(stats.requests) * 1e6, u"µs"_s);
    ctx.report.add(row, u"engine CPU busy"_s, window.engineCpu / window.seconds * 100, u"%"_s);
    ctx.report.add(row, u"engine waiting for a CPU (other load)"_s,
                   window.engineWait / window.seconds * 100, u"%"_s);
    ctx.report.add(row, u"bench CPU busy"_s, window.benchCpu / window.seconds * 100, u"%"_s);
    ctx.report.add(row, u"bench waiting for a CPU (other load)"_s,
                   window.benchWait / window.seconds * 100, u"%"_s);
}

void reportLatency(BenchContext &ctx, const QString &row, const LoadStats &stats)
{
    ctx.report.add(row, u"requests measured"_s, double(stats.requests), u""_s);
    ctx.report.add(row, u"achieved rate"_s, double(stats.requests) / stats.seconds, u"ops/s"_s);
    ctx.report.add(row, u"round trip p50"_s, stats.latency.percentileMs(50), u"ms"_s);
    ctx.report.add(row, u"round trip p99"_s, stats.latency.percentileMs(99), u"ms"_s,
                   Target{LATENCY_P99_TARGET_MS, false});
    ctx.report.add(row, u"round trip p99.9"_s, stats.latency.percentileMs(99.9), u"ms"_s);
    ctx.report.add(row, u"round trip max"_s, stats.latency.maxMs(), u"ms"_s);
    ctx.report.add(row, u"p99 counted from the actual send"_s, stats.serviceTime.percentileMs(99),
                   u"ms"_s);
    ctx.report.add(row, u"largest backlog of due requests"_s, double(stats.maxBacklog), u""_s);
    if (ctx.sqliteCommitP99Ms > 0)
        ctx.report.add(row, u"p99 / SQLite transaction p99"_s,
                       stats.latency.percentileMs(99) / ctx.sqliteCommitP99Ms, u"×"_s);
}

void runLatency(BenchContext &ctx)
{
    const QString phase = u"latency"_s;
    PhaseEngine engine(ctx, phase);
    if (!engine.start(loadCentreSize(ctx.options.clients))) {
        ctx.report.fail(phase, engine.errorString());
        return;
    }
    QObject owner;
    const std::optional<LoadClients> load = setUpLoad(ctx, engine, ctx.options.clients, &owner,
                                                      phase);
    if (!load)
        return;
    const auto measured = measureLoad(
        ctx, engine, *load,
        LoadPlan{phase, ctx.options.rate, ctx.options.latencySeconds, ctx.options.clients * 2});
    if (!engine.stop())
        ctx.report.fail(phase, engine.errorString());
    if (!measured)
        return;
    const LoadStats &stats = measured->stats;
    ctx.log(u"latency: p50 %1 ms, p99 %2 ms over %3 requests"_s.arg(
        QString::number(stats.latency.percentileMs(50), 'f', 2),
        QString::number(stats.latency.percentileMs(99), 'f', 2), QString::number(stats.requests)));
    const QString row = u"3 latency @ %1/s"_s.arg(ctx.options.rate);
    reportLatency(ctx, row, stats);
    reportCpu(ctx, row, measured->window, stats);
}

} // namespace novbe::bench
