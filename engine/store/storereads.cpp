#include "store.h"

#include "storeprivate.h"
#include "storerows.h"

#include <QHash>
#include <QtDebug>

#include <sqlite3.h>

#include <limits>

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

DomainError damaged(const QString &what)
{
    return makeError(ErrorCode::StorageUnavailable,
                     u"cannot read %1: the database file is corrupt"_s.arg(what));
}

// The seqs of `day`: [first, end) with end 0 for "to the end of the journal";
// first 0 when the journal has no such day.
std::pair<qint64, qint64> dayRange(Database &db, const QString &day)
{
    Statement q = db.prepare("SELECT first_seq, (SELECT min(first_seq) FROM days d2 "
                             "WHERE d2.first_seq > d.first_seq) FROM days d WHERE day = ?1");
    q.bind(1, day);
    if (q.step() != SQLITE_ROW)
        return {0, 0};
    return {q.integer(0), q.isNull(1) ? 0 : q.integer(1)};
}

// Calls `each` for every journaled event with first <= seq < end (end 0: no
// bound), at most `limit`. An error for a row that cannot be read.
template <typename Each>
Status readJournal(StoreData &d, qint64 first, qint64 end, qint64 limit, Each each)
{
    Statement q = d.db.prepare(
        "SELECT first_seq, last_seq, body FROM journal "
        "WHERE first_seq >= (SELECT coalesce(max(first_seq), 0) FROM journal "
        "WHERE first_seq <= ?1) ORDER BY first_seq");
    q.bind(1, first);
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto events = decodeEvents(d.names, q.bytes(2), q.integer(0));
        if (!events || (!events->empty() && events->back().seq != q.integer(1)))
            return damaged(u"journal row %1"_s.arg(q.integer(0)));
        for (const DomainEvent &e : *events) {
            if (e.seq < first)
                continue;
            if ((end > 0 && e.seq >= end) || count >= limit)
                return okStatus();
            ++count;
            each(e);
        }
    }
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"the journal"_s, rc, d.db));
}

// Today's tickets: the newest snapshot of each ticket of `day` in its range.
Status readTickets(StoreData &d, const QString &day, std::vector<Ticket> &out)
{
    const auto [first, end] = dayRange(d.db, day);
    if (first == 0)
        return okStatus();
    QHash<QString, size_t> at;
    return readJournal(
        d, first, end, std::numeric_limits<qint64>::max(), [&](const DomainEvent &e) {
            if (!e.ticket || e.type == EventType::CounterChanged || e.ticket->serviceDay != day)
                return;
            const auto it = at.constFind(e.ticket->id);
            if (it != at.constEnd()) {
                out[*it] = *e.ticket;
                return;
            }
            at.insert(e.ticket->id, out.size());
            out.push_back(*e.ticket);
        });
}

Status readCounters(StoreData &d, std::vector<CounterStatus> &out)
{
    Statement q = d.db.prepare("SELECT id, body FROM counter_state ORDER BY id");
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::optional<CounterStatus> c = decodeCounter(d.names, q.bytes(1));
        if (!c)
            return damaged(u"counter %1"_s.arg(q.text(0)));
        out.push_back(std::move(*c));
    }
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"counters"_s, rc, d.db));
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
            return makeError(
                ErrorCode::StorageUnavailable,
                u"appointment %1 has an unknown state in the database"_s.arg(q.text(0)));
        out.push_back(std::move(*a));
    }
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"appointments"_s, rc, db));
}

Status readFeedbackTickets(Database &db, const QString &day, std::vector<QString> &out)
{
    Statement q = db.prepare("SELECT ticket FROM feedback WHERE day = ?1 ORDER BY ticket");
    q.bind(1, day);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(q.text(0));
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"feedback"_s, rc, db));
}

} // namespace

Result<RestoredState> Store::loadState(const QString &serviceDay) const
{
    RestoredState state;
    state.serviceDay = serviceDay;
    state.lastSeq = lastSeq();
    Status status = readTickets(*d, serviceDay, state.tickets);
    if (status)
        status = readCounters(*d, state.counters);
    if (status)
        status = readAppointments(d->db, serviceDay, state.appointments);
    if (status)
        status = readFeedbackTickets(d->db, serviceDay, state.feedbackTickets);
    if (!status)
        return status.error();
    return state;
}

