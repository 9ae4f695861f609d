#include "store.h"

#include "protocol/codec.h"
#include "storeprivate.h"
#include "storerows.h"

#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {
namespace {

constexpr const char *INSERT_EVENT =
        "INSERT INTO events(seq, at, service_day, type, ticket, counter, payload) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";

constexpr const char *UPSERT_DEVICE =
        "INSERT INTO devices(id, online, printer_state, printer_detail, last_seen) "
        "VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(id) DO UPDATE SET online = excluded.online, "
        "printer_state = excluded.printer_state, printer_detail = excluded.printer_detail, "
        "last_seen = excluded.last_seen";

const QString WRITE_FAILED = u"cannot write the database"_s;

template<typename T, typename Bind>
Status upsertAll(Database &db, const char *sql, const std::vector<T> &rows, Bind bind)
{
    for (const T &row : rows) {
        Statement q = db.prepare(sql);
        bind(q, row);
        const int rc = q.run();
        if (rc != SQLITE_DONE)
            return storageError(WRITE_FAILED, rc, db);
    }
    return okStatus();
}

QString eventCounter(const DomainEvent &event)
{
    if (event.counter)
        return event.counter->id;
    return event.ticket ? event.ticket->counter : QString();
}

} // namespace

// Ticket events belong to their ticket's day (so a reset at rollover closes
// the old day), day.rollover to the new day, others to the day of `at`.
QString StoreData::serviceDayOf(const DomainEvent &event, const CentreConfig &config)
{
    if (event.ticket && !event.ticket->serviceDay.isEmpty())
        return event.ticket->serviceDay;
    if (event.type == EventType::DayRollover && !event.serviceDay.isEmpty())
        return event.serviceDay;
    const QByteArray id = config.centre.timezone.toUtf8();
    if (id != zoneId || !zone.isValid()) {
        zoneId = id;
        zone = QTimeZone(id);
    }
    const QDateTime local = zone.isValid() ? event.at.toTimeZone(zone) : event.at.toUTC();
    return local.date().toString(Qt::ISODate);
}

Status StoreData::writeEvent(const DomainEvent &event, const CentreConfig &config)
{
    const QByteArray payload =
            QJsonDocument(eventToJson(event, config)).toJson(QJsonDocument::Compact);
    Statement insert = db.prepare(INSERT_EVENT);
    insert.bind(1, event.seq);
    insert.bind(2, event.at);
    insert.bind(3, serviceDayOf(event, config));
    insert.bind(4, eventTypeName(event.type));
    insert.bind(5, event.ticket ? event.ticket->id : QString());
    insert.bind(6, eventCounter(event));
    insert.bind(7, payload);
    int rc = insert.run();
    if (rc == SQLITE_DONE && written)
        written->push_back(StoredEvent{event.seq, payload});
    if (rc == SQLITE_DONE && event.type == EventType::DeviceChanged) {
        Statement device = db.prepare(UPSERT_DEVICE);
        device.bind(1, event.device);
        device.bind(2, qint64(event.online ? 1 : 0));
        device.bind(3, event.printerState);
        device.bind(4, event.printerDetail);
        device.bind(5, event.at);
        rc = device.run();
    }
    return rc == SQLITE_DONE ? okStatus() : Status(storageError(WRITE_FAILED, rc, db));
}

Status StoreData::writeOutcome(const Outcome &outcome, const CentreConfig &config,
                                    qint64 &nextSeq)
{
    Status status = upsertAll(db, UPSERT_TICKET, outcome.tickets, bindTicket);
    if (status)
        status = upsertAll(db, UPSERT_COUNTER, outcome.counters, bindCounter);
    if (status)
        status = upsertAll(db, UPSERT_APPOINTMENT, outcome.appointments, bindAppointment);
    if (status)
        status = upsertAll(db, UPSERT_FEEDBACK, outcome.feedback, bindFeedback);
    for (const DomainEvent &event : outcome.events) {
        if (!status)
            break;
        if (event.seq != nextSeq)
            return makeError(ErrorCode::StorageUnavailable,
                             u"refusing to write event seq %1: the journal continues at %2"_s.arg(
                                     event.seq).arg(nextSeq));
        ++nextSeq;
        status = writeEvent(event, config);
    }
    return status;
}

Status Store::writeBatch(const std::vector<const Outcome *> &batch, const CentreConfig &config,
                         std::vector<StoredEvent> *written)
{
    if (written)
        written->clear();
    d->written = written;
    int rc = d->db.exec("BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return storageError(WRITE_FAILED, rc, d->db);
    qint64 nextSeq = d->db.queryInt("SELECT coalesce(max(seq), 0) FROM events", &rc) + 1;
    Status status = rc == SQLITE_OK ? okStatus() : Status(storageError(WRITE_FAILED, rc, d->db));
    for (const Outcome *outcome : batch) {
        if (!status)
            break;
        if (outcome)
            status = d->writeOutcome(*outcome, config, nextSeq);
    }
    if (status) {
        rc = d->db.exec("COMMIT");
        if (rc != SQLITE_OK)
            status = storageError(WRITE_FAILED, rc, d->db);
    }
    if (!status) {
        d->db.rollbackIfOpen();
        if (written)
            written->clear();
    }
    d->written = nullptr;
    return status;
}

} // namespace novbe
