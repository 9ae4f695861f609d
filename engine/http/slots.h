#pragma once

#include "core/queuequeries.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace novbe::http {

struct Slot
{
    QDateTime start; // UTC
    QDateTime end;
    int free = 0;
};

// The bookable slots of `service` on the local `date`: every slotMin minutes
// from opening (00:00 without hours) while the slot ends by closing time,
// starting after `now` and at most daysAhead local days after today, each
// with perSlot minus the places taken (the rules appointment booking checks).
std::vector<Slot> slotsOf(const QueueQueries &query, const ServiceConfig &service,
                          const QDate &date, const QTimeZone &zone, const QDateTime &now);

} // namespace novbe::http
