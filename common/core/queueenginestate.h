#pragma once

// Internal state of QueueEngine with its undo log. Not part of the API.

#include "centreconfig.h"
#include "centreindex.h"
#include "domainevent.h"
#include "queueengine.h"
#include "records.h"
#include "ticket.h"
#include "tickettable.h"

#include <QHash>
#include <QRandomGenerator64>
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

class QueueEngineState
{
public:
    explicit QueueEngineState(CentreConfig cfg, quint64 seed);

    CentreConfig config;
    CentreIndex index;
    QTimeZone tz;
    QString serviceDay;
    qint64 lastSeq = 0;
    std::unique_ptr<TicketTable> tickets;           // today's
    QHash<QString, QString> requests;               // device + '\x1f' + requestId -> id
    std::vector<CounterStatus> counters;            // by interned counter number
    QHash<QString, Appointment> appointments;
    std::vector<ServiceDay> services;               // by interned service number
    QSet<QString> feedback;                         // tickets rated today
    QRandomGenerator64 rng;
    QRandomGenerator64 rngCommitted;
    std::vector<std::function<void()>> undo;

private:
    mutable QString m_endCachedFor;   // the service day serviceDayEnd() was computed for
    mutable QDateTime m_endCached;

public:

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
    // Drops every ticket of the day (rollover), logged as one step.
    void clearDay();
    // Appends an event with the next seq to `out`.
    DomainEvent &addEvent(Outcome &out, EventType type, const QDateTime &now);

    void commit();
    void rollback();
    // Undo only the changes made after `mark()` (a failed operation).
    size_t mark() const { return undo.size(); }
    void rollbackTo(size_t mark);
    // Re-reads the config into the index (construction and reload).
    void reindex();

    // Helpers
    QString newId(const QString &prefix);
    QString dayOf(const QDateTime &t) const;
    // The first instant (UTC) after the current service day; invalid without one.
    QDateTime serviceDayEnd() const;
    const Ticket *ticket(const QString &id) const;
    ServiceDay &day(int service);
    const ServiceDay &day(int service) const;
    double average(int service) const;
    double average(const QString &service) const { return average(index.findService(service)); }
    // The counter's live state; null for a counter the config does not have.
    const CounterStatus *counter(const QString &id) const;
    int openCounters(int service, int *freeCounters) const;
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
void queueChanged(QueueEngineState &s, Outcome &out, const QString &service,
                  const QDateTime &now);
// Rolls the day over first when `now` is in a later service day.
void autoRollover(QueueEngineState &s, Outcome &out, const QDateTime &now);
// The counter, or NotFound.
Result<CounterStatus> findCounter(const QueueEngineState &s, const QString &id);
// The counter's current ticket in one of `states`, or InvalidState.
Result<Ticket> currentTicket(const QueueEngineState &s, const CounterStatus &c,
                             std::initializer_list<TicketState> states, const QString &action);
// Runs one operation: rolls the day over if needed, then `op(out)`; when
// `op` fails every change of this operation is undone.
template<typename Op>
Result<Outcome> guarded(QueueEngineState &s, const QDateTime &now, Op &&op)
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
int etaForNewTicket(const QueueEngineState &s, int service);
WaitEstimate estimateFor(const QueueEngineState &s, const TicketEntry &t, const QDateTime &now);
// The next waiting ticket for `counter` at `now` (protocol.md section 6), or null.
const TicketEntry *nextFor(const QueueEngineState &s, int counter, const QDateTime &now);
// The waiting tickets of `service` in call order for weight 1.
std::vector<const Ticket *> callOrder(const QueueEngineState &s, int service, const QDateTime &now);
} // namespace engineops

} // namespace novbe
