#pragma once

// The load of phases 2, 3 and 5: kiosks issue tickets, counters call, start
// and finish them. Closed loop: every actor keeps one request in flight.
// Open loop: requests are scheduled at a fixed rate and handed to idle actors;
// latency counts from the scheduled time, so a stall is not hidden
// (no coordinated omission).

#include "benchclient.h"
#include "stats.h"

#include <QObject>
#include <QStringList>

#include <deque>
#include <vector>

class QTimer;

namespace novbe::bench {

struct LoadStats
{
    qint64 writes = 0;     // acknowledged state changes (issue, call, start, finish)
    qint64 emptyCalls = 0; // callNext answered {ticket:null}
    qint64 errors = 0;
    qint64 requests = 0;
    QString firstError;
    double seconds = 0;    // measured window
    Samples latency;       // open loop: from schedule; closed loop: from send
    Samples serviceTime;   // from send
    qint64 maxBacklog = 0; // open loop: scheduled requests waiting for an idle actor
};

class LoadRun : public QObject
{
    Q_OBJECT

public:
    // Requires: the kiosks said hello; the counters logged in and opened a counter.
    LoadRun(std::vector<BenchClient *> kiosks, std::vector<BenchClient *> counters,
            QStringList services, QObject *parent = nullptr);
    ~LoadRun() override;

    void startClosedLoop();
    void startOpenLoop(double opsPerSec);
    // Starts a measured window (stats reset).
    void beginMeasure();
    // Ends the window and stops sending; waits for answers in flight.
    LoadStats finish(int timeoutMs);
    // Kiosks issue `count` tickets (unmeasured); waits for the answers.
    bool prefill(int count, int timeoutMs);

private:
    struct Actor
    {
        BenchClient *client = nullptr;
        bool kiosk = false;
        int step = 0;    // counter: 0 callNext, 1 start, 2 finish
        int service = 0; // kiosk: next service index
        bool busy = false;
        bool parked = false;
    };

    void send(std::size_t index, qint64 scheduledNs);
    void handleAnswer(std::size_t index, const Answer &answer, qint64 scheduledNs);
    bool applyAnswer(Actor &actor, const Answer &answer);
    void tick();
    void dispatchBacklog();
    void unparkKiosk();

    std::vector<Actor> m_actors; // interleaved: one kiosk per three counters
    QStringList m_services;
    std::vector<QByteArray> m_serviceParams;
    std::deque<qint64> m_backlog;
    QTimer *m_timer;
    LoadStats m_stats;
    qint64 m_startNs = 0;
    qint64 m_measureNs = 0;
    qint64 m_scheduled = 0;
    double m_rate = 0;
    std::size_t m_cursor = 0;
    bool m_running = false;
    bool m_openLoop = false;
    bool m_measuring = false;
};

} // namespace novbe::bench
