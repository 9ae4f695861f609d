#pragma once

// The seven phases of novbe-bench. Each adds its metrics (and any failure) to
// the context's report.

#include "benchcontext.h"
#include "loadrun.h"
#include "procstats.h"

#include <optional>

namespace novbe::bench {

// 1. Raw SQLite transactions/s (fsync-bound FULL, CPU-bound NORMAL) and the
//    loopback TCP echo round trip.
void runBaselines(BenchContext &context);
// 2. Closed loop, C clients: acknowledged writes/s, their ratio to the NORMAL
//    baseline, engine CPU per write.
void runThroughput(BenchContext &context);
// 3. Open loop at a fixed rate: request round trip percentiles.
void runLatency(BenchContext &context);
// 4. Subscribed displays: callNext answer to the event at every display.
void runFanout(BenchContext &context);
// 5. Idle authenticated connections: engine memory, and latency under them.
void runConnections(BenchContext &context);
// 6. A database of past tickets: engine start to port file.
void runRecovery(BenchContext &context);
// 7. One connection pipelines requests without reading; an honest kiosk's
//    round trips meanwhile, the engine's memory, what became of the flooder.
void runFlood(BenchContext &context);
// 8. The manager's report of 31 days of 10,000 tickets: reports.range the
//    first time and with the day summaries kept, beside stats.range.
void runReports(BenchContext &context);

// What measureLoad() runs: closed loop when rate is 0, else open loop at rate.
struct LoadPlan
{
    QString phase;
    double rate = 0;
    double seconds = 0;
    int prefill = 0; // tickets issued before the load starts
};

struct MeasuredLoad
{
    LoadStats stats;
    CpuWindow window;
};

// The load of phases 2, 3 and 5 on set-up clients: prefill, warm-up, one
// measured window (profiled with --callgrind); failures go to the report.
std::optional<MeasuredLoad> measureLoad(BenchContext &context, PhaseEngine &engine,
                                        const LoadClients &load, const LoadPlan &plan);

// Adds the open-loop latency metrics of `stats` under `phase`.
void reportLatency(BenchContext &context, const QString &phase, const LoadStats &stats);
// Adds the engine's CPU time per request and its busy share over the window.
void reportCpu(BenchContext &context, const QString &phase, const CpuWindow &window,
               const LoadStats &stats);

} // namespace novbe::bench
