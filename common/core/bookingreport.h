#pragma once

#include "records.h"
#include "ticketlist.h"

#include <QDate>
#include <QTimeZone>

#include <array>
#include <vector>

namespace novbe {

// What became of the bookings of one local day (GET /api/v1/reports/bookings,
// docs/appointments.md): counts by state, the check-in and missed rates of
// the bookings whose fate is known (checked in or missed), and how early the
// citizens checked in before their slot start.
struct BookingReport
{
    // Check-in earliness buckets in minutes before the slot start: late
    // (after the start), 0-15, 15-30, 30-60, 60-120, 120 and more.
    static constexpr std::array<int, 5> EARLY_BOUNDS{0, 15, 30, 60, 120};

    QDate date;
    int bookings = 0; // every booking of the day, cancelled ones included
    int booked = 0;   // still waiting for their check-in window
    int checkedIn = 0;
    int missed = 0;
    int cancelled = 0;
    int expired = 0;
    double checkInRate = 0; // checkedIn / (checkedIn + missed); 0 when none is known
    double missedRate = 0;  // missed / (checkedIn + missed)
    std::array<int, EARLY_BOUNDS.size() + 1> earliness{}; // [late, 0-15, ..., 120+]
};

// Pure: the report of `date` (local in `zone`) from the appointments and
// today's tickets (check-in times) the engine holds.
BookingReport bookingReport(const std::vector<Appointment> &appointments, const TicketList &tickets,
                            const QDate &date, const QTimeZone &zone);

} // namespace novbe
