#include "migration.h"

#include "journalappender.h"
#include "sqlitedb.h"
#include "storerows.h"

#include "protocol/codec.h"

#include <QJsonDocument>
#include <QtDebug>

#include <sqlite3.h>

namespace novbe {

namespace {

int convertEvents(Database &db, NameTable &names)
{
    QString firstDay;
    JournalAppender appender(db, names, {}, [&firstDay](const DomainEvent &) { return firstDay; });
    Statement q = db.prepare("SELECT seq, service_day, payload FROM events ORDER BY seq");
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        firstDay = q.text(1);
        const std::optional<DomainEvent> e = eventFromJson(
            QJsonDocument::fromJson(q.bytes(2)).object());
        if (!e || e->seq != q.integer(0)) {
            qWarning("store: journal event %lld cannot be read; the migration stops", q.integer(0));
            return SQLITE_CORRUPT;
        }
        if ((rc = appender.append(*e)) != SQLITE_OK)
            return rc;
    }
    return rc == SQLITE_DONE ? appender.flush() : rc;
}

int convertEndedTickets(Database &db, NameTable &names)
{
    Statement q = db.prepare("SELECT " NOVBE_TICKET_COLUMNS " FROM tickets "
                             "WHERE state IN ('done', 'noShow', 'cancelled', 'reset')");
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::optional<Ticket> t = readTicket(q);
        if (!t)
            return SQLITE_CORRUPT;
        Statement insert = db.prepare("INSERT INTO ended_tickets(id, body) VALUES(?1, ?2)");
        insert.bind(1, t->id);
        insert.bindBlob(2, encodeTicket(names, *t));
        if ((rc = insert.run()) != SQLITE_DONE)
            return rc;
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int convertCounters(Database &db, NameTable &names)
{
    Statement q = db.prepare("SELECT " NOVBE_COUNTER_COLUMNS " FROM counters");
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::optional<CounterStatus> c = readCounter(q);
        if (!c)
            return SQLITE_CORRUPT;
        Statement insert = db.prepare("INSERT INTO counter_state(id, body) VALUES(?1, ?2)");
        insert.bind(1, c->id);
        insert.bindBlob(2, encodeCounter(names, *c));
        if ((rc = insert.run()) != SQLITE_DONE)
            return rc;
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

int convertToV2(Database &db)
{
    NameTable names;
    int rc = convertEvents(db, names);
    if (rc == SQLITE_OK)
        rc = convertEndedTickets(db, names);
    if (rc == SQLITE_OK)
        rc = convertCounters(db, names);
    if (rc == SQLITE_OK)
        rc = writePendingNames(db, names);
    return rc;
}

} // namespace novbe