std::vector<DomainEvent> Store::eventsAfter(qint64 seq, int limit) const
{
    std::vector<DomainEvent> events;
    const Status st = readJournal(*d, seq + 1, 0, limit,
                                  [&](const DomainEvent &e) { events.push_back(e); });
    if (!st)
        qWarning("store: %s", qPrintable(st.error().message));
    return events;
}

namespace {

// Every name, the engine's newest included (ids are dense and never reused).
Status reloadNames(StoreData &d)
{
    Statement q = d.db.prepare("SELECT id, text FROM names");
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        d.names.load(q.integer(0), q.text(1));
    return rc == SQLITE_DONE ? okStatus() : Status(readError(u"names"_s, rc, d.db));
}

// The journal's days as (first seq, day), ascending.
std::vector<std::pair<qint64, QString>> journalDays(Database &db)
{
    std::vector<std::pair<qint64, QString>> days;
    Statement q = db.prepare("SELECT first_seq, day FROM days ORDER BY first_seq");
    while (q.step() == SQLITE_ROW)
        days.emplace_back(q.integer(0), q.text(1));
    return days;
}

} // namespace

Result<std::vector<DayEvent>> Store::followAfter(qint64 seq, int limit)
{
    if (const int rc = d->db.exec("BEGIN"); rc != SQLITE_OK)
        return readError(u"the journal"_s, rc, d->db);
    std::vector<DayEvent> out;
    Status st = reloadNames(*d);
    const auto days = st ? journalDays(d->db) : std::vector<std::pair<qint64, QString>>{};
    size_t day = 0;
    if (st) {
        st = readJournal(*d, seq + 1, 0, limit, [&](const DomainEvent &e) {
            while (day + 1 < days.size() && days[day + 1].first <= e.seq)
                ++day;
            out.push_back(DayEvent{days.empty() ? QString() : days[day].second, e});
        });
    }
    d->db.exec("COMMIT");
    if (!st)
        return st.error();
    return out;
}

qint64 Store::oldestSeq() const
{
    return d->db.queryInt("SELECT coalesce(min(first_seq), 0) FROM journal");
}

qint64 Store::lastSeq() const
{
    return d->db.queryInt("SELECT coalesce((SELECT last_seq FROM journal ORDER BY first_seq DESC "
                          "LIMIT 1), 0)");
}

std::vector<DomainEvent> Store::dayEvents(const QString &serviceDay) const
{
    std::vector<DomainEvent> events;
    const auto [first, end] = dayRange(d->db, serviceDay);
    if (first == 0)
        return events;
    const Status st = readJournal(*d, first, end, std::numeric_limits<qint64>::max(),
                                  [&](const DomainEvent &e) { events.push_back(e); });
    if (!st)
        qWarning("store: %s", qPrintable(st.error().message));
    return events;
}

std::optional<Ticket> Store::findTicket(const QString &id) const
{
    Statement q = d->db.prepare("SELECT body FROM ended_tickets WHERE id = ?1");
    q.bind(1, id);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return decodeTicket(d->names, q.bytes(0));
}

std::vector<Feedback> Store::dayFeedback(const QString &serviceDay) const
{
    std::vector<Feedback> feedback;
    Statement q = d->db.prepare("SELECT " NOVBE_FEEDBACK_COLUMNS " FROM feedback WHERE day = ?1 "
                                "ORDER BY at, ticket");
    q.bind(1, serviceDay);
    while (q.step() == SQLITE_ROW)
        feedback.push_back(readFeedback(q));
    return feedback;
}

std::vector<DeviceRecord> Store::devices() const
{
    std::vector<DeviceRecord> devices;
    Statement q = d->db.prepare("SELECT id, online, printer_state, printer_detail, last_seen "
                                "FROM devices ORDER BY id");
    while (q.step() == SQLITE_ROW)
        devices.push_back(
            DeviceRecord{q.text(0), q.integer(1) != 0, q.text(2), q.text(3), q.time(4)});
    return devices;
}

QString Store::lastServiceDay() const
{
    return d->currentDay;
}

} // namespace novbe
