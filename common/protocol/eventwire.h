#pragma once

// The hot wire shapes written straight from the core's objects with
// JsonWriter: tickets, counters, and event notifications (protocol.md
// sections 4 and 7). Byte for byte what codec.h's QJsonObject builders give
// through QJsonDocument (tests/unit/protocol compares every shape).

#include "jsonwriter.h"

#include "core/centreindex.h"
#include "core/domainevent.h"
#include "core/queueengine.h"

#include <QByteArray>

namespace novbe {

// Full ticket; `estimate` fills ahead/etaSec of a waiting ticket (else 0).
void writeTicket(JsonWriter &w, const Ticket &t, const WaitEstimate *estimate = nullptr);
// Reduced ticket (displays): id, number, service, state, counter, recalls.
void writeReducedTicket(JsonWriter &w, const Ticket &t);
void writeLocalized(JsonWriter &w, const LocalizedText &text);
// Counter object; `current` is its current ticket when known.
void writeCounter(JsonWriter &w, const CounterStatus &c, const CentreIndex &index,
                  const Ticket *current, bool reduced);
void writeAppointment(JsonWriter &w, const Appointment &a);

// One event notification line ("{...}\n") for subscribers; `display` gives
// the reduced form displays get. Requires: for `display`, isDisplayEvent(type).
QByteArray eventLine(const DomainEvent &event, const CentreIndex &index, bool display = false);

} // namespace novbe
