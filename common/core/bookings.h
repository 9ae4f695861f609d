#pragma once

#include "operation.h"
#include "result.h"

namespace novbe {

class QueueEngineState;

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
