#include "benchcontext.h"

#include "waiter.h"

#include <QDir>
#include <QProcess>

#include <csignal>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr int START_TIMEOUT_MS = 60000;

} // namespace

void BenchContext::log(const QString &text) const
{
    static const qint64 started = nowNs();
    std::fprintf(stderr, "[%7.2f s] %s\n", double(nowNs() - started) / 1e9, qPrintable(text));
    std::fflush(stderr);
}

PhaseEngine::PhaseEngine(BenchContext &context, const QString &name)
    : m_context(context), m_dir(context.workDir + u'/' + name)
{
    QDir().mkpath(m_dir);
}

PhaseEngine::~PhaseEngine()
{
    if (m_process)
        m_process->stop();
}

bool PhaseEngine::start(const CentreSize &size)
{
    const std::optional<BenchCentre> centre = writeBenchCentre(
        m_context.options.samplePath, m_dir + u"/centre.json"_s, size, &m_error);
    if (!centre)
        return false;
    m_centre = *centre;
    return restart();
}

bool PhaseEngine::restart()
{
    QStringList prefix = m_context.options.enginePrefix;
    if (m_context.options.callgrind) {
        prefix = QStringList{u"valgrind"_s, u"--tool=callgrind"_s,
                             u"--callgrind-out-file="_s + m_dir + u"/callgrind.out.%p"_s}
            + (m_profileFromStart ? QStringList{} : QStringList{u"--instr-atstart=no"_s});
    }
    if (m_context.options.perf && m_profileFromStart)
        prefix = perfRecord(m_dir + u"/perf.data"_s);
    m_process = std::make_unique<ServiceProcess>(m_context.options.enginePath, prefix);
    const QStringList args{u"--config"_s, m_centre.configPath, u"--db"_s,
                           dbPath(),      u"--listen"_s,       u"127.0.0.1:0"_s};
    if (!m_process->start(args, m_dir + u"/port"_s, m_dir + u"/engine.log"_s,
                          m_context.options.timeoutMs(START_TIMEOUT_MS))) {
        m_error = m_process->errorString();
        return false;
    }
    return true;
}

bool PhaseEngine::stop()
{
    if (!m_process)
        return true;
    const bool clean = m_process->stop(m_context.options.timeoutMs(20000));
    if (!clean)
        m_error = u"the engine did not exit cleanly on SIGTERM; see "_s + m_dir + u"/engine.log"_s;
    return clean;
}

void PhaseEngine::profileBegin()
{
    if (!m_process)
        return;
    if (m_context.options.callgrind)
        QProcess::execute(u"callgrind_control"_s,
                          {u"-i"_s, u"on"_s, QString::number(m_process->pid())});
    if (m_context.options.perf) {
        const QStringList perf = perfRecord(m_dir + u"/perf.data"_s)
            + QStringList{u"-p"_s, QString::number(m_process->targetPid())};
        m_perf = std::make_unique<QProcess>();
        m_perf->start(perf.constFirst(), perf.mid(1));
        m_perf->waitForStarted();
    }
}

void PhaseEngine::profileEnd()
{
    if (m_context.options.callgrind && m_process)
        QProcess::execute(u"callgrind_control"_s,
                          {u"-i"_s, u"off"_s, QString::number(m_process->pid())});
    if (m_perf) {
        ::kill(pid_t(m_perf->processId()), SIGINT); // perf writes its data on SIGINT
        m_perf->waitForFinished(30000);
        m_perf.reset();
    }
}

QStringList perfRecord(const QString &output)
{
    return {u"perf"_s, u"record"_s, u"-q"_s, u"-e"_s, u"cpu-clock"_s,
            u"-F"_s,   u"999"_s,    u"-g"_s, u"-o"_s, output};
}

QList<Greeting> kioskGreetings(const BenchCentre &centre, int count)
{
    QList<Greeting> out;
    for (int i = 0; i < count && i < centre.kiosks.size(); ++i)
        out.append(Greeting{centre.kiosks[i], {}});
    return out;
}

QList<Greeting> deskGreetings(const BenchCentre &centre, int count)
{
    QList<Greeting> out;
    for (int i = 0; i < count && i < centre.desks.size(); ++i)
        out.append(Greeting{centre.desks[i],
                            deskCalls(centre.operators[i], centre.pin, centre.counters[i])});
    return out;
}

QList<Greeting> displayGreetings(const BenchCentre &centre, int count, bool subscribe)
{
    QList<Greeting> out;
    for (int i = 0; i < count && i < centre.displays.size(); ++i)
        out.append(
            Greeting{centre.displays[i], subscribe ? subscribeCalls() : std::vector<Call>{}});
    return out;
}

CentreSize loadCentreSize(int clients, int displays)
{
    const int kiosks = std::max(1, clients / 4);
    return CentreSize{kiosks, clients - kiosks, displays};
}

std::optional<LoadClients> setUpLoad(BenchContext &context, PhaseEngine &engine, int clients,
                                     QObject *parent, const QString &phase)
{
    const CentreSize size = loadCentreSize(clients);
    LoadClients load;
    const int timeout = context.options.timeoutMs(120000);
    GreetResult kiosks = greetAll(kioskGreetings(engine.centre(), size.kiosks), engine.port(),
                                  parent, load.kiosks, timeout);
    GreetResult desks = greetAll(deskGreetings(engine.centre(), size.desks), engine.port(), parent,
                                 load.counters, timeout);
    if (!kiosks.complete() || !desks.complete()) {
        context.report.fail(phase,
                            u"set-up failed: "_s
                                + (kiosks.complete() ? desks.firstError : kiosks.firstError));
        return std::nullopt;
    }
    context.log(u"%1: %2 kiosks and %3 counter desks ready (desks %4 s)"_s.arg(
        phase, QString::number(size.kiosks), QString::number(size.desks),
        QString::number(desks.seconds, 'f', 2)));
    return load;
}

} // namespace novbe::bench
