#include "store.h"

#include "journalappender.h"
#include "storeprivate.h"
#include "storerows.h"
#include "writeguard.h"

#include <sqlite3.h>

#include <map>

using namespace Qt::StringLiterals;

namespace novbe {
namespace {

constexpr const char *UPSERT_DEVICE =
    "INSERT INTO devices(id, online, printer_state, printer_detail, last_seen) "
    "VALUES(?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT(id) DO UPDATE SET online = excluded.online, "
    "printer_state = excluded.printer_state, printer_detail = excluded.printer_detail, "
    "last_seen = excluded.last_seen";
constexpr const char *PUT_ENDED = "INSERT OR REPLACE INTO ended_tickets(id, body) VALUES(?1, ?2)";
constexpr const char *PUT_COUNTER = "INSERT OR REPLACE INTO counter_state(id, body) VALUES(?1, ?2)";
constexpr const char *LAST_SEQ = "SELECT last_seq FROM journal ORDER BY first_seq DESC LIMIT 1";

const QString WRITE_FAILED = u"cannot write the database"_s;

// What one batch writes besides the journal row: the newest state of each
// object it changed.
struct BatchRows
{
    std::map<QString, const Ticket *> ended;
    std::map<QString, const CounterStatus *> counters;
    std::vector<std::pair<const Feedback *, QString>> feedback; // with its day
    std::vector<const DomainEvent *> devices;
    std::vector<const Appointment *> appointments;

