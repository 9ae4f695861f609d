#include "slots.h"

#include "core/managercontrols.h"

#include <algorithm>

namespace novbe::http {

namespace {

// Today's slots of a service the manager closed, or at or after its cut-off
// (the booking rule, core/bookings.cpp).
bool closedToday(const QueueQueries &query, const ServiceConfig &service, const QDateTime &start,
                 const QTimeZone &zone)
{
    if (query.serviceDayOf(start) != query.serviceDay())
        return false;
    return !checkControl(query.control(service.id), start.toTimeZone(zone).time()).ok();
}

} // namespace

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
        if (start <= now || closedToday(query, service, start, zone))
            continue;
        const int free = a.perSlot - query.placesTaken(service.id, start);
        slotList.push_back(Slot{start, start.addSecs(a.slotMin * 60LL), std::max(0, free)});
    }
    return slotList;
}

} // namespace novbe::http
