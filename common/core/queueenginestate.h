#pragma once

// Internal state of QueueEngine with its undo log. Not part of the API.

#include "centreconfig.h"
#include "domainevent.h"
#include "queueengine.h"
#include "records.h"
#include "ticket.h"

#include <QHash>
#include <QRandomGenerator64>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <initializer_list>
#include <vector>

namespace novbe {

class QueueEngineState
{
public:
    explicit QueueEngineState(CentreConfig cfg, quint64 seed);

    CentreConfig config;
    QTimeZone tz;
    QString serviceDay;
    qint64 lastSeq = 0;
    QHash<QString, Ticket> tickets;                 // today's, by id
    std::vector<QString> order;                     // today's ids in issue order
    QHash<QString, QSet<QString>> waitingBy;        // service -> waiting ids
    QHash<QString, QSet<QString>> parkedBy;         // service -> parked ids
    QHash<QString, QSet<int>> activeNumbers;        // service -> numbers in use
    QHash<QString, int> lastNumber;                 // service -> last number given
    QHash<QString, int> issuedCount;                // service -> tickets issued today
    QHash<QString, QString> requests;               // device + '\x1f' + requestId -> id
    QHash<QString, CounterStatus> counters;
    QHash<QString, Appointment> appointments;
    QHash<QString, double> avgService;              // service -> EWMA seconds
    QSet<QString> feedback;                         // tickets rated today
    QRandomGenerator64 rng;
    QRandomGenerator64 rngCommitted;
    std::vector<std::function<void()>> undo;

    // Logged mutations: each can be undone by rollback().
    void putTicket(const Ticket &t);
    void putCounter(const CounterStatus &c);
    void putAppointment(const Appointment &a);
    void putRequest(const QString &key, const QString &ticketId);
    void putFeedback(const QString &ticketId);
    void setLastNumber(const QString &service, int value);
    void setIssuedCount(const QString &service, int value);
    void setAverage(const QString &service, double value);
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
    void rebuildIndexes();

    // Helpers
    QString newId(const QString &prefix);
    QString dayOf(const QDateTime &t) const;
    double average(const QString &service) const;
    std::vector<Ticket> waitingTickets(const QString &service) const;
    int openCounters(const QString &service, int *freeCounters) const;

private:
    void rawPutTicket(const Ticket &t);
    void unindex(const Ticket &t);
    void index(const Ticket &t);
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
int etaForNewTicket(const QueueEngineState &s, const QString &service, const QDateTime &now);
WaitEstimate estimateFor(const QueueEngineState &s, const Ticket &t, const QDateTime &now);
} // namespace engineops

} // namespace novbe
