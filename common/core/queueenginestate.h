#pragma once

// Internal state of QueueEngine with its undo log. Not part of the API.

#include "centreconfig.h"
#include "centreindex.h"
#include "domainevent.h"
#include "managercontrols.h"
#include "operation.h"
#include "randomsource.h"
#include "records.h"
#include "result.h"
#include "ticket.h"
#include "tickettable.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

namespace novbe {

// Today's figures of one service (by interned number).
struct ServiceDay
{
    int lastNumber = 0;        // numbering: the last number given
    int issuedCount = 0;       // tickets issued today
    double avgServiceSec = -1; // EWMA of service times; < 0 = none yet (config default)
};

// Every field is private: reads go through const accessors, and every change
// of an operation goes through a logged mutation below, which pushes a step
// that restores the old value (rollback() / rollbackTo()). Only restore() and
// reconfigure() change the state without logging; both run with an empty log.
class QueueEngineState
{
public:
    QueueEngineState(CentreConfig cfg, std::unique_ptr<RandomSource> random);
    // A deep copy (the random source too: RandomSource::clone). Requires:
    // `other` has no uncommitted change.
    QueueEngineState(const QueueEngineState &other);
    QueueEngineState &operator=(const QueueEngineState &) = delete;

    // Read access.
    const CentreConfig &config() const { return m_config; }
    const CentreIndex &index() const { return m_index; }
    const QTimeZone &timeZone() const { return m_tz; }
    const QString &serviceDay() const { return m_serviceDay; }
    qint64 lastSeq() const { return m_lastSeq; }
    const TicketTable &tickets() const { return *m_tickets; }
    // device + '\x1f' + requestId -> ticket id
    const QHash<QString, QString> &requests() const { return m_requests; }
    // By interned counter number.
    const std::vector<CounterStatus> &counters() const { return m_counters; }
    const QHash<QString, Appointment> &appointments() const { return m_appointments; }
    // Tickets rated today.
    const QSet<QString> &feedback() const { return m_feedback; }
    // The manager's controls of the day (managercontrols.h).
    const DayControls &controls() const { return m_controls; }
    bool hasUncommitted() const { return !m_undo.empty(); }

    // Logged mutations: each can be undone by rollback().
    const TicketEntry &putTicket(const Ticket &t);
    void putCounter(const CounterStatus &c);
    void putAppointment(const Appointment &a);
    void putRequest(const QString &key, const QString &ticketId);
    void putFeedback(const QString &ticketId);
    void setLastNumber(int service, int value);
    void setIssuedCount(int service, int value);
    void setAverage(int service, double value);
    void setServiceDay(const QString &day);
    // A service's control; the default one (open, no cut-off) is dropped.
    void putControl(const ServiceControl &c);
    void putMessage(const std::optional<DisplayMessage> &message);
    // Drops every ticket of the day (rollover), logged as one step.
    void clearDay();
    // Appends an event with the next seq to `out`.
    DomainEvent &addEvent(Outcome &out, EventType type, const QDateTime &now);

    // Random draws (ids, appointment codes). The generator is not in the step
    // log: commit() keeps its position, rollback() rewinds it to the last
    // commit; rollbackTo() leaves it where it is.
    QString newId(const QString &prefix);
    // A number in [0, bound) from the 32-bit draw (QRandomGenerator::bounded(int)).
    int randomInt(int bound);

    void commit();
    void rollback();
    // Undo only the changes made after `mark()` (a failed operation).
    size_t mark() const { return m_undo.size(); }
    void rollbackTo(size_t mark);

    // Not logged: replaces the whole state with one read back at start-up
    // (drops the log, then commits).
    void restore(const RestoredState &state);
    // Not logged: replaces the config and re-reads it into the index (a
    // reload). The caller makes sure nothing is uncommitted.
    void reconfigure(CentreConfig cfg);
    // Not logged: today's controls read back from the journal at start-up.
    void restoreControls(DayControls controls) { m_controls = std::move(controls); }

