// Store statics that work on a database file of any schema version, on a
// read-only connection of their own: what upgrades need before Store::open
// migrates a file.

#include "store.h"

#include "sqlitedb.h"

#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

Result<int> openReadOnly(Database &db, const QString &path)
{
    const int rc = db.open(path, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK)
        return storageError(u"cannot open the database %1"_s.arg(path), rc, db);
    sqlite3_busy_timeout(db.handle(), 5000);
    return SQLITE_OK;
}

} // namespace

Result<int> Store::schemaVersion(const QString &path)
{
    Database db;
    if (const Result<int> opened = openReadOnly(db, path); !opened)
        return opened.error();
    int rc = SQLITE_OK;
    const qint64 version = db.queryInt("PRAGMA user_version", &rc);
    if (rc != SQLITE_OK)
        return storageError(u"cannot read the database %1"_s.arg(path), rc, db);
    return int(version);
}

Status Store::backupFile(const QString &path, const QString &destPath)
{
    const QString what = u"cannot back up the database %1 to %2"_s.arg(path, destPath);
    if (QFileInfo::exists(destPath))
        return makeError(ErrorCode::StorageUnavailable, what + u": the file already exists"_s);
    Database db;
    if (const Result<int> opened = openReadOnly(db, path); !opened)
        return opened.error();
    Statement vacuum = db.prepare("VACUUM INTO ?1");
    vacuum.bind(1, destPath);
    const int rc = vacuum.run();
    if (rc != SQLITE_DONE)
        return storageError(what, rc, db);
    return okStatus();
}

} // namespace novbe
