#pragma once

#include "centreconfig.h"
#include "centreindex.h"
#include "operation.h"
#include "ticketlist.h"

#include <optional>
#include <vector>

namespace novbe {

class QueueEngineState;

// Read-only questions about the centre's state: configuration, today's
// tickets, counters and appointments, queues and wait estimates. Pointers and
// views it returns are valid until the next change.
class QueueQueries
{
public:
    explicit QueueQueries(const QueueEngineState &state) : d(state) {}
    QueueQueries(const QueueQueries &) = delete;
    QueueQueries &operator=(const QueueQueries &) = delete;

    const CentreConfig &config() const;
    // The config's ids interned (for encoders on the hot path).
    const CentreIndex &index() const;
    QString serviceDay() const;
    QString serviceDayOf(const QDateTime &t) const;
    qint64 lastSeq() const;
    // Today's ticket `id`, or null.
    const Ticket *ticket(const QString &id) const;
    std::optional<Appointment> appointment(const QString &id) const;
    // The appointments the engine holds (not yet ended, and today's), by slot start.
    std::vector<Appointment> appointments() const;
    // Places of `service`'s slot at `start` held by booked or checked-in appointments.
    int placesTaken(const QString &service, const QDateTime &start) const;
    TicketList tickets() const;                  // all of today's, by issue order
    std::vector<CounterStatus> counters() const; // in config order
    std::optional<CounterStatus> counter(const QString &id) const;
    ServiceQueue queue(const QString &service, const QDateTime &now) const;
    // queue().waiting alone (without the wait estimate).
    std::vector<const Ticket *> callOrder(const QString &service, const QDateTime &now) const;
    std::vector<const Ticket *> parked(const QString &service) const;
    WaitEstimate estimate(const QString &ticketId, const QDateTime &now) const;
    double averageServiceSec(const QString &service) const;
    // Takes new tickets at `now`: enabled, within its hours, not closed by
    // the manager, not past today's cut-off.
    bool serviceOpen(const QString &service, const QDateTime &now) const;
    // The manager's control of `service` today (open, no cut-off by default).
    ServiceControl control(const QString &service) const;
    // The ticker message showing at `now`, if any.
    std::optional<DisplayMessage> message(const QDateTime &now) const;
    bool hasFeedback(const QString &ticketId) const;

private:
    const QueueEngineState &d;
};

} // namespace novbe
