#include "schema.h"

#include "migration.h"
#include "sqlitedb.h"

#include <QDateTime>

#include <sqlite3.h>

#include <array>
#include <string>

using namespace Qt::StringLiterals;

#ifndef NOVBE_VERSION
#define NOVBE_VERSION "0"
#endif

namespace novbe {
namespace {

// Schema version 1: the first. Never edit a released step; add a new one.
constexpr const char *STEP_1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    service_day TEXT NOT NULL,
    type        TEXT NOT NULL,
    ticket      TEXT,
    counter     TEXT,
    payload     TEXT NOT NULL
);
CREATE INDEX events_day ON events(service_day, seq);
CREATE TABLE tickets (
    id               TEXT PRIMARY KEY,
    number           TEXT NOT NULL,
    number_value     INTEGER NOT NULL,
    service          TEXT NOT NULL,
    category         TEXT NOT NULL,
    state            TEXT NOT NULL,
    issued_at        TEXT NOT NULL,
    queued_at        TEXT,
    called_at        TEXT,
    started_at       TEXT,
    ended_at         TEXT,
    counter          TEXT,
    recalls          INTEGER NOT NULL DEFAULT 0,
    lang             TEXT NOT NULL,
    appointment      TEXT,
    slot_start       TEXT,
    issue_seq        INTEGER NOT NULL,
    order_key        INTEGER NOT NULL,
    service_day      TEXT NOT NULL,
    device           TEXT,
    request_id       TEXT,
    outcome          TEXT,
    note             TEXT,
    original_service TEXT,
    first_called_at  TEXT
);
CREATE INDEX tickets_day_state ON tickets(service_day, state);
CREATE INDEX tickets_service ON tickets(service, service_day);
CREATE TABLE counters (
    id            TEXT PRIMARY KEY,
    state         TEXT NOT NULL,
    operator_id   TEXT,
    operator_name TEXT,
    ticket        TEXT REFERENCES tickets(id) DEFERRABLE INITIALLY DEFERRED,
    pause_reason  TEXT,
    changed_at    TEXT
);
CREATE TABLE appointments (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL,
    service       TEXT NOT NULL,
    start_at      TEXT NOT NULL,
    end_at        TEXT NOT NULL,
    state         TEXT NOT NULL,
    citizen_name  TEXT,
    citizen_phone TEXT,
    ticket        TEXT REFERENCES tickets(id) DEFERRABLE INITIALLY DEFERRED,
    booked_at     TEXT
);
CREATE INDEX appointments_end ON appointments(end_at);
CREATE TABLE feedback (
    ticket      TEXT PRIMARY KEY REFERENCES tickets(id) DEFERRABLE INITIALLY DEFERRED,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT,
    counter     TEXT,
    operator_id TEXT,
    service     TEXT,
    at          TEXT NOT NULL
);
CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    online         INTEGER NOT NULL,
    printer_state  TEXT,
    printer_detail TEXT,
    last_seen      TEXT
);
)sql";

