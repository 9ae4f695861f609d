// Phase 7: one connection pipelines requests without ever reading the
// answers; an honest kiosk on another connection issues a ticket every 20 ms.

#include "flooder.h"
#include "phases.h"
#include "waiter.h"

#include <QTimer>

#include <deque>
#include <memory>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr int HONEST_INTERVAL_MS = 20;
constexpr double HONEST_P99_TARGET_MS = 20;
constexpr double HONEST_MAX_TARGET_MS = 100;
constexpr double RSS_TARGET_MB = 150;

// What the honest kiosk saw. Shared with its answer callbacks, which may
// outlive the window.
struct HonestLog
{
    Samples roundTrip;
    std::deque<qint64> pending; // send times of the unanswered requests, oldest first
    qint64 sent = 0;
    qint64 unanswered = 0; // still pending at close()
    qint64 errors = 0;
    QString firstError;
    bool closed = false;

    void answered(const Answer &a)
    {
        if (closed)
            return;
        pending.pop_front();
        roundTrip.add(a.receivedNs - a.sentNs);
        if (!a.ok() && errors++ == 0)
            firstError = QString::fromUtf8(a.line);
    }
    // Ends the log; requests still unanswered count with their age so far (a lower bound).
    void close(qint64 nowNs)
    {
        closed = true;
        unanswered = qint64(pending.size());
        for (const qint64 sentNs : pending)
            roundTrip.add(nowNs - sentNs);
        pending.clear();
    }
};

struct FloodWindow
{
    std::shared_ptr<HonestLog> honest = std::make_shared<HonestLog>();
    Flooder::Result flood;
    CpuWindow cpu{0};
    double rssDuringMb = 0; // at the end of the window, the flood still on
    double rssAfterMb = 0;  // the flooder closed, one honest round trip later
    double rssPeakMb = 0;   // VmHWM: the largest RSS of the engine's life
};

double mb(qint64 kb)
{
    return double(kb) / 1024;
}

// One ticket.issue every 20 ms on `kiosk` for `ms`, on the bench's loop.
void issueTickets(BenchClient *kiosk, const QStringList &services, int ms,
                  const std::shared_ptr<HonestLog> &log)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(HONEST_INTERVAL_MS);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const QString &service = services[qsizetype(log->sent++ % services.size())];
        const QByteArray params = "{\"service\":\"" + service.toUtf8() + "\"}";
        log->pending.push_back(nowNs());
        kiosk->call("ticket.issue", params, [log](const Answer &a) { log->answered(a); });
    });
    timer.start();
    runEventLoopFor(ms);
}

// The window: honest tickets under the flood, then the honest answers still
// due, then the flooder stopped and the engine's memory afterwards.
FloodWindow measureFlood(BenchContext &ctx, PhaseEngine &engine, BenchClient *kiosk,
                         Flooder &flooder)
{
    FloodWindow w;
    const qint64 pid = engine.process().targetPid();
    engine.profileBegin();
    w.cpu = CpuWindow(pid);
    issueTickets(kiosk, engine.centre().services, int(ctx.options.floodSeconds * 1000), w.honest);
    w.cpu.end();
    engine.profileEnd();
    w.rssDuringMb = mb(residentKb(pid));
    const int timeout = ctx.options.timeoutMs(10000);
    waitFor([&] { return kiosk->pending() == 0 || kiosk->hasFailed(); }, timeout);
    w.honest->close(nowNs());
    w.flood = flooder.stop();
    callAndWait(kiosk, "session.ping", {}, timeout);
    w.rssAfterMb = mb(residentKb(pid));
    w.rssPeakMb = mb(peakResidentKb(pid));
    return w;
}

void reportHonest(BenchContext &ctx, const QString &row, const HonestLog &log)
{
    ctx.report.add(row, u"honest ticket.issue sent (one per 20 ms)"_s, double(log.sent), u""_s);
    ctx.report.add(row, u"honest round trip p50"_s, log.roundTrip.percentileMs(50), u"ms"_s);
    ctx.report.add(row, u"honest round trip p99"_s, log.roundTrip.percentileMs(99), u"ms"_s,
                   Target{HONEST_P99_TARGET_MS, false});
    ctx.report.add(row, u"honest round trip max"_s, log.roundTrip.maxMs(), u"ms"_s,
                   Target{HONEST_MAX_TARGET_MS, false});
    if (log.unanswered > 0)
        ctx.report.fail(
            u"flood"_s,
            u"%1 honest requests still unanswered after the window and "
            "the wait for their answers (counted with their age then)"_s.arg(log.unanswered));
    if (log.errors > 0)
        ctx.report.fail(
            u"flood"_s,
            u"%1 honest error answers, first: %2"_s.arg(log.errors).arg(log.firstError));
}

