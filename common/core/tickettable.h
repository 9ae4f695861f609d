#pragma once

// Today's tickets in one stable store (issue order; addresses never move
// while a ticket exists), found by id, and indexed per service:
//   - waiting tickets in call order for weight 1 (the order within one
//     service does not depend on the time or on a counter's weight),
//   - waiting appointment tickets by slot start (they jump the queue once
//     their slot has started),
//   - parked tickets by placement order,
//   - the ticket numbers in use,
//   - the ticket each counter holds (called or serving).
// The table does no undo logging; QueueEngineState does.

#include "centreindex.h"
#include "numbering.h"
#include "ticket.h"

#include <QHash>

#include <memory>
#include <vector>

namespace novbe {

struct TicketEntry
{
    Ticket ticket;
    int service = -1;       // interned ticket.service
    int numbering = -1;     // interned service whose numbers it holds
    qint64 effectiveMs = 0; // queuedAt - boostMin: lower is called first
    qint64 queuedMs = 0;    // queuedAt, ms since the epoch
    qint64 slotMs = 0;      // slotStart, ms since the epoch (hasSlot tickets)
};

class TicketTable
{
public:
    explicit TicketTable(CentreIndex &index) : m_index(&index) {}
    // A deep copy of `other` whose indexes point at its own entries; `index`
    // is the copy's (a copy of other's index).
    TicketTable(const TicketTable &other, CentreIndex &index);
    TicketTable(const TicketTable &) = delete;
    TicketTable &operator=(const TicketTable &) = delete;

    const TicketEntry *find(const QString &id) const { return m_byId.value(id, nullptr); }
    // Inserts `t` or replaces the ticket with its id, keeping every index.
    const TicketEntry &put(const Ticket &t);
    // Removes the newest ticket (the undo of its insertion).
    void removeNewest();
    // Recomputes derived keys and indexes (after a config change).
    void reindex();

    size_t size() const { return m_order.size(); }
    const Ticket &at(size_t i) const { return m_order[i]->ticket; }

    // Per service, by interned number; empty for unknown numbers.
    const std::vector<const TicketEntry *> &waiting(int service) const;
    const std::vector<const TicketEntry *> &appointments(int service) const;
    const std::vector<const TicketEntry *> &parked(int service) const;
    const NumberSet &activeNumbers(int numberingService) const;
    // The called or serving ticket a counter (interned number) holds, or null.
    const TicketEntry *atCounter(int counter) const;

private:
    struct PerService
    {
        std::vector<const TicketEntry *> waiting;
        std::vector<const TicketEntry *> appointments;
        std::vector<const TicketEntry *> parked;
        NumberSet active;
    };

    PerService &slot(int service);
    void derive(TicketEntry &e);
    void index(const TicketEntry &e);
    void unindex(const TicketEntry &e);

    CentreIndex *m_index;
    std::vector<std::unique_ptr<TicketEntry>> m_order;
    QHash<QString, TicketEntry *> m_byId;
    std::vector<PerService> m_services;
    std::vector<const TicketEntry *> m_atCounter; // by interned counter
};

// Strict call order within one service, weight 1, ignoring appointment slots.
bool waitsBefore(const TicketEntry &a, const TicketEntry &b);
// Strict order of waiting appointment tickets: slot start, then as waitsBefore.
bool slotBefore(const TicketEntry &a, const TicketEntry &b);
// True when the ticket waits for a checked-in appointment slot.
bool hasSlot(const Ticket &t);

} // namespace novbe
