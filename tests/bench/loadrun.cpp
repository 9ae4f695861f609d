#include "loadrun.h"

#include "jsonscan.h"
#include "waiter.h"

#include <QTimer>

#include <memory>

namespace novbe::bench {

namespace {

// A kiosk pauses while this many tickets wait ahead of its last one.
constexpr qint64 MAX_AHEAD = 300;

} // namespace

LoadRun::LoadRun(std::vector<BenchClient *> kiosks, std::vector<BenchClient *> counters,
                 QStringList services, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_timer(new QTimer(this))
{
    std::size_t k = 0;
    std::size_t c = 0;
    while (k < kiosks.size() || c < counters.size()) {
        if (k < kiosks.size())
            m_actors.push_back(Actor{kiosks[k], true, 0, int(k % std::size_t(m_services.size()))});
        ++k;
        for (int i = 0; i < 3 && c < counters.size(); ++i, ++c)
            m_actors.push_back(Actor{counters[c], false, 0, 0});
    }
    for (const QString &s : std::as_const(m_services))
        m_serviceParams.push_back("{\"service\":\"" + s.toUtf8() + "\"}");
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1);
    connect(m_timer, &QTimer::timeout, this, &LoadRun::tick);
}

LoadRun::~LoadRun() = default;

void LoadRun::send(std::size_t index, qint64 scheduledNs)
{
    Actor &a = m_actors[index];
    a.busy = true;
    auto done = [this, index, scheduledNs](const Answer &answer) {
        handleAnswer(index, answer, scheduledNs);
    };
    if (a.kiosk) {
        const QByteArray &params = m_serviceParams[std::size_t(a.service)];
        a.service = (a.service + 1) % int(m_serviceParams.size());
        a.client->call("ticket.issue", params, std::move(done));
        return;
    }
    static const char *const methods[] = {"counter.callNext", "counter.start", "counter.finish"};
    a.client->call(methods[a.step], {}, std::move(done));
}

// Advances the actor; true when the answer acknowledged a state change.
bool LoadRun::applyAnswer(Actor &a, const Answer &answer)
{
    if (!answer.ok()) {
        if (m_stats.errors++ == 0)
            m_stats.firstError = QString::fromUtf8(answer.line);
        if (!a.kiosk)
            a.step = (a.step + 1) % 3; // resynchronise the counter's cycle
        return false;
    }
    if (a.kiosk) {
        const QByteArrayView ticket = jsonField(answer.result, "ticket");
        if (jsonInt(jsonField(ticket, "ahead"), 0) > MAX_AHEAD && !m_openLoop)
            a.parked = true;
        return true;
    }
    if (a.step == 0 && jsonIsNull(jsonField(answer.result, "ticket"))) {
        ++m_stats.emptyCalls;
        return false;
    }
    if (a.step == 0)
        unparkKiosk();
    a.step = (a.step + 1) % 3;
    return true;
}

void LoadRun::handleAnswer(std::size_t index, const Answer &answer, qint64 scheduledNs)
{
    Actor &a = m_actors[index];
    a.busy = false;
    const bool write = applyAnswer(a, answer);
    if (m_measuring && scheduledNs >= m_measureNs) {
        ++m_stats.requests;
        if (write)
            ++m_stats.writes;
        m_stats.latency.add(answer.receivedNs - (m_openLoop ? scheduledNs : answer.sentNs));
        m_stats.serviceTime.add(answer.receivedNs - answer.sentNs);
    }
    if (!m_running)
        return;
    if (m_openLoop)
        dispatchBacklog();
    else if (!a.parked)
        send(index, nowNs());
}

void LoadRun::unparkKiosk()
{
    for (std::size_t i = 0; i < m_actors.size(); ++i) {
        Actor &a = m_actors[i];
        if (a.kiosk && a.parked) {
            a.parked = false;
            if (m_running && !m_openLoop && !a.busy)
                send(i, nowNs());
            return;
        }
    }
}

void LoadRun::startClosedLoop()
{
    m_running = true;
    m_openLoop = false;
    m_startNs = nowNs();
    for (std::size_t i = 0; i < m_actors.size(); ++i) {
        if (!m_actors[i].busy)
            send(i, m_startNs);
    }
}

void LoadRun::startOpenLoop(double opsPerSec)
{
    m_running = true;
    m_openLoop = true;
    m_rate = opsPerSec;
    m_scheduled = 0;
    m_startNs = nowNs();
    m_timer->start();
}

void LoadRun::tick()
{
    const qint64 now = nowNs();
    const auto due = qint64(double(now - m_startNs) * m_rate / 1e9);
    for (; m_scheduled < due; ++m_scheduled)
        m_backlog.push_back(m_startNs + qint64(double(m_scheduled) * 1e9 / m_rate));
    dispatchBacklog();
}

void LoadRun::dispatchBacklog()
{
    m_stats.maxBacklog = std::max(m_stats.maxBacklog, qint64(m_backlog.size()));
    const std::size_t n = m_actors.size();
    std::size_t scanned = 0;
    while (!m_backlog.empty() && scanned < n) {
        const std::size_t i = m_cursor;
        m_cursor = (m_cursor + 1) % n;
        ++scanned;
        if (m_actors[i].busy || m_actors[i].parked)
            continue;
        send(i, m_backlog.front());
        m_backlog.pop_front();
        scanned = 0;
    }
}

void LoadRun::beginMeasure()
{
    m_stats = LoadStats{};
    m_measureNs = nowNs();
    m_measuring = true;
}

LoadStats LoadRun::finish(int timeoutMs)
{
    const qint64 end = nowNs();
    m_running = false;
    m_timer->stop();
    m_measuring = false;
    m_stats.seconds = double(end - m_measureNs) / 1e9;
    LoadStats stats = m_stats;
    m_backlog.clear();
    waitFor(
        [this] {
            for (const Actor &a : m_actors) {
                if (a.busy && !a.client->hasFailed())
                    return false;
            }
            return true;
        },
        timeoutMs);
    return stats;
}

bool LoadRun::prefill(int count, int timeoutMs)
{
    std::vector<std::size_t> kiosks;
    for (std::size_t i = 0; i < m_actors.size(); ++i) {
        if (m_actors[i].kiosk)
            kiosks.push_back(i);
    }
    if (kiosks.empty())
        return count == 0;
    struct Tally
    {
        int answered = 0;
        int errors = 0;
    };
    auto tally = std::make_shared<Tally>();
    for (int sent = 0; sent < count; ++sent) {
        Actor &a = m_actors[kiosks[std::size_t(sent) % kiosks.size()]];
        const QByteArray &params = m_serviceParams[std::size_t(sent) % m_serviceParams.size()];
        a.client->call("ticket.issue", params, [tally](const Answer &answer) {
            ++tally->answered;
            tally->errors += answer.ok() ? 0 : 1;
        });
    }
    const bool done = waitFor([&] { return tally->answered == count; }, timeoutMs);
    return done && tally->errors == 0;
}

} // namespace novbe::bench
