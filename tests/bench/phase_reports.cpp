// Phase 8: the manager's report of 31 days over a centre with 10,000 tickets
// a day (issue 13): reports.range the first time on a journal without kept
// summaries (each closed day's summary derived from its journal, then kept
// in the store, schema 5), the first time after an engine restart (cold: the
// kept summaries read back), and again (kept in memory), beside stats.range
// over the same days (the whole journal re-read and replayed).

#include "historygen.h"
#include "phases.h"
#include "procstats.h"
#include "waiter.h"

#include <QDate>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr double REPORT_TARGET_S = 1;
constexpr int RANGE_DAYS = 31;

// One request's round trip, and the engine's CPU time and run-queue wait
// meanwhile (on a shared machine the wall time is mostly waiting for a CPU).
struct Timed
{
    double seconds = -1;
    double cpu = 0;
    double queued = 0;
    QByteArray result;
};

Timed timedCall(BenchClient *client, qint64 pid, QByteArrayView method, const QByteArray &params,
                int timeoutMs)
{
    const double cpu = cpuSeconds(pid);
    const double queued = runQueueWaitSeconds(pid);
    const qint64 started = nowNs();
    const std::optional<Answer> answer = callAndWait(client, method, params, timeoutMs);
    Timed t;
    if (answer && answer->ok()) {
        t.seconds = double(nowNs() - started) / 1e9;
        t.cpu = cpuSeconds(pid) - cpu;
        t.queued = runQueueWaitSeconds(pid) - queued;
        t.result = answer->result.toByteArray();
    }
    return t;
}

bool prepareHistory(BenchContext &ctx, PhaseEngine &engine, int perDay, HistoryResult &history)
{
    if (!engine.start(CentreSize{1, 8, 0}) || !engine.stop())
        return false;
    const BenchCentre &c = engine.centre();
    const HistorySpec spec{
        qint64(perDay) * RANGE_DAYS, perDay, c.services, c.prefixes, c.counters, c.timezone};
    ctx.log(u"reports: generating %1 days of %2 tickets"_s.arg(RANGE_DAYS).arg(perDay));
    history = generateHistory(engine.dbPath(), c.configPath, spec);
    return history.error.isEmpty() && engine.restart();
}

std::unique_ptr<BenchClient> connectManager(BenchContext &ctx, PhaseEngine &engine, QString &error)
{
    std::vector<BenchClient *> clients;
    const GreetResult greeted = greetAll({Greeting{engine.centre().manager, {}}}, engine.port(),
                                         nullptr, clients, ctx.options.timeoutMs(10000));
    std::unique_ptr<BenchClient> client(clients.empty() ? nullptr : clients.front());
    if (!greeted.complete() || !client) {
        error = u"manager hello failed: "_s + greeted.firstError;
        return nullptr;
    }
    return client;
}

QByteArray rangeParams(const PhaseEngine &engine)
{
    const QDate yesterday = QDateTime::currentDateTime()
                                .toTimeZone(QTimeZone(engine.centre().timezone.toUtf8()))
                                .date()
                                .addDays(-1);
    return u"{\"from\":\"%1\",\"to\":\"%2\"}"_s
        .arg(yesterday.addDays(1 - RANGE_DAYS).toString(Qt::ISODate),
             yesterday.toString(Qt::ISODate))
        .toUtf8();
}

// The slowest of five calls (the summaries kept in memory).
Timed slowestOf5(BenchClient *client, qint64 pid, const QByteArray &range, int timeout)
{
    Timed slowest;
    for (int i = 0; i < 5; ++i) {
        const Timed t = timedCall(client, pid, "reports.range", range, timeout);
        if (t.seconds < 0)
            return t;
        if (t.seconds > slowest.seconds)
            slowest = t;
    }
    return slowest;
}

struct ReportRun
{
    Timed journal; // stats.range
    Timed first;   // no kept summaries: derived and kept
    Timed cold;    // after a restart: the kept summaries read back
    Timed kept;    // slowest of 5 after
};

