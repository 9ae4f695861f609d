#include "store.h"

#include "protocol/codec.h"
#include "storeprivate.h"
#include "storerows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {
namespace {

// Appointments ending after this instant may still matter on `serviceDay`
// in any time zone (UTC-12 .. UTC+14).
QDateTime appointmentHorizon(const QString &serviceDay)
{
    const QDate day = QDate::fromString(serviceDay, Qt::ISODate);
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-14 * 3600);
}

DomainError readError(const QString &what, int rc, const Database &db)
{
    return storageError(u"cannot read %1"_s.arg(what), rc, db);
}

Status readTickets(Database &db, const QString &day, std::vector<Ticket> &out)
{
    Statement q = db.prepare("SELECT " NOVBE_TICKET_COLUMNS " FROM tickets "
                             "WHERE service_day = ?1 ORDER BY issue_seq, id");
    q.bind(1, day);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::optional<Ticket> t = readTicket(q);
        if (!t)
            return makeError(ErrorCode::StorageUnavailable,
                             u"ticket %1 has an unknown state in the database"_s.arg(q.text(0)));
        out.push_back(std::move(*t));
    }
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"tickets"_s, rc, db));
}

Status readCounters(Database &db, std::vector<CounterStatus> &out)
{
    Statement q = db.prepare("SELECT " NOVBE_COUNTER_COLUMNS " FROM counters ORDER BY id");
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::optional<CounterStatus> c = readCounter(q);
        if (!c)
            return makeError(ErrorCode::StorageUnavailable,
                             u"counter %1 has an unknown state in the database"_s.arg(q.text(0)));
        out.push_back(std::move(*c));
    }
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"counters"_s, rc, db));
}

Status readAppointments(Database &db, const QString &day, std::vector<Appointment> &out)
{
    Statement q = db.prepare("SELECT " NOVBE_APPOINTMENT_COLUMNS " FROM appointments "
                             "WHERE end_at >= ?1 ORDER BY start_at, id");
    q.bind(1, appointmentHorizon(day));
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::optional<Appointment> a = readAppointment(q);
        if (!a)
            return makeError(ErrorCode::StorageUnavailable,
                             u"appointment %1 has an unknown state in the database"_s.arg(
                                     q.text(0)));
        out.push_back(std::move(*a));
    }
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"appointments"_s, rc, db));
}

Status readFeedbackTickets(Database &db, const QString &day, std::vector<QString> &out)
{
    Statement q = db.prepare("SELECT f.ticket FROM feedback f JOIN tickets t ON t.id = f.ticket "
                             "WHERE t.service_day = ?1 ORDER BY f.ticket");
    q.bind(1, day);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(q.text(0));
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"feedback"_s, rc, db));
}

} // namespace

Result<RestoredState> Store::loadState(const QString &serviceDay)
{
    RestoredState state;
    state.serviceDay = serviceDay;
    int rc = SQLITE_OK;
    state.lastSeq = d->db.queryInt("SELECT coalesce(max(seq), 0) FROM events", &rc);
    if (rc != SQLITE_OK)
        return readError(u"the journal"_s, rc, d->db);
    Status status = readTickets(d->db, serviceDay, state.tickets);
    if (status)
        status = readCounters(d->db, state.counters);
    if (status)
        status = readAppointments(d->db, serviceDay, state.appointments);
    if (status)
        status = readFeedbackTickets(d->db, serviceDay, state.feedbackTickets);
    if (!status)
        return status.error();
    return state;
}

std::vector<StoredEvent> Store::eventsAfter(qint64 seq, int limit)
{
    std::vector<StoredEvent> events;
    Statement q = d->db.prepare("SELECT seq, payload FROM events WHERE seq > ?1 ORDER BY seq "
                                "LIMIT ?2");
    q.bind(1, seq);
    q.bind(2, qint64(limit));
    while (q.step() == SQLITE_ROW)
        events.push_back(StoredEvent{q.integer(0), q.bytes(1)});
    return events;
}

qint64 Store::oldestSeq()
{
    return d->db.queryInt("SELECT coalesce(min(seq), 0) FROM events");
}

qint64 Store::lastSeq()
{
    return d->db.queryInt("SELECT coalesce(max(seq), 0) FROM events");
}

std::vector<DomainEvent> Store::dayEvents(const QString &serviceDay)
{
    std::vector<DomainEvent> events;
    Statement q = d->db.prepare("SELECT seq, payload FROM events WHERE service_day = ?1 "
                                "ORDER BY seq");
    q.bind(1, serviceDay);
    while (q.step() == SQLITE_ROW) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.bytes(1));
        std::optional<DomainEvent> event = eventFromJson(doc.object());
        if (event)
            events.push_back(std::move(*event));
        else
            qWarning("store: journal event %lld cannot be parsed; skipped", q.integer(0));
    }
    return events;
}

std::optional<Ticket> Store::findTicket(const QString &id)
{
    Statement q = d->db.prepare("SELECT " NOVBE_TICKET_COLUMNS " FROM tickets WHERE id = ?1");
    q.bind(1, id);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return readTicket(q);
}

std::vector<Feedback> Store::dayFeedback(const QString &serviceDay)
{
    std::vector<Feedback> feedback;
    Statement q = d->db.prepare("SELECT f.ticket, f.rating, f.comment, f.counter, "
                                "f.operator_id, f.service, f.at FROM feedback f "
                                "JOIN tickets t ON t.id = f.ticket WHERE t.service_day = ?1 "
                                "ORDER BY f.at, f.ticket");
    q.bind(1, serviceDay);
    while (q.step() == SQLITE_ROW)
        feedback.push_back(readFeedback(q));
    return feedback;
}

std::vector<DeviceRecord> Store::devices()
{
    std::vector<DeviceRecord> devices;
    Statement q = d->db.prepare("SELECT id, online, printer_state, printer_detail, last_seen "
                                "FROM devices ORDER BY id");
    while (q.step() == SQLITE_ROW)
        devices.push_back(
                DeviceRecord{q.text(0), q.integer(1) != 0, q.text(2), q.text(3), q.time(4)});
    return devices;
}

QString Store::lastServiceDay()
{
    Statement q = d->db.prepare("SELECT service_day FROM events ORDER BY seq DESC LIMIT 1");
    return q.step() == SQLITE_ROW ? q.text(0) : QString();
}

} // namespace novbe
