#pragma once

// A thin layer over the sqlite3 C API: one connection with a cache of
// prepared statements, statement handles that reset themselves, and the
// mapping of SQLite result codes to clear storage errors.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace novbe {

// DB timestamps: ISO 8601 UTC with milliseconds ("2026-11-28T09:15:02.123Z").
QString dbTime(const QDateTime &t);
QDateTime parseDbTime(const QString &text); // invalid QDateTime for NULL/garbage

// A borrowed prepared statement; resets and clears its bindings when it dies.
class Statement
{
public:
    explicit Statement(sqlite3_stmt *stmt, int prepareRc);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    int prepareRc() const { return m_prepareRc; }
    void bind(int index, const QString &text);    // empty -> NULL
    void bind(int index, const QByteArray &text); // as TEXT
    void bindBlob(int index, QByteArrayView bytes);
    void bind(int index, qint64 value);
    void bind(int index, const QDateTime &time); // invalid -> NULL
    // Steps once: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Steps until done: SQLITE_DONE or an error code.
    int run();

    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;
    QDateTime time(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareRc = 0;
};

// One sqlite3 connection; statements are prepared once and cached.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // sqlite3_open_v2 with `flags`; the SQLite result code.
    int open(const QString &path, int flags);
    sqlite3 *handle() const { return m_db; }
    // The cached prepared statement for `sql` (a constant, never built from values).
    Statement prepare(const char *sql);
    // Runs SQL text without parameters (DDL, pragmas); the SQLite result code.
    int exec(const char *sql);
    // Single integer / text result of a query without parameters (e.g. a PRAGMA).
    qint64 queryInt(const char *sql, int *rc = nullptr);
    bool inTransaction() const;
    // Rolls back the open transaction, if any.
    void rollbackIfOpen();
    QString lastMessage() const;

private:
    sqlite3 *m_db = nullptr;
    std::map<std::string, sqlite3_stmt *> m_cache;
};

// "the disk is full", "the database file is read-only", ... for a result code.
QString describeSqliteCode(int rc);
// DomainError{StorageUnavailable, "<what>: <description> (<sqlite message>)"}.
DomainError storageError(const QString &what, int rc, const Database &db);

} // namespace novbe
