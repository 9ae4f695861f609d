#pragma once

#include "centreconfig.h"
#include "ticket.h"

#include <QDateTime>

#include <vector>

namespace novbe {

// Call order of protocol.md section 6, for one counter at time `now`.
struct CallKey
{
    bool appointmentDue = false; // checked-in appointment whose slot has started
    QDateTime slotStart;
    double score = 0.0;          // (waitMin + boostMin) x weight
    QDateTime queuedAt;
    qint64 orderKey = 0;
};

CallKey callKey(const Ticket &ticket, int boostMin, double weight, const QDateTime &now);
// True when `a` is called before `b`.
bool callsBefore(const CallKey &a, const CallKey &b);

// Sorts `tickets` into call order for a counter (weights per service) or,
// with an empty counter id, with weight 1 for every service.
void sortInCallOrder(std::vector<Ticket> &tickets, const CentreConfig &config,
                     const QString &counter, const QDateTime &now);

} // namespace novbe
