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
    Samples commit;   // BEGIN..COMMIT of each transaction
    QString error;
};

// Raw SQLite with the engine's pragmas (WAL, synchronous=FULL): one INSERT of
// a journal-sized row per transaction, for `seconds`, in a new file at `dbPath`.
// `busyCpu`: a thread spins on another CPU meanwhile. On a VM an idle vCPU
// halts and an fsync's completion can wait for the next timer tick (4 ms at
// HZ=250); a busy engine never sees that, so busy is the fair comparison.
SqliteBaseline measureSqliteBaseline(const QString &dbPath, double seconds, bool busyCpu);

// The bench's own echo server (run as a child process, like the engine): one
// QTcpServer on 127.0.0.1:0 writing back every byte; the port goes to `portFile`.
int runEchoServer(const QString &portFile);

} // namespace novbe::bench
