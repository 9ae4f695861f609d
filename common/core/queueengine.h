#pragma once

#include "centreconfig.h"
#include "centreindex.h"
#include "domainevent.h"
#include "records.h"
#include "result.h"
#include "ticket.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <iterator>
#include <memory>
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
};

struct BookRequest
{
    QString service;
    QDateTime start;
    QString citizenName;
    QString citizenPhone;
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

class QueueEngineState;
class TicketTable;

// Today's tickets in issue order, by reference: valid until the next change.
class TicketList
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Ticket;
        using difference_type = std::ptrdiff_t;
        using pointer = const Ticket *;
        using reference = const Ticket &;
        const_iterator(const TicketList *list, size_t i) : m_list(list), m_i(i) {}
        reference operator*() const { return (*m_list)[m_i]; }
        pointer operator->() const { return &(*m_list)[m_i]; }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++m_i;
            return old;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }

    private:
        const TicketList *m_list;
        size_t m_i;
    };

    explicit TicketList(const TicketTable &table) : m_table(&table) {}
    size_t size() const;
    bool empty() const { return size() == 0; }
    const Ticket &operator[](size_t i) const;
    const Ticket &front() const { return (*this)[0]; }
    const Ticket &back() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    // A copy of every ticket (for callers that keep them past the next change).
    std::vector<Ticket> copy() const { return {begin(), end()}; }

private:
    const TicketTable *m_table;
};

// The pure queue core: every decision about tickets, counters and numbers.
// No I/O; time is a parameter. Each mutating call either returns a domain
// error and changes nothing, or applies its change and returns an Outcome.
// Changes since the last commit() can be undone with rollback().
class QueueEngine
{
public:
    explicit QueueEngine(CentreConfig config, quint64 idSeed = 0);
    ~QueueEngine();
    QueueEngine(const QueueEngine &) = delete;
    QueueEngine &operator=(const QueueEngine &) = delete;

    // Requires: no uncommitted change. Loads a state rebuilt from storage.
    void restore(const RestoredState &state);
    // Replaces the configuration (reload); tickets and counters stay.
    Status reconfigure(CentreConfig config);
    const CentreConfig &config() const;
    // The config's ids interned (for encoders on the hot path).
    const CentreIndex &index() const;

    // Tickets
    Result<Outcome> issue(const IssueRequest &request, const QDateTime &now);
    Result<Outcome> cancel(const QString &ticketId, const QString &reason, const QDateTime &now);

    // Counters (the caller checks who may act on which counter)
    Result<Outcome> openCounter(const QString &counter, const QString &operatorId,
                                const QString &operatorName, const QDateTime &now);
    Result<Outcome> closeCounter(const QString &counter, const QDateTime &now);
    // The counter's session ended: no operator; closed unless it holds a ticket.
    Result<Outcome> releaseCounter(const QString &counter, const QDateTime &now);
    Result<Outcome> pause(const QString &counter, const QString &reason, const QDateTime &now);
    Result<Outcome> resume(const QString &counter, const QDateTime &now);
    Result<Outcome> callNext(const QString &counter, const QDateTime &now);
    Result<Outcome> callTicket(const QString &counter, const QString &ticketId,
                               const QDateTime &now);
    Result<Outcome> recall(const QString &counter, const QDateTime &now);
    Result<Outcome> start(const QString &counter, const QDateTime &now);
    Result<Outcome> finish(const QString &counter, const QString &outcome, const QDateTime &now);
    Result<Outcome> noShow(const QString &counter, const QDateTime &now);
    Result<Outcome> park(const QString &counter, const QDateTime &now);
    Result<Outcome> transfer(const QString &counter, const QString &service, Placement placement,
                             const QString &note, const QDateTime &now);

    // Appointments and feedback
    Result<Outcome> book(const BookRequest &request, const QDateTime &now);
    Result<Outcome> cancelAppointment(const QString &id, const QDateTime &now);
    Result<Outcome> checkIn(const QString &code, const QString &lang, const QString &device,
                            const QDateTime &now);
    Result<Outcome> submitFeedback(const QString &ticketId, int rating, const QString &comment,
                                   const QDateTime &now);

    // Devices: a journaled health change (online/offline, printer state).
    Result<Outcome> deviceChanged(const QString &device, bool online, const QString &printerState,
                                  const QString &printerDetail, const QDateTime &now);

    // End of service day: if `now` is in a later service day, active tickets
    // become reset, numbering restarts. Empty outcome when the day is current.
    Result<Outcome> rollover(const QDateTime &now);

    // Undo log
    void commit();   // accept every change since the last commit
    void rollback(); // return to the state at the last commit
    bool hasUncommitted() const;

    // Queries
    QString serviceDay() const;
    QString serviceDayOf(const QDateTime &t) const;
    qint64 lastSeq() const;
    // Today's ticket `id`, or null; valid until the next change.
    const Ticket *ticket(const QString &id) const;
    std::optional<Appointment> appointment(const QString &id) const;
    TicketList tickets() const;                  // all of today's, by issue order
    std::vector<CounterStatus> counters() const; // in config order
    std::optional<CounterStatus> counter(const QString &id) const;
    ServiceQueue queue(const QString &service, const QDateTime &now) const;
    std::vector<const Ticket *> parked(const QString &service) const;
    WaitEstimate estimate(const QString &ticketId, const QDateTime &now) const;
    double averageServiceSec(const QString &service) const;
    bool serviceOpen(const QString &service, const QDateTime &now) const;
    bool hasFeedback(const QString &ticketId) const;

private:
    std::unique_ptr<QueueEngineState> d;
};

} // namespace novbe
