#include "storerows.h"

#include "sqlitedb.h"

namespace novbe {

const char *const UPSERT_APPOINTMENT =
    "INSERT INTO appointments(" NOVBE_APPOINTMENT_COLUMNS ") "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
    "ON CONFLICT(id) DO UPDATE SET code = excluded.code, service = excluded.service, "
    "start_at = excluded.start_at, end_at = excluded.end_at, state = excluded.state, "
    "citizen_name = excluded.citizen_name, citizen_phone = excluded.citizen_phone, "
    "ticket = excluded.ticket, booked_at = excluded.booked_at, lang = excluded.lang";

const char *const UPSERT_FEEDBACK =
    "INSERT INTO feedback(" NOVBE_FEEDBACK_COLUMNS ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT(ticket) DO UPDATE SET rating = excluded.rating, "
    "comment = excluded.comment, counter = excluded.counter, "
    "operator_id = excluded.operator_id, service = excluded.service, at = excluded.at, "
    "day = excluded.day";

void bindAppointment(Statement &query, const Appointment &a)
{
    query.bind(1, a.id);
    query.bind(2, a.code);
    query.bind(3, a.service);
    query.bind(4, a.start);
    query.bind(5, a.end);
    query.bind(6, appointmentStateName(a.state));
    query.bind(7, a.citizenName);
    query.bind(8, a.citizenPhone);
    query.bind(9, a.ticket);
    query.bind(10, a.bookedAt);
    query.bind(11, a.lang.isEmpty() ? QStringLiteral("az") : a.lang);
}

void bindFeedback(Statement &query, const Feedback &f, const QString &day)
{
    query.bind(1, f.ticket);
    query.bind(2, qint64(f.rating));
    query.bind(3, f.comment);
    query.bind(4, f.counter);
    query.bind(5, f.operatorId);
    query.bind(6, f.service);
    query.bind(7, f.at);
    query.bind(8, day);
}

std::optional<Ticket> readTicket(const Statement &row)
{
    const std::optional<TicketState> state = ticketStateFromName(row.text(5));
    if (!state)
        return std::nullopt;
    Ticket t;
    t.id = row.text(0);
    t.number = row.text(1);
    t.numberValue = int(row.integer(2));
    t.service = row.text(3);
    t.category = row.text(4);
    t.state = *state;
    t.issuedAt = row.time(6);
    t.queuedAt = row.time(7);
    t.calledAt = row.time(8);
    t.startedAt = row.time(9);
    t.endedAt = row.time(10);
    t.counter = row.text(11);
    t.recalls = int(row.integer(12));
    t.lang = row.text(13);
    t.appointment = row.text(14);
    t.slotStart = row.time(15);
    t.issueSeq = row.integer(16);
    t.orderKey = row.integer(17);
    t.serviceDay = row.text(18);
    t.device = row.text(19);
    t.requestId = row.text(20);
    t.outcome = row.text(21);
    t.note = row.text(22);
    t.originalService = row.text(23);
    t.firstCalledAt = row.time(24);
    return t;
}

std::optional<CounterStatus> readCounter(const Statement &row)
{
    const std::optional<CounterState> state = counterStateFromName(row.text(1));
    if (!state)
        return std::nullopt;
    CounterStatus c;
    c.id = row.text(0);
    c.state = *state;
    c.operatorId = row.text(2);
    c.operatorName = row.text(3);
    c.ticket = row.text(4);
    c.pauseReason = row.text(5);
    c.changedAt = row.time(6);
    return c;
}

std::optional<Appointment> readAppointment(const Statement &row)
{
    const std::optional<AppointmentState> state = appointmentStateFromName(row.text(5));
    if (!state)
        return std::nullopt;
    Appointment a;
    a.id = row.text(0);
    a.code = row.text(1);
    a.service = row.text(2);
    a.start = row.time(3);
    a.end = row.time(4);
    a.state = *state;
    a.citizenName = row.text(6);
    a.citizenPhone = row.text(7);
    a.ticket = row.text(8);
    a.bookedAt = row.time(9);
    if (!row.text(10).isEmpty())
        a.lang = row.text(10);
    return a;
}

Feedback readFeedback(const Statement &row)
{
    Feedback f;
    f.ticket = row.text(0);
    f.rating = int(row.integer(1));
    f.comment = row.text(2);
    f.counter = row.text(3);
    f.operatorId = row.text(4);
    f.service = row.text(5);
    f.at = row.time(6);
    return f;
}

} // namespace novbe