void addFigures(BenchContext &ctx, const HistoryResult &history, const ReportRun &r)
{
    const QString row = u"8 reports"_s;
    ctx.report.add(row, u"days in the range"_s, RANGE_DAYS, u""_s);
    ctx.report.add(row, u"tickets in the range"_s, double(history.tickets), u""_s);
    ctx.report.add(row, u"journal events in the range"_s, double(history.events), u""_s);
    ctx.report.add(row, u"stats.range over the range (journal re-read)"_s, r.journal.seconds,
                   u"s"_s);
    ctx.report.add(row, u"  its engine CPU"_s, r.journal.cpu, u"s"_s);
    ctx.report.add(row, u"reports.range, first (no kept summaries: derived, kept)"_s,
                   r.first.seconds, u"s"_s);
    ctx.report.add(row, u"  its engine CPU"_s, r.first.cpu, u"s"_s);
    ctx.report.add(row, u"  its engine run-queue wait"_s, r.first.queued, u"s"_s);
    ctx.report.add(row, u"reports.range, first after a restart (kept summaries read)"_s,
                   r.cold.seconds, u"s"_s, Target{REPORT_TARGET_S, false});
    ctx.report.add(row, u"  its engine CPU"_s, r.cold.cpu, u"s"_s);
    ctx.report.add(row, u"  its engine run-queue wait"_s, r.cold.queued, u"s"_s);
    ctx.report.add(row, u"reports.range, slowest of 5 after (summaries in memory)"_s,
                   r.kept.seconds, u"s"_s, Target{REPORT_TARGET_S, false});
    ctx.report.add(row, u"  its engine CPU"_s, r.kept.cpu, u"s"_s);
    // Round trips: the CPU times count in 10 ms ticks, too coarse for the kept ones.
    ctx.report.add(row, u"first ÷ after a restart (round trip)"_s,
                   r.first.seconds / std::max(r.cold.seconds, 1e-6), u"×"_s);
    ctx.report.add(row, u"after a restart ÷ in memory (round trip)"_s,
                   r.cold.seconds / std::max(r.kept.seconds, 1e-6), u"×"_s);
    ctx.report.add(row, u"answer size"_s, double(r.first.result.size()) / 1024, u"KB"_s);
    ctx.log(u"reports: stats.range %1 s (CPU %2), reports.range first %3 s (CPU %4), "
            u"after a restart %5 s (CPU %6), in memory %7 s (CPU %8)"_s
                .arg(r.journal.seconds, 0, 'f', 3)
                .arg(r.journal.cpu, 0, 'f', 3)
                .arg(r.first.seconds, 0, 'f', 3)
                .arg(r.first.cpu, 0, 'f', 3)
                .arg(r.cold.seconds, 0, 'f', 3)
                .arg(r.cold.cpu, 0, 'f', 3)
                .arg(r.kept.seconds, 0, 'f', 3)
                .arg(r.kept.cpu, 0, 'f', 3));
}

} // namespace

void runReports(BenchContext &ctx)
{
    const QString phase = u"reports"_s;
    const int perDay = ctx.options.quick ? 500 : 10000;
    PhaseEngine engine(ctx, phase);
    HistoryResult history;
    QString error;
    std::unique_ptr<BenchClient> client;
    if (!prepareHistory(ctx, engine, perDay, history)
        || !(client = connectManager(ctx, engine, error))) {
        ctx.report.fail(phase, engine.errorString() + history.error + error);
        return;
    }
    const QByteArray range = rangeParams(engine);
    const int timeout = ctx.options.timeoutMs(600000);
    ReportRun r;
    r.journal = timedCall(client.get(), engine.process().targetPid(), "stats.range", range,
                          timeout);
    r.first = timedCall(client.get(), engine.process().targetPid(), "reports.range", range,
                        timeout);
    client.reset();
    if (!engine.stop() || !engine.restart() || !(client = connectManager(ctx, engine, error))) {
        ctx.report.fail(phase, engine.errorString() + error);
        return;
    }
    const qint64 pid = engine.process().targetPid();
    engine.profileBegin();
    r.cold = timedCall(client.get(), pid, "reports.range", range, timeout);
    engine.profileEnd();
    r.kept = slowestOf5(client.get(), pid, range, timeout);
    const QByteArray issued = u"\"issued\":%1,"_s.arg(history.tickets).toUtf8();
    if (r.journal.seconds < 0 || r.first.seconds < 0 || r.cold.seconds < 0 || r.kept.seconds < 0
        || !r.first.result.contains(issued) || r.cold.result != r.first.result) {
        ctx.report.fail(phase,
                        u"reports.range failed, did not count every ticket or changed "
                        u"after the restart"_s);
        return;
    }
    addFigures(ctx, history, r);
}

} // namespace novbe::bench
