// Phase 1: raw SQLite (fsync-bound and CPU-bound) and the loopback round trip.

#include "baselines.h"
#include "phases.h"
#include "waiter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

void measureEcho(BenchContext &ctx)
{
    ServiceProcess echo(QCoreApplication::applicationFilePath(), {});
    const QString dir = ctx.workDir;
    if (!echo.start({u"--echo-server"_s}, dir + u"/echo.port"_s, dir + u"/echo.log"_s, 10000)) {
        ctx.report.fail(u"baselines"_s, echo.errorString());
        return;
    }
    QObject owner;
    BenchClient client(&owner);
    client.connectTo(echo.port());
    if (!waitFor([&] { return client.isConnected() || client.hasFailed(); }, 10000)
        || !client.isConnected()) {
        ctx.report.fail(u"baselines"_s, u"cannot connect to the echo server"_s);
        return;
    }
    Samples rtt;
    const QByteArray params = R"({"service":"passport","category":"standard","lang":"az"})";
    for (int i = 0; i < ctx.options.echoRoundTrips; ++i) {
        bool answered = false;
        client.call("ticket.issue", params, [&](const Answer &a) {
            rtt.add(a.receivedNs - a.sentNs);
            answered = true;
        });
        if (!waitFor([&] { return answered || client.hasFailed(); }, 10000) || !answered) {
            ctx.report.fail(u"baselines"_s, u"the echo server stopped answering"_s);
            return;
        }
    }
    echo.stop(5000);
    ctx.echoP50Ms = rtt.percentileMs(50);
    ctx.echoP99Ms = rtt.percentileMs(99);
    ctx.report.add(u"1 baselines"_s, u"TCP echo round trip p50 (loopback)"_s, ctx.echoP50Ms,
                   u"ms"_s);
    ctx.report.add(u"1 baselines"_s, u"TCP echo round trip p99 (loopback)"_s, ctx.echoP99Ms,
                   u"ms"_s);
}

// The rows of one SQLite baseline; the FULL ones keep their earlier names.
void reportSqlite(BenchContext &ctx, const SqliteBaseline &b, const SqliteSpec &spec)
{
    const QString row = u"1 baselines"_s;
    const QString cpu = spec.busyCpu ? u"CPU busy"_s : u"CPU idle"_s;
    const QString name = spec.fullSync ? u"WAL+FULL, 1 insert/tx, "_s + cpu
                                       : u"WAL+NORMAL, 1 insert/tx, 200-byte row"_s;
    const QString which = spec.fullSync ? cpu : u"NORMAL"_s;
    ctx.report.add(row, u"SQLite "_s + name, b.txPerSec, u"tx/s"_s);
    ctx.report.add(row, u"SQLite transaction p50, "_s + which, b.commit.percentileMs(50), u"ms"_s);
    ctx.report.add(row, u"SQLite transaction p99, "_s + which, b.commit.percentileMs(99), u"ms"_s);
    if (!spec.fullSync)
        ctx.report.add(row, u"SQLite CPU per transaction, NORMAL"_s,
                       b.cpuSeconds / double(b.transactions) * 1e6, u"µs"_s);
}

} // namespace

void runBaselines(BenchContext &ctx)
{
    ctx.log(u"baselines: raw SQLite, one insert per transaction (FULL: CPU idle, busy; NORMAL)"_s);
    const double seconds = ctx.options.sqliteSeconds;
    const SqliteSpec specs[] = {FULL_SYNC, FULL_SYNC_BUSY, NORMAL_SYNC};
    const QString files[] = {u"/baseline-idle.db"_s, u"/baseline-busy.db"_s,
                             u"/baseline-normal.db"_s};
    SqliteBaseline results[3];
    for (int i = 0; i < 3; ++i) {
        results[i] = measureSqliteBaseline(ctx.workDir + files[i], seconds, specs[i]);
        if (!results[i].error.isEmpty() || results[i].transactions == 0) {
            ctx.report.fail(u"baselines"_s, u"SQLite baseline: "_s + results[i].error);
            return;
        }
        reportSqlite(ctx, results[i], specs[i]);
    }
    const SqliteBaseline &busy = results[1];
    ctx.sqliteIdleTxPerSec = results[0].txPerSec;
    ctx.sqliteTxPerSec = busy.txPerSec;
    ctx.sqliteCommitP50Ms = busy.commit.percentileMs(50);
    ctx.sqliteCommitP99Ms = busy.commit.percentileMs(99);
    ctx.sqliteNormalTxPerSec = results[2].txPerSec;
    ctx.log(u"baselines: FULL %1 tx/s idle, %2 tx/s busy; NORMAL %3 tx/s; loopback echo"_s.arg(
        QString::number(results[0].txPerSec, 'f', 0), QString::number(busy.txPerSec, 'f', 0),
        QString::number(results[2].txPerSec, 'f', 0)));
    measureEcho(ctx);
}

} // namespace novbe::bench
