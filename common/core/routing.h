#pragma once

#include "ticket.h"

#include <QDateTime>

namespace novbe {

// Call order of protocol.md section 6, for one counter at time `now`.
struct CallKey
{
    bool appointmentDue = false; // checked-in appointment whose slot has started
    QDateTime slotStart;
    double score = 0.0; // (waitMin + boostMin) x weight
    QDateTime queuedAt;
    qint64 orderKey = 0;
};

CallKey callKey(const Ticket &ticket, int boostMin, double weight, const QDateTime &now);
// True when `a` is called before `b`.
bool callsBefore(const CallKey &a, const CallKey &b);

} // namespace novbe
