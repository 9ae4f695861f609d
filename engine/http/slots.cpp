#include "slots.h"

#include <algorithm>

namespace novbe::http {

std::vector<Slot> slotsOf(const QueueQueries &query, const ServiceConfig &service,
                          const QDate &date, const QTimeZone &zone, const QDateTime &now)
{
    const AppointmentSettings &a = service.appointments;
    const int open = service.hours ? service.hours->open.msecsSinceStartOfDay() / 60000 : 0;
    const int close = service.hours ? service.hours->close.msecsSinceStartOfDay() / 60000 : 24 * 60;
    std::vector<Slot> slotList;
    if (now.toTimeZone(zone).date().daysTo(date) > a.daysAhead)
        return slotList; // not bookable yet (the booking rule)
    // Slots start on multiples of slotMin from midnight (the booking rule).
    int minute = (open + a.slotMin - 1) / a.slotMin * a.slotMin;
    for (; minute + a.slotMin <= close; minute += a.slotMin) {
        const QDateTime start = QDateTime(date, QTime(0, 0), zone).addSecs(minute * 60LL).toUTC();
        if (start <= now)
            continue;
        const int free = a.perSlot - query.placesTaken(service.id, start);
        slotList.push_back(Slot{start, start.addSecs(a.slotMin * 60LL), std::max(0, free)});
    }
    return slotList;
}

} // namespace novbe::http