    // Helpers
    QString dayOf(const QDateTime &t) const;
    // The first instant (UTC) after the current service day; invalid without one.
    QDateTime serviceDayEnd() const;
    const Ticket *ticket(const QString &id) const;
    const ServiceDay &day(int service) const;
    double average(int service) const;
    double average(const QString &service) const { return average(m_index.findService(service)); }
    // The counter's live state; null for a counter the config does not have.
    const CounterStatus *counter(const QString &id) const;
    int openCounters(int service, int *freeCounters) const;

private:
    // Re-reads the config into the index (construction and reload).
    void reindex();
    ServiceDay &dayRef(int service);
    void restoreTickets(const std::vector<Ticket> &tickets);
    void restoreAverages(std::vector<const Ticket *> done);

    CentreConfig m_config;
    CentreIndex m_index;
    QTimeZone m_tz;
    QString m_serviceDay;
    qint64 m_lastSeq = 0;
    std::unique_ptr<TicketTable> m_tickets; // today's
    QHash<QString, QString> m_requests;
    std::vector<CounterStatus> m_counters;
    QHash<QString, Appointment> m_appointments;
    std::vector<ServiceDay> m_services; // by interned service number
    QSet<QString> m_feedback;
    DayControls m_controls;
    std::unique_ptr<RandomSource> m_random;
    std::vector<std::function<void()>> m_undo;
    mutable QString m_endCachedFor; // the service day serviceDayEnd() was computed for
    mutable QDateTime m_endCached;
};

// Shared steps of the engine's operations (queueengine*.cpp).
namespace engineops {
// Records `t` as changed and emits a ticket event of `type` for it.
DomainEvent &ticketEvent(QueueEngineState &s, Outcome &out, EventType type, const Ticket &t,
                         const QDateTime &now);
// Records `c` as changed and emits counter.changed.
void counterChanged(QueueEngineState &s, Outcome &out, const CounterStatus &c,
                    const QDateTime &now);
// Emits queue.changed for `service` with its waiting count and eta.
void queueChanged(QueueEngineState &s, Outcome &out, const QString &service, const QDateTime &now);
// Issues a ticket (TicketFlow::issue; a check-in issues one too).
Result<Outcome> issueTicket(QueueEngineState &s, const IssueRequest &request, const QDateTime &now);
// ServiceClosed when `svc` takes no new tickets at `now`.
Status checkServiceOpen(const QueueEngineState &s, const ServiceConfig &svc, const QDateTime &now);
// Rolls the day over first when `now` is in a later service day.
void autoRollover(QueueEngineState &s, Outcome &out, const QDateTime &now);
// The counter, or NotFound.
Result<CounterStatus> findCounter(const QueueEngineState &s, const QString &id);
// The counter's current ticket in one of `states`, or InvalidState.
Result<Ticket> currentTicket(const QueueEngineState &s, const CounterStatus &c,
                             std::initializer_list<TicketState> states, const QString &action);
// Runs one operation: rolls the day over if needed, then `op(out)`; when
// `op` fails every change of this operation is undone.
template <typename Op> Result<Outcome> guarded(QueueEngineState &s, const QDateTime &now, Op &&op)
{
    const size_t mark = s.mark();
    Outcome out;
    autoRollover(s, out, now);
    Status st = op(out);
    if (!st) {
        s.rollbackTo(mark);
        return st.error();
    }
    return out;
}
// The wait estimate (waitforecast.h) of a standard ticket issued now.
int etaForNewTicket(const QueueEngineState &s, int service, const QDateTime &now);
// People before a waiting ticket and its wait estimate (waitforecast.h).
WaitEstimate estimateFor(const QueueEngineState &s, const TicketEntry &t, const QDateTime &now);
// The forward run of waitforecast.h for `target` (null: a standard ticket of
// `service` issued now); without an open counter for it, estimateWaitSec with
// `ahead` people before it and one counter.
int forecastEtaSec(const QueueEngineState &s, int service, const TicketEntry *target, int ahead,
                   const QDateTime &now);
// The next waiting ticket for `counter` at `now` (protocol.md section 6), or null.
const TicketEntry *nextFor(const QueueEngineState &s, int counter, const QDateTime &now);
// The waiting tickets of `service` in call order for weight 1.
std::vector<const Ticket *> callOrder(const QueueEngineState &s, int service, const QDateTime &now);
} // namespace engineops

} // namespace novbe
