#pragma once

// Appends events to the `journal` table (one row per batch, at most
// MAX_ROW_EVENTS events a row) and keeps the `days` table: the first seq of
// each service day. An event belongs to its ticket's service day, a
// day.rollover to the new day, any other event to the day of the event
// before it (the engine's service day at the time). So each day is one
// contiguous range of seqs.

#include "journalcodec.h"

#include "core/result.h"

#include <QTimeZone>

#include <functional>

namespace novbe {

class Database;

class JournalAppender
{
public:
    static constexpr int MAX_ROW_EVENTS = 512;
    // The day of an event when nothing before it tells (the journal's first).
    using FirstDay = std::function<QString(const DomainEvent &)>;

    JournalAppender(Database &db, NameTable &names, QString currentDay, FirstDay firstDay);
    // Requires: seqs consecutive. The SQLite result code (SQLITE_OK).
    int append(const DomainEvent &e);
    // Writes the row being built. The SQLite result code.
    int flush();
    const QString &currentDay() const { return m_day; }
    // The service day `e` belongs to, given the day of the event before it.
    static QString dayOf(const DomainEvent &e, const QString &previousDay);

private:
    int startDay(const QString &day, qint64 seq);

    Database &m_db;
    JournalWriter m_writer;
    FirstDay m_firstDay;
    QString m_day;
    qint64 m_rowFirst = 0;
    qint64 m_rowLast = 0;
    int m_rowEvents = 0;
};

// Inserts the names added since the last commit (inside the open transaction).
int writePendingNames(Database &db, const NameTable &names);

} // namespace novbe
