#pragma once

// Domain objects <-> table rows for the tables with plain columns
// (appointments, feedback), and the schema 1 readers of tickets and counters
// the migration to schema 2 uses. Each table has one SELECT column list and
// one upsert; the readers return nullopt for a row with an unknown state.

#include "core/records.h"
#include "core/ticket.h"

#include <optional>

namespace novbe {

class Statement;

// Column lists, in the order the readers expect them.
#define NOVBE_TICKET_COLUMNS                                                                       \
    "id, number, number_value, service, category, state, issued_at, queued_at, called_at, "        \
    "started_at, ended_at, counter, recalls, lang, appointment, slot_start, issue_seq, "           \
    "order_key, service_day, device, request_id, outcome, note, original_service, "                \
    "first_called_at"
#define NOVBE_COUNTER_COLUMNS                                                                      \
    "id, state, operator_id, operator_name, ticket, pause_reason, changed_at"
#define NOVBE_APPOINTMENT_COLUMNS                                                                  \
    "id, code, service, start_at, end_at, state, citizen_name, citizen_phone, ticket, booked_at, " \
    "lang"
#define NOVBE_FEEDBACK_COLUMNS "ticket, rating, comment, counter, operator_id, service, at, day"

extern const char *const UPSERT_APPOINTMENT;
extern const char *const UPSERT_FEEDBACK;

// Bind every column of the object to an upsert statement above.
void bindAppointment(Statement &query, const Appointment &appointment);
void bindFeedback(Statement &query, const Feedback &feedback, const QString &day);

// Read the current row of a SELECT of the matching column list.
std::optional<Ticket> readTicket(const Statement &row);         // schema 1
std::optional<CounterStatus> readCounter(const Statement &row); // schema 1
std::optional<Appointment> readAppointment(const Statement &row);
Feedback readFeedback(const Statement &row);

} // namespace novbe
