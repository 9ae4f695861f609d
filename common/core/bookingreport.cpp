#include "bookingreport.h"

#include <QSet>

namespace novbe {

namespace {

void countState(BookingReport &r, AppointmentState state)
{
    switch (state) {
        case AppointmentState::Booked: ++r.booked; break;
        case AppointmentState::CheckedIn: ++r.checkedIn; break;
        case AppointmentState::Cancelled: ++r.cancelled; break;
        case AppointmentState::Expired: ++r.expired; break;
        case AppointmentState::Missed: ++r.missed; break;
    }
}

// The bucket of a check-in `minutesEarly` before the slot start.
size_t earlinessBucket(qint64 secondsEarly)
{
    if (secondsEarly < 0)
        return 0;
    size_t bucket = 0;
    for (const int bound : BookingReport::EARLY_BOUNDS) {
        if (secondsEarly >= qint64(bound) * 60)
            ++bucket;
    }
    return bucket;
}

} // namespace

BookingReport bookingReport(const std::vector<Appointment> &appointments, const TicketList &tickets,
                            const QDate &date, const QTimeZone &zone)
{
    BookingReport r;
    r.date = date;
    QSet<QString> ofDay;
    for (const Appointment &a : appointments) {
        if (a.start.toTimeZone(zone).date() != date)
            continue;
        ++r.bookings;
        countState(r, a.state);
        ofDay.insert(a.id);
    }
    const int known = r.checkedIn + r.missed;
    if (known > 0) {
        r.checkInRate = double(r.checkedIn) / known;
        r.missedRate = double(r.missed) / known;
    }
    for (const Ticket &t : tickets) {
        if (!t.appointment.isEmpty() && ofDay.contains(t.appointment))
            ++r.earliness[earlinessBucket(t.issuedAt.secsTo(t.slotStart))];
    }
    return r;
}

} // namespace novbe
