#pragma once

#include "operation.h"
#include "records.h"
#include "result.h"

#include <QHash>

namespace novbe {

class QueueEngineState;

// THE capacity rule: places of `service`'s slot at `start` (UTC) held by
// booked or checked-in appointments.
int placesTakenIn(const QHash<QString, Appointment> &appointments, const QString &service,
                  const QDateTime &start);

// Appointments: booking a slot, cancelling it, and checking in at a kiosk
// (which issues the ticket).
class Bookings
{
public:
    explicit Bookings(QueueEngineState &state) : d(state) {}
    Bookings(const Bookings &) = delete;
    Bookings &operator=(const Bookings &) = delete;

    Result<Outcome> book(const BookRequest &request, const QDateTime &now);
    Result<Outcome> cancelAppointment(const QString &id, const QDateTime &now);
    // Cancels the booked appointment with `code` whose citizen phone is `phone`
    // (digits compared, so "+994 50 123-45-67" matches "+994501234567");
    // NOT_FOUND when no booked appointment has both, whichever did not match.
    Result<Outcome> cancelByCode(const QString &code, const QString &phone, const QDateTime &now);
    // Every booked appointment whose check-in window closed (now after
    // start + lateMin) becomes missed, each with an appointment.missed event;
    // an empty outcome when none is due.
    Result<Outcome> markMissed(const QDateTime &now);
    // The ticket's language is `lang`, or the booking's when `lang` is empty.
    Result<Outcome> checkIn(const QString &code, const QString &lang, const QString &device,
                            const QDateTime &now);

private:
    QueueEngineState &d;
};

} // namespace novbe
