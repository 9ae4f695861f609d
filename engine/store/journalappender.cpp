#include "journalappender.h"

#include "sqlitedb.h"

#include <sqlite3.h>

namespace novbe {

namespace {

constexpr const char *INSERT_ROW =
    "INSERT INTO journal(first_seq, last_seq, body) VALUES(?1, ?2, ?3)";
constexpr const char *INSERT_DAY = "INSERT OR IGNORE INTO days(day, first_seq) VALUES(?1, ?2)";

} // namespace

JournalAppender::JournalAppender(Database &db, NameTable &names, QString currentDay,
                                 FirstDay firstDay)
    : m_db(db), m_writer(names), m_firstDay(std::move(firstDay)), m_day(std::move(currentDay))
{
}

QString JournalAppender::dayOf(const DomainEvent &e, const QString &previousDay)
{
    if (e.ticket && !e.ticket->serviceDay.isEmpty())
        return e.ticket->serviceDay;
    if (e.type == EventType::DayRollover && !e.serviceDay.isEmpty())
        return e.serviceDay;
    return previousDay;
}

int JournalAppender::startDay(const QString &day, qint64 seq)
{
    Statement insert = m_db.prepare(INSERT_DAY);
    insert.bind(1, day);
    insert.bind(2, seq);
    const int rc = insert.run();
    if (rc != SQLITE_DONE)
        return rc;
    m_day = day;
    return SQLITE_OK;
}

int JournalAppender::append(const DomainEvent &e)
{
    QString day = dayOf(e, m_day);
    if (day.isEmpty())
        day = m_firstDay(e);
    if (day != m_day) {
        if (const int rc = startDay(day, e.seq); rc != SQLITE_OK)
            return rc;
    }
    if (m_rowEvents == MAX_ROW_EVENTS) {
        if (const int rc = flush(); rc != SQLITE_OK)
            return rc;
    }
    if (m_rowEvents == 0)
        m_rowFirst = e.seq;
    m_rowLast = e.seq;
    ++m_rowEvents;
    m_writer.event(e);
    return SQLITE_OK;
}

int JournalAppender::flush()
{
    if (m_rowEvents == 0)
        return SQLITE_OK;
    Statement insert = m_db.prepare(INSERT_ROW);
    insert.bind(1, m_rowFirst);
    insert.bind(2, m_rowLast);
    insert.bindBlob(3, m_writer.bytes());
    const int rc = insert.run();
    m_writer.clear();
    m_rowEvents = 0;
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int writePendingNames(Database &db, const NameTable &names)
{
    for (const auto &[id, text] : names.pending()) {
        Statement insert = db.prepare("INSERT INTO names(id, text) VALUES(?1, ?2)");
        insert.bind(1, id);
        insert.bind(2, text);
        if (const int rc = insert.run(); rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_OK;
}

} // namespace novbe
