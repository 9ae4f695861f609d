#include "sqlitedb.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {

QString dbTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseDbTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Statement::Statement(sqlite3_stmt *stmt, int prepareRc) : m_stmt(stmt), m_prepareRc(prepareRc) {}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void Statement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    bind(index, text.toUtf8());
}

void Statement::bind(int index, const QByteArray &text)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, const QDateTime &time)
{
    bind(index, dbTime(time));
}

int Statement::step()
{
    if (!m_stmt)
        return m_prepareRc != SQLITE_OK ? m_prepareRc : SQLITE_MISUSE;
    return sqlite3_step(m_stmt);
}

int Statement::run()
{
    int rc = step();
    while (rc == SQLITE_ROW)
        rc = step();
    return rc;
}

QString Statement::text(int column) const
{
    return QString::fromUtf8(bytes(column));
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QDateTime Statement::time(int column) const
{
    return parseDbTime(text(column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    for (auto &entry : m_cache)
        sqlite3_finalize(entry.second);
    if (m_db)
        sqlite3_close_v2(m_db);
}

int Database::open(const QString &path, int flags)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (m_db)
        sqlite3_extended_result_codes(m_db, 1);
    return rc;
}

Statement Database::prepare(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end())
        return Statement(it->second, SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Statement(nullptr, rc);
    }
    m_cache.emplace(sql, stmt);
    return Statement(stmt, rc);
}

int Database::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

qint64 Database::queryInt(const char *sql, int *rc)
{
    Statement query = prepare(sql);
    const int stepRc = query.step();
    if (rc)
        *rc = stepRc == SQLITE_ROW ? SQLITE_OK : stepRc;
    return stepRc == SQLITE_ROW ? query.integer(0) : 0;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

void Database::rollbackIfOpen()
{
    if (inTransaction())
        exec("ROLLBACK");
}

QString Database::lastMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

QString describeSqliteCode(int rc)
{
    switch (rc & 0xff) {
        case SQLITE_FULL: return u"the disk is full or the database reached its size limit"_s;
        case SQLITE_READONLY: return u"the database file is read-only"_s;
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return u"the database is locked by another process"_s;
        case SQLITE_CORRUPT: return u"the database file is corrupt"_s;
        case SQLITE_NOTADB: return u"the file is not a database"_s;
        case SQLITE_CANTOPEN: return u"the database file cannot be opened"_s;
        case SQLITE_PERM:
        case SQLITE_AUTH: return u"access to the database file is denied"_s;
        case SQLITE_IOERR: return u"an I/O error occurred"_s;
        case SQLITE_NOMEM: return u"out of memory"_s;
        case SQLITE_ABORT: return u"the operation was aborted"_s;
        case SQLITE_CONSTRAINT: return u"a constraint of the database was violated"_s;
        default: return u"SQLite error %1"_s.arg(rc);
    }
}

DomainError storageError(const QString &what, int rc, const Database &db)
{
    QString message = what + u": "_s + describeSqliteCode(rc);
    const QString detail = db.lastMessage();
    if (!detail.isEmpty() && detail != u"not an error"_s)
        message += u" ("_s + detail + u")"_s;
    return makeError(ErrorCode::StorageUnavailable, message);
}

} // namespace novbe
