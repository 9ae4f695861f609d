#pragma once

#include "bookings.h"
#include "centreconfig.h"
#include "counterdesks.h"
#include "devicereports.h"
#include "managercontrols.h"
#include "operation.h"
#include "queuequeries.h"
#include "randomsource.h"
#include "result.h"
#include "ticketflow.h"

#include <memory>

namespace novbe {

class QueueEngineState;

// The pure queue core: every decision about tickets, counters and numbers.
// No I/O; time is a parameter. It owns the state and its undo log; the
// operations are split by concern into TicketFlow, CounterDesks, Bookings and
// DeviceReports, and the reads into QueueQueries. Each mutating call either
// returns a domain error and changes nothing, or applies its change and
// returns an Outcome. Changes since the last commit() can be undone with
// rollback().
class QueueEngine
{
public:
    // Ids and booking codes drawn from a SeededRandom(idSeed): deterministic.
    explicit QueueEngine(CentreConfig config, quint64 idSeed = 0);
    // Ids and booking codes drawn from the given source (the engine's: the
    // system's cryptographic generator).
    QueueEngine(CentreConfig config, std::unique_ptr<RandomSource> random);
    ~QueueEngine();
    // A deep copy of the whole state, e.g. to try two futures of one day.
    // Requires: no uncommitted change.
    QueueEngine(const QueueEngine &other);
    QueueEngine &operator=(const QueueEngine &) = delete;

    // Requires: no uncommitted change. Loads a state rebuilt from storage.
    void restore(const RestoredState &state);
    // Replaces the configuration (reload); tickets and counters stay.
    Status reconfigure(CentreConfig config);
    // Requires: no uncommitted change. Today's manager controls from the
    // day's journal (controlsFromEvents), after restore().
    void restoreControls(const std::vector<DomainEvent> &dayEvents);

    TicketFlow &flow() { return m_flow; }
    CounterDesks &desks() { return m_desks; }
    Bookings &bookings() { return m_bookings; }
    DeviceReports &reports() { return m_reports; }
    ManagerControls &controls() { return m_controls; }
    const QueueQueries &query() const { return m_query; }

    // Undo log
    void commit();   // accept every change since the last commit
    void rollback(); // return to the state at the last commit
    bool hasUncommitted() const;

private:
    std::unique_ptr<QueueEngineState> d;
    TicketFlow m_flow;
    CounterDesks m_desks;
    Bookings m_bookings;
    DeviceReports m_reports;
    ManagerControls m_controls;
    QueueQueries m_query;
};

} // namespace novbe
