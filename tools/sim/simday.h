#pragma once

// The event loop of one simulated day (simulator.h runs it).

#include "citizens.h"
#include "simulator.h"

#include "core/queueengine.h"

#include <QHash>

#include <queue>

namespace novbe::sim {

class SimDay
{
public:
    SimDay(const CentreConfig &config, const DayProfile &profile, const SimOptions &options,
           DayInput input);
    SimResult run();

    // The same in steps, to fork a day (copy the SimDay) and try two futures:
    // start() schedules the day; advance(stop) handles every event before
    // `stop` (local ms); finish() returns the result.
    void start();
    void advance(qint64 stopMs);
    SimResult finish();
    // Replaces the staffing from `fromMs` on (the staffing before it must be
    // the same): pending opens and closes are dropped and `shifts`' opens and
    // closes at or after `fromMs` scheduled, ordered as start() would.
    void replan(std::vector<Shift> shifts, qint64 fromMs);

private:
    enum class Kind { WalkIn, CheckIn, Open, Close, BreakStart, BreakEnd, Start, Done, NoShow };
    struct Event
    {
        qint64 ms;
        qint64 seq;
        Kind kind;
        int a;
    };
    struct Later
    {
        bool operator()(const Event &x, const Event &y) const
        {
            return x.ms != y.ms ? x.ms > y.ms : x.seq > y.seq;
        }
    };
    struct Desk
    {
        QString id;
        std::vector<int> services; // config indexes it serves
        bool staffed = false;
        bool paused = false;
        bool closing = false;
        bool drain = false;
        bool breakPending = false;
        QString ticket;
        int priorityRun = 0;
    };
    struct Citizen
    {
        int record = -1;
        Plan plan;
        bool called = false;
        bool transferred = false;
        qint64 fromMs = 0; // the wait counts from here
    };

    void schedule(qint64 ms, Kind kind, int a);
    QDateTime at(qint64 ms) const { return m_midnight.addMSecs(ms); }
    void advanceTo(qint64 ms);
    void handle(const Event &e);
    bool apply(const Result<Outcome> &r, const char *what);
    void bookAll();
    void walkIn(int i);
    void checkIn(int i);
    void issued(const Ticket &t, int category, bool appointment, const Plan &plan, qint64 fromMs);
    void open(int c);
    void close(int c);
    void closeNow(int c);
    void breakStart(int c);
    void breakEnd(int c);
    void startService(int c);
    void done(int c);
    void noShow(int c);
    void afterTicket(int c);
    void dispatch(int c);
    void dispatchService(int service);
    const Ticket *choose(int c);
    void called(int c, const Ticket &t);
    void recordOvertake(const Ticket &u);
    bool anyWaiting(const Desk &d) const;
    void checkInvariants();
    void fail(const QString &what);

    const CentreConfig &m_config;
    const DayProfile &m_profile;
    SimOptions m_options;
    QueueEngine m_engine;
    QDateTime m_midnight;
    qint64 m_now = 0;
    qint64 m_seq = 0;
    std::priority_queue<Event, std::vector<Event>, Later> m_events;
    std::vector<WalkIn> m_walkIns;
    std::vector<Booking> m_bookings;
    std::vector<QString> m_codes;
    std::vector<Shift> m_shifts;
    std::vector<Break> m_breaks;
    std::vector<Desk> m_desks;
    std::vector<int> m_waiting; // per service, from queue.changed
    QHash<QString, int> m_serviceIndex;
    QHash<QString, int> m_categoryIndex;
    QHash<QString, Citizen> m_citizens;
    SimResult m_result;
};

} // namespace novbe::sim
