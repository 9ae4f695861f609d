#pragma once

// novbe-bench's command line.

#include <QString>
#include <QStringList>

#include <optional>

namespace novbe::bench {

struct BenchOptions
{
    bool quick = false;
    bool json = false;
    bool keep = false; // keep the work directory
    QString enginePath;
    QStringList enginePrefix; // e.g. "strace -f -o trace.txt" before the engine
    bool callgrind = false;   // profile the engine's measured windows
    bool perf = false;        // sample the engine (whole run) with perf record
    QString samplePath;       // the centre config the bench centre derives from
    QString workBase;         // parent of the temporary work directory
    QStringList only;         // phases to run; empty = all
    QString echoPortFile;     // internal: run as the echo server
    int holdConnections = 0;  // internal: run as phase 5's connection holder
    quint16 holdPort = 0;
    QString holdReadyFile;
    double sqliteSeconds = 5;
    int echoRoundTrips = 5000;
    int clients = 64;
    double seconds = 15; // throughput window
    double rate = 500;   // latency phase offered load, ops/s
    double latencySeconds = 30;
    int displays = 200;
    int rounds = 500;
    int connections = 2000;
    double connectionLoadSeconds = 15;
    qint64 tickets = 1000000;
    int recoveryStarts = 3;
    int floodRequests = 100000; // pipelined by the flood phase's abusive connection
    double floodSeconds = 10;   // the flood phase's honest window
    double timeoutScale = 1;    // slower engines (valgrind) need longer set-up timeouts

    bool runs(const QString &phase) const { return only.isEmpty() || only.contains(phase); }
    int timeoutMs(int ms) const { return int(ms * timeoutScale); }
};

struct ParsedBenchOptions
{
    std::optional<BenchOptions> options;
    QString message; // help text or error
    int exitCode = 0;
};

ParsedBenchOptions parseBenchOptions(const QStringList &arguments);

} // namespace novbe::bench
