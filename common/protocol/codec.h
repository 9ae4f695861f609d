#pragma once

// Times and localized texts as the wire spells them (protocol.md section 4),
// and the decoders from wire JSON back to the core's domain objects: the
// version 1 journal stored events as their wire JSON, and the v1→v2 migration
// reads them back with eventFromJson. Encoding is the read model's alone
// (readmodelcodec.h, viewbuilders.h). Pure: no I/O.

#include "core/centreconfig.h"
#include "core/domainevent.h"
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
LocalizedText localizedFromJson(const QJsonObject &json);

// A full ticket's wire JSON back to the Ticket; nullopt when malformed or reduced.
std::optional<Ticket> ticketFromJson(const QJsonObject &json);
// The live part of a counter's wire JSON (CounterStatus); nullopt when malformed.
std::optional<CounterStatus> counterFromJson(const QJsonObject &json);
std::optional<Appointment> appointmentFromJson(const QJsonObject &json);
std::optional<Feedback> feedbackFromJson(const QJsonObject &json);
// An event's wire JSON (non-display form) back to the DomainEvent.
std::optional<DomainEvent> eventFromJson(const QJsonObject &json);

} // namespace novbe