void reportFlooder(BenchContext &ctx, const QString &row, const Flooder::Result &f)
{
    ctx.report.add(row, u"flood requests written (of %1)"_s.arg(ctx.options.floodRequests),
                   double(f.requestsWritten), u""_s);
    ctx.report.add(row, u"flood bytes written"_s, double(f.bytesWritten) / (1024 * 1024), u"MB"_s);
    if (f.writeSeconds >= 0)
        ctx.report.add(row, u"time to write the whole flood"_s, f.writeSeconds * 1000, u"ms"_s);
    if (f.bytesReadByEngine >= 0)
        ctx.report.add(row, u"flood bytes the engine had read at the end"_s,
                       double(f.bytesReadByEngine) / (1024 * 1024), u"MB"_s);
    ctx.report.add(row, u"flooder disconnected by the engine (1 yes, 0 no)"_s,
                   f.disconnected ? 1 : 0, u""_s);
    if (f.disconnected)
        ctx.report.note(row, u"the engine closed the flooder's connection"_s);
    else if (f.writeSeconds >= 0)
        ctx.report.note(row, u"the flooder wrote its whole flood and stayed connected"_s);
    else
        ctx.report.note(row,
                        u"the flooder stayed connected, its writes blocked "
                        "(the engine stopped reading)"_s);
}

void reportFlood(BenchContext &ctx, const FloodWindow &w)
{
    const QString row = u"7 flood"_s;
    reportFlooder(ctx, row, w.flood);
    reportHonest(ctx, row, *w.honest);
    ctx.report.add(row, u"engine RSS at the end of the window"_s, w.rssDuringMb, u"MB"_s);
    ctx.report.add(row, u"engine peak RSS (VmHWM)"_s, w.rssPeakMb, u"MB"_s,
                   Target{RSS_TARGET_MB, false});
    ctx.report.add(row, u"engine RSS after the flooder closed"_s, w.rssAfterMb, u"MB"_s);
    const auto percent = [&w](double seconds) { return seconds / w.cpu.seconds * 100; };
    if (w.cpu.seconds > 0) {
        ctx.report.add(row, u"engine CPU busy"_s, percent(w.cpu.engineCpu), u"%"_s);
        ctx.report.add(row, u"engine waiting for a CPU (other load)"_s, percent(w.cpu.engineWait),
                       u"%"_s);
        ctx.report.add(row, u"bench waiting for a CPU (other load)"_s, percent(w.cpu.benchWait),
                       u"%"_s);
    }
}

} // namespace

void runFlood(BenchContext &ctx)
{
    const QString phase = u"flood"_s;
    PhaseEngine engine(ctx, phase);
    if (!engine.start(CentreSize{2, 1, 0})) {
        ctx.report.fail(phase, engine.errorString());
        return;
    }
    QObject owner;
    std::vector<BenchClient *> kiosk;
    const int timeout = ctx.options.timeoutMs(30000);
    const GreetResult greeted = greetAll(kioskGreetings(engine.centre(), 1), engine.port(), &owner,
                                         kiosk, timeout);
    if (!greeted.complete()) {
        ctx.report.fail(phase, u"set-up failed: "_s + greeted.firstError);
        return;
    }
    const Device &device = engine.centre().kiosks[1];
    const QByteArray hello = requestLine(1, "session.hello", helloParams(device.id, device.token));
    Flooder flooder(engine.port(), hello, ctx.options.floodRequests);
    flooder.start();
    if (!waitFor([&] { return flooder.settled(); }, timeout) || !flooder.greeted()) {
        ctx.report.fail(
            phase, u"the flooder did not get through session.hello: "_s + flooder.stop().error);
        return;
    }
    ctx.log(u"flood: %1 requests pipelined, honest tickets every 20 ms for %2 s"_s
                .arg(ctx.options.floodRequests)
                .arg(ctx.options.floodSeconds));
    const FloodWindow w = measureFlood(ctx, engine, kiosk[0], flooder);
    if (kiosk[0]->hasFailed())
        ctx.report.fail(phase, u"the honest kiosk lost its connection"_s);
    if (!engine.stop())
        ctx.report.fail(phase, engine.errorString());
    reportFlood(ctx, w);
    ctx.log(u"flood: honest p99 %1 ms, max %2 ms; %3 flood bytes written"_s
                .arg(w.honest->roundTrip.percentileMs(99), 0, 'f', 2)
                .arg(w.honest->roundTrip.maxMs(), 0, 'f', 2)
                .arg(w.flood.bytesWritten));
}

} // namespace novbe::bench
