#pragma once

// JSON <-> domain objects, exactly as protocol.md section 4 and 7 spell them.
// Pure: no I/O. Used by the server (responses, events), the store (journal
// payloads) and the clients.

#include "core/centreconfig.h"
#include "core/domainevent.h"
#include "core/kpi.h"
#include "core/queueengine.h"
#include "core/records.h"
#include "core/ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace novbe {

// "2026-11-28T09:15:02.123Z"; null QDateTime -> JSON null.
QString isoTime(const QDateTime &t);
QJsonValue isoTimeOrNull(const QDateTime &t);
// Parses ISO 8601 with a zone (Z or +hh:mm); invalid QDateTime on error.
QDateTime parseIsoTime(const QString &text);

QJsonObject localizedToJson(const LocalizedText &text);

// Full ticket; `estimate` fills ahead/etaSec (waiting tickets only, else 0).
QJsonObject ticketToJson(const Ticket &ticket, std::optional<WaitEstimate> estimate = {});
// Reduced ticket for displays: id, number, service, state, counter, recalls.
QJsonObject reducedTicketToJson(const Ticket &ticket);
// Inverse of ticketToJson (journal replay); nullopt when malformed.
std::optional<Ticket> ticketFromJson(const QJsonObject &json);

// Counter object; `current` is the counter's current ticket, if any.
QJsonObject counterToJson(const CounterStatus &counter, const CentreConfig &config,
                          const std::optional<Ticket> &current, bool reduced = false);
QJsonObject appointmentToJson(const Appointment &appointment);
QJsonObject feedbackToJson(const Feedback &feedback);

// Event params object {seq, type, at, ...} for non-display subscribers and
// the journal. Counters in events carry their current ticket when the event
// has one.
QJsonObject eventToJson(const DomainEvent &event, const CentreConfig &config);
// The display's view of an event; nullopt when displays do not get it.
std::optional<QJsonObject> displayEventJson(const DomainEvent &event, const CentreConfig &config);
// Displays get only ticket.called, counter.changed and day.rollover.
bool isDisplayEvent(EventType type); // also in readmodel.h
// Inverse of eventToJson (journal replay, KPI recomputation).
std::optional<DomainEvent> eventFromJson(const QJsonObject &json);

QJsonObject kpisToJson(const Kpis &kpis);

// Additions to the agreed API (inverses and JSON-level helpers).
LocalizedText localizedFromJson(const QJsonObject &json);
// The reduced fields of a full ticket JSON.
QJsonObject reduceTicketJson(const QJsonObject &ticket);
// Inverse of counterToJson for the live part (CounterStatus); nullopt when malformed.
std::optional<CounterStatus> counterFromJson(const QJsonObject &json);
std::optional<Appointment> appointmentFromJson(const QJsonObject &json);
std::optional<Feedback> feedbackFromJson(const QJsonObject &json);
// The display's view of a journaled event JSON (eventToJson output), as
// displayEventJson; nullopt when displays do not get it.
std::optional<QJsonObject> reduceEventJsonForDisplay(const QJsonObject &event);
std::optional<Kpis> kpisFromJson(const QJsonObject &json);

} // namespace novbe