// Schema version 2: the compact journal (docs/database.md). The old events,
// tickets and counters tables are converted by convertToV2() and dropped;
// feedback and appointments lose their foreign keys to `tickets`.
constexpr const char *STEP_2 = R"sql(
CREATE TABLE names (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
CREATE TABLE journal (
    first_seq INTEGER PRIMARY KEY,
    last_seq  INTEGER NOT NULL,
    body      BLOB NOT NULL
);
CREATE TABLE days (
    day       TEXT PRIMARY KEY,
    first_seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE ended_tickets (
    id   TEXT PRIMARY KEY,
    body BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE counter_state (
    id   TEXT PRIMARY KEY,
    body BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE feedback_v2 (
    ticket      TEXT PRIMARY KEY,
    day         TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT,
    counter     TEXT,
    operator_id TEXT,
    service     TEXT,
    at          TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX feedback_day ON feedback_v2(day);
CREATE TABLE appointments_v2 (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL,
    service       TEXT NOT NULL,
    start_at      TEXT NOT NULL,
    end_at        TEXT NOT NULL,
    state         TEXT NOT NULL,
    citizen_name  TEXT,
    citizen_phone TEXT,
    ticket        TEXT,
    booked_at     TEXT
);
INSERT INTO feedback_v2(ticket, day, rating, comment, counter, operator_id, service, at)
    SELECT f.ticket, coalesce(t.service_day, substr(f.at, 1, 10)), f.rating, f.comment,
           f.counter, f.operator_id, f.service, f.at
    FROM feedback f LEFT JOIN tickets t ON t.id = f.ticket;
INSERT INTO appointments_v2 SELECT id, code, service, start_at, end_at, state, citizen_name,
    citizen_phone, ticket, booked_at FROM appointments;
)sql";

constexpr const char *STEP_2_DROP = R"sql(
DROP TABLE feedback;
DROP TABLE appointments;
DROP TABLE counters;
DROP TABLE tickets;
DROP TABLE events;
ALTER TABLE feedback_v2 RENAME TO feedback;
ALTER TABLE appointments_v2 RENAME TO appointments;
CREATE INDEX appointments_end ON appointments(end_at);
)sql";

// Schema version 3: the audit trail (docs/security.md, audit.list). Times are
// UTC ISO 8601 with milliseconds, so text order is time order.
constexpr const char *STEP_3 = R"sql(
CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    action  TEXT NOT NULL,
    actor   TEXT,
    device  TEXT,
    address TEXT,
    detail  TEXT
);
CREATE INDEX audit_at ON audit(at);
)sql";

// Schema version 4: the booking's language, and the HTTP API's stored answers
// to Idempotency-Key retries (docs/appointments.md), written in the booking's
// transaction and deleted after a day.
constexpr const char *STEP_4 = R"sql(
ALTER TABLE appointments ADD COLUMN lang TEXT NOT NULL DEFAULT 'az';
CREATE TABLE idempotency (
    client      TEXT NOT NULL,
    key         TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    at          TEXT NOT NULL,
    status      INTEGER NOT NULL,
    body        BLOB NOT NULL,
    PRIMARY KEY (client, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_at ON idempotency(at);
)sql";

// Schema version 5: the kept summaries of closed service days (reports.range,
// core/daysummary.h). A cache derived from the journal alone: rows may be
// deleted at any time and are derived again; a row counts only while the
// day's journal span (first_seq..last_seq) and the inputs it was derived
// under are unchanged.
constexpr const char *STEP_5 = R"sql(
CREATE TABLE day_summaries (
    day       TEXT PRIMARY KEY,
    inputs    TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    body      BLOB NOT NULL
) WITHOUT ROWID;
)sql";

struct MigrationStep
{
    int toVersion;
    const char *sql;
    int (*convert)(Database &db); // data conversion after `sql`, or null
    const char *cleanup;          // SQL after the conversion, or null
};

// Every step, in order. A schema bump appends {N, STEP_N, ...} here.
constexpr std::array STEPS = {
    MigrationStep{1, STEP_1, nullptr, nullptr}, MigrationStep{2, STEP_2, convertToV2, STEP_2_DROP},
    MigrationStep{3, STEP_3, nullptr, nullptr}, MigrationStep{4, STEP_4, nullptr, nullptr},
    MigrationStep{5, STEP_5, nullptr, nullptr},
};

constexpr const char *PUT_META = "INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value";

int putMeta(Database &db, const QString &key, const QString &value)
{
    Statement put = db.prepare(PUT_META);
    put.bind(1, key);
    put.bind(2, value);
    return put.run();
}

// Stamps the header fields; values are program constants, not input.
int stampVersion(Database &db, int version)
{
    const std::string sql = "PRAGMA application_id = " + std::to_string(NOVBE_APPLICATION_ID)
        + "; PRAGMA user_version = " + std::to_string(version) + ";";
    return db.exec(sql.c_str());
}

int runSteps(Database &db, int from, int schemaVersion)
{
    for (const MigrationStep &step : STEPS) {
        if (step.toVersion <= from || step.toVersion > schemaVersion)
            continue;
        int rc = db.exec(step.sql);
        if (rc == SQLITE_OK && step.convert)
            rc = step.convert(db);
        if (rc == SQLITE_OK && step.cleanup)
            rc = db.exec(step.cleanup);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int writeMeta(Database &db, int from, int schemaVersion)
{
    const QString now = dbTime(QDateTime::currentDateTimeUtc());
    int rc = SQLITE_OK;
    if (from == 0)
        rc = putMeta(db, u"created_at"_s, now);
    if (rc == SQLITE_DONE)
        rc = putMeta(db, u"schema_version"_s, QString::number(schemaVersion));
    if (rc == SQLITE_DONE)
        rc = putMeta(db, u"app_version"_s, QStringLiteral(NOVBE_VERSION));
    if (rc == SQLITE_DONE)
        rc = putMeta(db, u"migrated_at"_s, now);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

Status migrate(Database &db, int from, int schemaVersion)
{
    const QString what = u"cannot migrate the database from schema %1 to %2"_s.arg(from).arg(
        schemaVersion);
    int rc = db.exec("BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return storageError(what, rc, db);
    rc = runSteps(db, from, schemaVersion);
    if (rc == SQLITE_OK)
        rc = writeMeta(db, from, schemaVersion);
    if (rc == SQLITE_OK)
        rc = stampVersion(db, schemaVersion);
    if (rc == SQLITE_OK)
        rc = db.exec("COMMIT");
    if (rc != SQLITE_OK) {
        DomainError error = storageError(what, rc, db);
        db.rollbackIfOpen();
        return error;
    }
    return okStatus();
}

} // namespace novbe
