// Phase 4: one counter calls, N subscribed displays receive ticket.called.

#include "jsonscan.h"
#include "phases.h"
#include "stats.h"
#include "waiter.h"

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr double FANOUT_P99_TARGET_MS = 10;

struct DisplaySeen
{
    QByteArray ticket; // id of the last ticket.called received
    qint64 atNs = 0;
};

void watchDisplays(const std::vector<BenchClient *> &displays, std::vector<DisplaySeen> &seen)
{
    seen.assign(displays.size(), DisplaySeen{});
    for (std::size_t i = 0; i < displays.size(); ++i) {
        displays[i]->setEventHandler([&seen, i](QByteArrayView line, qint64 receivedNs) {
            const QByteArrayView params = jsonField(line, "params");
            if (jsonField(params, "type") != QByteArrayView("\"ticket.called\""))
                return;
            const QByteArrayView id = jsonString(jsonField(jsonField(params, "ticket"), "id"));
            seen[i].ticket = id.toByteArray();
            seen[i].atNs = receivedNs;
        });
    }
}

struct RoundResult
{
    qint64 fromAnswerNs = 0;
    qint64 fromRequestNs = 0;
    QString error;
};

RoundResult runRound(BenchClient *kiosk, BenchClient *desk, const std::vector<DisplaySeen> &seen,
                     const QByteArray &service, int timeoutMs)
{
    RoundResult r;
    const auto issued = callAndWait(kiosk, "ticket.issue",
                                    QByteArray("{\"service\":\"" + service + "\"}"), timeoutMs);
    if (!issued || !issued->ok())
        return RoundResult{0, 0, u"ticket.issue failed"_s};
    const auto called = callAndWait(desk, "counter.callNext", {}, timeoutMs);
    if (!called || !called->ok())
        return RoundResult{0, 0, u"counter.callNext failed"_s};
    const QByteArray id =
        jsonString(jsonField(jsonField(called->result, "ticket"), "id")).toByteArray();
    const bool all = waitFor(
        [&] {
            for (const DisplaySeen &s : seen) {
                if (s.ticket != id)
                    return false;
            }
            return true;
        },
        timeoutMs);
    if (!all)
        return RoundResult{
            0, 0, u"not every display received ticket.called for "_s + QString::fromUtf8(id)};
    qint64 last = 0;
    for (const DisplaySeen &s : seen)
        last = std::max(last, s.atNs);
    r.fromAnswerNs = std::max<qint64>(0, last - called->receivedNs);
    r.fromRequestNs = last - called->sentNs;
    const auto noShow = callAndWait(desk, "counter.noShow", {}, timeoutMs);
    if (!noShow || !noShow->ok())
        r.error = u"counter.noShow failed"_s;
    return r;
}

} // namespace

void runFanout(BenchContext &ctx)
{
    const QString phase = u"fanout"_s;
    PhaseEngine engine(ctx, phase);
    const int n = ctx.options.displays;
    if (!engine.start(CentreSize{1, 1, n})) {
        ctx.report.fail(phase, engine.errorString());
        return;
    }
    QObject owner;
    std::vector<BenchClient *> kiosk, desk, displays;
    const int timeout = ctx.options.timeoutMs(120000);
    const GreetResult a = greetAll(kioskGreetings(engine.centre(), 1), engine.port(), &owner, kiosk,
                                   timeout);
    const GreetResult b = greetAll(deskGreetings(engine.centre(), 1), engine.port(), &owner, desk,
                                   timeout);
    const GreetResult c = greetAll(displayGreetings(engine.centre(), n, true), engine.port(),
                                   &owner, displays, timeout);
    if (!a.complete() || !b.complete() || !c.complete()) {
        ctx.report.fail(phase, u"set-up failed: "_s + a.firstError + b.firstError + c.firstError);
        return;
    }
    ctx.log(u"fanout: %1 displays subscribed in %2 s"_s.arg(n).arg(c.seconds, 0, 'f', 2));
    std::vector<DisplaySeen> seen;
    watchDisplays(displays, seen);
    Samples fromAnswer;
    Samples fromRequest;
    const QStringList &services = engine.centre().services;
    engine.profileBegin();
    CpuWindow window(engine.process().targetPid());
    for (int round = 0; round < ctx.options.rounds; ++round) {
        const QByteArray service = services[round % services.size()].toUtf8();
        const RoundResult r = runRound(kiosk[0], desk[0], seen, service,
                                       ctx.options.timeoutMs(10000));
        if (!r.error.isEmpty()) {
            ctx.report.fail(phase, u"round %1: %2"_s.arg(round).arg(r.error));
            break;
        }
        fromAnswer.add(r.fromAnswerNs);
        fromRequest.add(r.fromRequestNs);
    }
    window.end();
    engine.profileEnd();
    const qint64 rssKb = engine.process().residentKb();
    if (!engine.stop())
        ctx.report.fail(phase, engine.errorString());
    const QString row = u"4 fan-out, %1 displays"_s.arg(n);
    ctx.log(u"fanout: p50 %1 ms, p99 %2 ms"_s.arg(fromAnswer.percentileMs(50), 0, 'f', 2)
                .arg(fromAnswer.percentileMs(99), 0, 'f', 2));
    ctx.report.add(row, u"calls measured"_s, double(fromAnswer.count()), u""_s);
    ctx.report.add(row, u"answer → all displays p50"_s, fromAnswer.percentileMs(50), u"ms"_s);
    ctx.report.add(row, u"answer → all displays p99"_s, fromAnswer.percentileMs(99), u"ms"_s,
                   Target{FANOUT_P99_TARGET_MS, false});
    ctx.report.add(row, u"answer → all displays max"_s, fromAnswer.maxMs(), u"ms"_s);
    ctx.report.add(row, u"request → all displays p99"_s, fromRequest.percentileMs(99), u"ms"_s);
    ctx.report.add(row, u"engine RSS"_s, double(rssKb) / 1024, u"MB"_s);
    if (fromAnswer.count() > 0 && window.seconds > 0) {
        ctx.report.add(row, u"engine CPU per call round"_s,
                       window.engineCpu / double(fromAnswer.count()) * 1e3, u"ms"_s);
        ctx.report.add(row, u"engine waiting for a CPU (other load)"_s,
                       window.engineWait / window.seconds * 100, u"%"_s);
        ctx.report.add(row, u"bench waiting for a CPU (other load)"_s,
                       window.benchWait / window.seconds * 100, u"%"_s);
    }
}

} // namespace novbe::bench
