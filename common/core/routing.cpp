#include "routing.h"

namespace novbe {

CallKey callKey(const Ticket &ticket, int boostMin, double weight, const QDateTime &now)
{
    CallKey key;
    key.queuedAt = ticket.queuedAt;
    key.orderKey = ticket.orderKey;
    if (!ticket.appointment.isEmpty() && ticket.slotStart.isValid() && ticket.slotStart <= now) {
        key.appointmentDue = true;
        key.slotStart = ticket.slotStart;
        return key;
    }
    const double waitMin = double(ticket.queuedAt.msecsTo(now)) / 60000.0;
    key.score = (waitMin + boostMin) * weight;
    return key;
}

bool callsBefore(const CallKey &a, const CallKey &b)
{
    if (a.appointmentDue != b.appointmentDue)
        return a.appointmentDue;
    if (a.appointmentDue && a.slotStart != b.slotStart)
        return a.slotStart < b.slotStart;
    if (!a.appointmentDue && a.score != b.score)
        return a.score > b.score;
    if (a.queuedAt != b.queuedAt)
        return a.queuedAt < b.queuedAt;
    return a.orderKey < b.orderKey;
}

} // namespace novbe
