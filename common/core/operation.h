#pragma once

// The shapes the core's operations take and give: requests, outcomes and
// the state rebuilt from storage at start-up.

#include "domainevent.h"
#include "records.h"
#include "ticket.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace novbe {

// What one successful operation changed: its events, to journal and
// broadcast (they already carry their seq and snapshots of the tickets and
// counters they changed), and the appointments it changed (a check-in changes
// one without an appointment event).
struct Outcome
{
    std::vector<Appointment> appointments;
    std::vector<DomainEvent> events;
    std::optional<Ticket> ticket;           // the operation's main ticket, if any
    std::optional<CounterStatus> counter;   // the operation's main counter, if any
    std::optional<Appointment> appointment; // the operation's main appointment, if any
    bool empty() const { return events.empty(); }
};

struct IssueRequest
{
    QString service;
    QString category = QStringLiteral("standard");
    QString lang = QStringLiteral("az");
    QString device;
    QString requestId; // idempotency key per device and service day
    // A checked-in appointment: the manager's closure and cut-off of the day
    // (managercontrols.h) do not apply to a citizen who booked.
    bool booked = false;
};

struct BookRequest
{
    QString service;
    QDateTime start;
    QString citizenName;
    QString citizenPhone;
    QString lang = QStringLiteral("az"); // one of the centre's languages
};

// Position of a waiting ticket: people before it and the estimated wait.
struct WaitEstimate
{
    int ahead = 0;
    int etaSec = 0;
};

struct ServiceQueue
{
    QString service;
    std::vector<const Ticket *> waiting; // in call order (weight 1); valid until the next change
    int longestWaitSec = 0;
    int etaSec = 0; // for a ticket issued now
};

// State rebuilt from storage at start-up.
struct RestoredState
{
    QString serviceDay;
    qint64 lastSeq = 0;
    std::vector<Ticket> tickets; // today's tickets
    std::vector<CounterStatus> counters;
    std::vector<Appointment> appointments; // not yet ended
    std::vector<QString> feedbackTickets;  // tickets that already have feedback
};

} // namespace novbe