    void note(const DomainEvent &e, const QString &day)
    {
        if (e.ticket && isTerminal(e.ticket->state) && e.type != EventType::CounterChanged)
            ended[e.ticket->id] = &*e.ticket;
        if (e.type == EventType::CounterChanged && e.counter)
            counters[e.counter->id] = &*e.counter;
        if (e.feedback)
            feedback.emplace_back(&*e.feedback, day);
        if (e.type == EventType::DeviceChanged)
            devices.push_back(&e);
    }
};

int runBlob(Database &db, const char *sql, const QString &id, const QByteArray &body)
{
    Statement q = db.prepare(sql);
    q.bind(1, id);
    q.bindBlob(2, body);
    return q.run();
}

int writeDevice(Database &db, const DomainEvent &e)
{
    Statement device = db.prepare(UPSERT_DEVICE);
    device.bind(1, e.device);
    device.bind(2, qint64(e.online ? 1 : 0));
    device.bind(3, e.printerState);
    device.bind(4, e.printerDetail);
    device.bind(5, e.at);
    return device.run();
}

int writeFeedback(Database &db, const Feedback &f, const QString &day)
{
    Statement q = db.prepare(UPSERT_FEEDBACK);
    bindFeedback(q, f, day);
    return q.run();
}

int writeAppointment(Database &db, const Appointment &a)
{
    Statement q = db.prepare(UPSERT_APPOINTMENT);
    bindAppointment(q, a);
    return q.run();
}

int writeRows(StoreData &d, const BatchRows &rows)
{
    int rc = SQLITE_DONE;
    for (auto it = rows.ended.begin(); rc == SQLITE_DONE && it != rows.ended.end(); ++it)
        rc = runBlob(d.db, PUT_ENDED, it->first, encodeTicket(d.names, *it->second));
    for (auto it = rows.counters.begin(); rc == SQLITE_DONE && it != rows.counters.end(); ++it)
        rc = runBlob(d.db, PUT_COUNTER, it->first, encodeCounter(d.names, *it->second));
    for (size_t i = 0; rc == SQLITE_DONE && i < rows.feedback.size(); ++i)
        rc = writeFeedback(d.db, *rows.feedback[i].first, rows.feedback[i].second);
    for (size_t i = 0; rc == SQLITE_DONE && i < rows.devices.size(); ++i)
        rc = writeDevice(d.db, *rows.devices[i]);
    for (size_t i = 0; rc == SQLITE_DONE && i < rows.appointments.size(); ++i)
        rc = writeAppointment(d.db, *rows.appointments[i]);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// Journals every event of the batch and collects the rows to write.
Status appendBatch(StoreData &d, const std::vector<const Outcome *> &batch,
                   JournalAppender &appender, BatchRows &rows)
{
    int rc = SQLITE_OK;
    qint64 nextSeq = d.db.queryInt(LAST_SEQ, &rc) + 1;
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return storageError(WRITE_FAILED, rc, d.db);
    for (const Outcome *outcome : batch) {
        if (!outcome)
            continue;
        for (const DomainEvent &event : outcome->events) {
            if (event.seq != nextSeq)
                return makeError(
                    ErrorCode::StorageUnavailable,
                    u"refusing to write event seq %1: the journal continues at %2"_s.arg(event.seq)
                        .arg(nextSeq));
            ++nextSeq;
            if ((rc = appender.append(event)) != SQLITE_OK)
                return storageError(WRITE_FAILED, rc, d.db);
            rows.note(event, appender.currentDay());
        }
        for (const Appointment &a : outcome->appointments)
            rows.appointments.push_back(&a);
    }
    rc = appender.flush();
    if (rc == SQLITE_OK)
        rc = writeRows(d, rows);
    if (rc == SQLITE_OK)
        rc = writePendingNames(d.db, d.names);
    return rc == SQLITE_OK ? okStatus() : Status(storageError(WRITE_FAILED, rc, d.db));
}

// The seq the journal ended at before `batch`.
qint64 seqBefore(const std::vector<const Outcome *> &batch)
{
    for (const Outcome *outcome : batch)
        if (outcome && !outcome->events.empty())
            return outcome->events.front().seq - 1;
    return -1;
}

} // namespace

bool Store::writesStopped() const
{
    return !d->writesStopped.isEmpty();
}

// After an I/O error: the failed batch is made unrecoverable and the journal
// head checked; if that fails, no write touches the file again (writeguard.h).
void Store::guardAfterIoError(const std::vector<const Outcome *> &batch, Status &status)
{
    const qint64 before = seqBefore(batch); // -1 for an audit-only batch
    const Status safe = neutraliseFailedCommit(*d, before >= 0 ? before : lastSeq());
    if (safe)
        return;
    d->writesStopped = safe.error().message;
    status = makeError(ErrorCode::StorageUnavailable,
                       status.error().message + u"; "_s + d->writesStopped
                           + u"; writes are stopped until the engine is restarted"_s);
}

Status Store::writeBatch(const std::vector<const Outcome *> &batch, const CentreConfig &config)
{
    return writeAudited(batch, config, {});
}

Status Store::writeAudited(const std::vector<const Outcome *> &batch, const CentreConfig &config,
                           const std::vector<AuditEntryView> &audit,
                           const std::vector<StoredAnswer> &answers)
{
    if (writesStopped())
        return makeError(ErrorCode::StorageUnavailable,
                         u"writes are stopped after a failed write: "_s + d->writesStopped);
    int rc = d->db.exec("BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return storageError(WRITE_FAILED, rc, d->db);
    JournalAppender appender(d->db, d->names, d->currentDay, [this, &config](const DomainEvent &e) {
        return d->localDay(e.at, config);
    });
    BatchRows rows;
    Status status = appendBatch(*d, batch, appender, rows);
    if (status && (rc = writeAudit(d->db, audit)) != SQLITE_OK)
        status = storageError(WRITE_FAILED, rc, d->db);
    if (status && (rc = writeAnswers(d->db, answers)) != SQLITE_OK)
        status = storageError(WRITE_FAILED, rc, d->db);
    if (status) {
        rc = d->db.exec("COMMIT");
        if (rc != SQLITE_OK)
            status = storageError(WRITE_FAILED, rc, d->db);
    }
    if (!status) {
        const int code = sqlite3_extended_errcode(d->db.handle());
        d->db.rollbackIfOpen();
        d->names.dropPending();
        if (isIoError(code))
            guardAfterIoError(batch, status);
        return status;
    }
    d->names.commitPending();
    d->currentDay = appender.currentDay();
    return status;
}

} // namespace novbe
