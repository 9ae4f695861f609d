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
    Result<Outcome> checkIn(const QString &code, const QString &lang, const QString &device,
                            const QDateTime &now);

private:
    QueueEngineState &d;
};

} // namespace novbe
