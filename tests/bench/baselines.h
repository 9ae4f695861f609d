#pragma once

// Phase 1, the baselines every other number is compared with, taken in the
// same run on the same disk and loopback.

#include "stats.h"

#include <QString>

namespace novbe::bench {

struct SqliteBaseline
{
    double txPerSec = 0;
    qint64 transactions = 0;
    double seconds = 0;
    double cpuSeconds = 0; // CPU time of the inserting thread (other load does not count)
    Samples commit;        // BEGIN..COMMIT of each transaction
    QString error;
};

// How a baseline commits and what it inserts.
struct SqliteSpec
{
    // synchronous=FULL: an fsync per commit (the engine's pragmas). NORMAL:
    // no fsync per commit in WAL mode (only at checkpoints), so CPU-bound.
    bool fullSync = true;
    int payloadBytes = 600; // beside a 24-byte time and a 13-byte type
    // A thread spins on another CPU meanwhile. On a VM an idle vCPU halts and
    // an fsync's completion can wait for the next timer tick (4 ms at
    // HZ=250); a busy engine never sees that, so busy is the fair comparison.
    bool busyCpu = false;
};

// FULL with a 600-byte payload: one ticket event of the old JSON journal.
constexpr SqliteSpec FULL_SYNC{true, 600, false};
constexpr SqliteSpec FULL_SYNC_BUSY{true, 600, true};
// NORMAL with a 160-byte payload: a ~200-byte row, the size of one
// request's row in the engine's compact journal.
constexpr SqliteSpec NORMAL_SYNC{false, 160, false};

// Raw SQLite in WAL mode: one INSERT per transaction, for `seconds`, in a new
// file at `dbPath`.
SqliteBaseline measureSqliteBaseline(const QString &dbPath, double seconds, const SqliteSpec &spec);

// The bench's own echo server (run as a child process, like the engine): one
// QTcpServer on 127.0.0.1:0 writing back every byte; the port goes to `portFile`.
int runEchoServer(const QString &portFile);

} // namespace novbe::bench
