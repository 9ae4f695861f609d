// Phase 5: N idle authenticated connections held; engine memory; latency of
// the phase 3 load while they are held.

#include "loadrun.h"
#include "phases.h"
#include "waiter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr double RSS_TARGET_MB = 150;

} // namespace

void runConnections(BenchContext &ctx)
{
    const QString phase = u"connections"_s;
    const int n = ctx.options.connections;
    PhaseEngine engine(ctx, phase);
    if (!engine.start(loadCentreSize(ctx.options.clients, n))) {
        ctx.report.fail(phase, engine.errorString());
        return;
    }
    const double rssStart = double(engine.process().residentKb()) / 1024;
    ServiceProcess holder(QCoreApplication::applicationFilePath(), {});
    const qint64 started = nowNs();
    if (!holder.start({u"--hold-connections"_s, QString::number(n), u"--hold-port"_s,
                       QString::number(engine.port())},
                      engine.dir() + u"/holder.ready"_s, engine.dir() + u"/holder.log"_s,
                      ctx.options.timeoutMs(300000))) {
        ctx.report.fail(phase, u"the connection holder failed: "_s + holder.errorString());
        return;
    }
    const double greetSeconds = double(nowNs() - started) / 1e9;
    const double rssIdle = double(engine.process().residentKb()) / 1024;
    ctx.log(u"connections: %1 authenticated in %2 s, engine RSS %3 MB"_s.arg(n)
                .arg(greetSeconds, 0, 'f', 2)
                .arg(rssIdle, 0, 'f', 1));
    QObject owner;
    const std::optional<LoadClients> load = setUpLoad(ctx, engine, ctx.options.clients, &owner,
                                                      phase);
    if (!load)
        return;
    const auto measured = measureLoad(ctx, engine, *load,
                                      LoadPlan{phase, ctx.options.rate,
                                               ctx.options.connectionLoadSeconds,
                                               ctx.options.clients * 2});
    const double rssLoaded = double(engine.process().residentKb()) / 1024;
    const bool allHeld = holder.closeInputAndWait(ctx.options.timeoutMs(60000));
    if (!engine.stop())
        ctx.report.fail(phase, engine.errorString());
    const QString row = u"5 connections"_s;
    ctx.report.add(row, u"idle authenticated connections held"_s, allHeld ? n : 0, u""_s);
    ctx.report.add(row, u"time to connect + hello all"_s, greetSeconds, u"s"_s);
    ctx.report.add(row, u"engine RSS at start"_s, rssStart, u"MB"_s);
    ctx.report.add(row, u"engine RSS with the connections"_s, rssIdle, u"MB"_s);
    ctx.report.add(row, u"engine RSS after the load"_s, std::max(rssIdle, rssLoaded), u"MB"_s,
                   Target{RSS_TARGET_MB, false});
    ctx.report.add(row, u"RSS per idle connection"_s, (rssIdle - rssStart) * 1024 / n, u"KB"_s);
    if (measured) {
        const QString loadRow = u"5 connections: latency @ %1/s"_s.arg(ctx.options.rate);
        reportLatency(ctx, loadRow, measured->stats);
        reportCpu(ctx, loadRow, measured->window, measured->stats);
    }
    if (!allHeld)
        ctx.report.fail(phase,
                        u"idle connections were closed during the phase; see "_s + engine.dir()
                            + u"/holder.log"_s);
}

} // namespace novbe::bench
