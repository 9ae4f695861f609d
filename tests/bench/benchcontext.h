#pragma once

// What every phase shares: options, the work directory, the report, the
// baselines; and PhaseEngine, one fresh engine (config + database) per phase.

#include "benchcentre.h"
#include "benchoptions.h"
#include "greeter.h"
#include "report.h"
#include "serviceprocess.h"

#include <QObject>
#include <QProcess>

#include <memory>
#include <optional>

namespace novbe::bench {

struct BenchContext
{
    BenchOptions options;
    QString workDir;
    Report report;
    double sqliteTxPerSec = 0; // baseline 1, CPU kept busy (the fair one, see baselines.h)
    double sqliteIdleTxPerSec = 0;
    double sqliteCommitP50Ms = 0;
    double sqliteCommitP99Ms = 0;
    double sqliteNormalTxPerSec = 0; // WAL + synchronous=NORMAL, a ~200-byte row: CPU-bound
    double echoP50Ms = 0;            // baseline 2
    double echoP99Ms = 0;

    // A progress line on stderr.
    void log(const QString &text) const;
};

class PhaseEngine
{
public:
    // Files go to <workDir>/<name>/.
    PhaseEngine(BenchContext &context, const QString &name);
    ~PhaseEngine();

    // Writes the bench centre for `size` and starts an engine on a new database.
    bool start(const CentreSize &size);
    // Starts the engine again on the same config and database.
    bool restart();
    bool stop();
    // With --callgrind / --perf: profile the engine from here to profileEnd().
    void profileBegin();
    void profileEnd();
    // With --callgrind: collect from the engine's start (recovery).
    void setProfileFromStart(bool on) { m_profileFromStart = on; }

    const BenchCentre &centre() const { return m_centre; }
    quint16 port() const { return m_process->port(); }
    ServiceProcess &process() { return *m_process; }
    QString dbPath() const { return m_dir + QStringLiteral("/engine.db"); }
    QString dir() const { return m_dir; }
    QString errorString() const { return m_error; }

private:
    BenchContext &m_context;
    QString m_dir;
    BenchCentre m_centre;
    std::unique_ptr<ServiceProcess> m_process;
    QString m_error;
    bool m_profileFromStart = false;
    std::unique_ptr<QProcess> m_perf;
};

// "perf record" sampling CPU time (user and kernel) with call graphs into `output`.
QStringList perfRecord(const QString &output);

// Set-up calls for the generated devices of `centre`.
QList<Greeting> kioskGreetings(const BenchCentre &centre, int count);
QList<Greeting> deskGreetings(const BenchCentre &centre, int count);
QList<Greeting> displayGreetings(const BenchCentre &centre, int count, bool subscribe);

struct LoadClients
{
    std::vector<BenchClient *> kiosks;
    std::vector<BenchClient *> counters;
};

// The phases' load mix for `clients` actors: one kiosk per three counter desks.
CentreSize loadCentreSize(int clients, int displays = 0);
// Connects and sets up the load actors; nullopt after reporting a failure.
std::optional<LoadClients> setUpLoad(BenchContext &context, PhaseEngine &engine, int clients,
                                     QObject *parent, const QString &phase);

} // namespace novbe::bench
