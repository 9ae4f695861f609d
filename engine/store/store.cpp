#include "store.h"

#include "schema.h"
#include "storeprivate.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <string>

using namespace Qt::StringLiterals;

namespace novbe {
namespace {

constexpr qint64 DEFAULT_MAX_PAGE_COUNT = 4294967294;

DomainError refusal(const QString &path, const QString &why)
{
    return makeError(
        ErrorCode::StorageUnavailable,
        u"refusing to open the database %1: %2; the file was left untouched"_s.arg(path, why));
}

Status openConnection(StoreData &p)
{
    const QFileInfo info(p.path);
    if (info.exists() && !info.isFile())
        return refusal(p.path, u"it is not a regular file"_s);
    const int flags = p.options.readOnly ? SQLITE_OPEN_READONLY
                                         : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = p.db.open(p.path, flags);
    if (rc != SQLITE_OK)
        return storageError(u"cannot open the database %1"_s.arg(p.path), rc, p.db);
    sqlite3_busy_timeout(p.db.handle(), p.options.busyTimeoutMs);
    if (!p.options.readOnly && sqlite3_db_readonly(p.db.handle(), "main") == 1)
        return makeError(ErrorCode::StorageUnavailable,
                         u"cannot open the database %1 for writing: the file is read-only "
                         "(check its permissions and attributes)"_s.arg(p.path));
    return okStatus();
}

// PRAGMA quick_check (of `table` only, when given): a corrupt file or a
// non-database is refused, never replaced.
Status quickCheck(StoreData &p, const char *sql = "PRAGMA quick_check")
{
    Statement check = p.db.prepare(sql);
    const int rc = check.step();
    if (rc != SQLITE_ROW) {
        const int code = rc & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_CANTOPEN
            || code == SQLITE_IOERR || code == SQLITE_PERM)
            return storageError(u"cannot open the database %1"_s.arg(p.path), rc, p.db);
        return refusal(p.path, describeSqliteCode(rc) + u" ("_s + p.db.lastMessage() + u")"_s);
    }
    const QString result = check.text(0).replace(u'\n', u"; "_s);
    if (result != u"ok"_s)
        return refusal(p.path,
                       u"the database file is corrupt (quick_check: %1)"_s.arg(result.left(200)));
    return okStatus();
}

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

// The file holds at least the pages its header counts (a truncated copy, a
// disk that lost the end of the file).
Status checkFileSize(StoreData &p)
{
    QFile file(p.path);
    if (!file.open(QIODevice::ReadOnly))
        return okStatus(); // a new file, or opening reports it
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return okStatus(); // not a database: the schema check refuses it
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : qint64(rawPageSize);
    const quint32 pages = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (countValid && pages > 0 && size < qint64(pages) * pageSize)
        return refusal(
            p.path,
            u"the database file is corrupt: it is truncated (%1 of %2 bytes)"_s.arg(size).arg(
                qint64(pages) * pageSize));
    return okStatus();
}

// Cheap checks at open: the file size, then a full quick_check for a small
// file, or a quick_check of the small tables of a large one.
Status checkIntegrity(StoreData &p, int version)
{
    if (Status st = checkFileSize(p); !st)
        return st;
    if (QFileInfo(p.path).size() <= Store::FULL_CHECK_BYTES || version < 2)
        return quickCheck(p);
    for (const char *sql :
         {"PRAGMA quick_check(meta)", "PRAGMA quick_check(names)", "PRAGMA quick_check(days)",
          "PRAGMA quick_check(counter_state)", "PRAGMA quick_check(devices)"}) {
        if (Status st = quickCheck(p, sql); !st)
            return st;
    }
    return okStatus();
}

// The file's schema version, refusing newer and foreign databases.
Result<int> checkVersion(StoreData &p)
{
    int rc = SQLITE_OK;
    const qint64 version = p.db.queryInt("PRAGMA user_version", &rc);
    const qint64 appId = rc == SQLITE_OK ? p.db.queryInt("PRAGMA application_id", &rc) : 0;
    const qint64 objects = rc == SQLITE_OK
        ? p.db.queryInt("SELECT count(*) FROM sqlite_schema", &rc)
        : 0;
    if (rc != SQLITE_OK)
        return storageError(u"cannot read the database %1"_s.arg(p.path), rc, p.db);
    if (version > Store::SCHEMA_VERSION)
        return refusal(p.path,
                       u"its schema version %1 is newer than this program's %2 "
                       "(use a newer Növbə or restore a backup)"_s.arg(version)
                           .arg(Store::SCHEMA_VERSION));
    if ((version == 0 && objects > 0) || (version > 0 && appId != NOVBE_APPLICATION_ID))
        return refusal(p.path, u"it is not a Növbə database"_s);
    return int(version);
}

Status configure(StoreData &p)
{
    int rc = p.db.exec("PRAGMA foreign_keys = ON");
    if (rc == SQLITE_OK)
        rc = p.db.exec("PRAGMA synchronous = FULL");
    if (rc == SQLITE_OK)
        rc = p.db.exec("PRAGMA wal_autocheckpoint = 0");
    // Deleted and overwritten content is zeroed, so that purged personal data
    // does not linger in free space (docs/security.md, Privacy).
    if (rc == SQLITE_OK)
        rc = p.db.exec("PRAGMA secure_delete = ON");
    if (rc == SQLITE_OK)
        rc = p.db.exec("PRAGMA journal_size_limit = 67108864");
    if (rc != SQLITE_OK)
        return storageError(u"cannot configure the database %1"_s.arg(p.path), rc, p.db);
    return okStatus();
}

// WAL journal, then proves the file can be written now (not read-only, not locked).
Status enableWalAndProbe(StoreData &p)
{
    const QString what = u"cannot open the database %1 for writing"_s.arg(p.path);
    {
        Statement wal = p.db.prepare("PRAGMA journal_mode = WAL");
        const int rc = wal.step();
        if (rc != SQLITE_ROW)
            return storageError(what, rc, p.db);
        if (wal.text(0) != u"wal"_s)
            return makeError(ErrorCode::StorageUnavailable,
                             what + u": WAL journal mode is not available"_s);
    }
    const int rc = p.db.exec("BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return storageError(what, rc, p.db);
    p.db.exec("ROLLBACK");
    return okStatus();
}

// Loads the names and the current day, and decodes the newest journal row:
// damage there is found now, not at the first replay.
Status loadJournalHead(StoreData &p)
{
    Statement names = p.db.prepare("SELECT id, text FROM names");
    int rc = SQLITE_ROW;
    while ((rc = names.step()) == SQLITE_ROW)
        p.names.load(names.integer(0), names.text(1));
    if (rc != SQLITE_DONE)
        return refusal(p.path, describeSqliteCode(rc) + u" (names)"_s);
    Statement day = p.db.prepare("SELECT day FROM days ORDER BY first_seq DESC LIMIT 1");
    if ((rc = day.step()) == SQLITE_ROW)
        p.currentDay = day.text(0);
    else if (rc != SQLITE_DONE)
        return refusal(p.path, describeSqliteCode(rc) + u" (days)"_s);
    Statement last = p.db.prepare("SELECT first_seq, last_seq, body FROM journal "
                                  "ORDER BY first_seq DESC LIMIT 1");
    if ((rc = last.step()) == SQLITE_DONE)
        return okStatus();
    if (rc != SQLITE_ROW)
        return refusal(p.path, describeSqliteCode(rc) + u" (journal)"_s);
    const auto events = decodeEvents(p.names, last.bytes(2), last.integer(0));
    if (!events || events->empty() || events->back().seq != last.integer(1))
        return refusal(p.path,
                       u"the database file is corrupt (the newest journal row %1 "
                       "cannot be read)"_s.arg(last.integer(0)));
    return okStatus();
}

Status migrateIfNeeded(StoreData &p, int version)
{
    if (version == Store::SCHEMA_VERSION)
        return okStatus();
    if (p.options.readOnly)
        return refusal(p.path, u"it needs a migration but was opened read-only"_s);
    const Status migrated = migrate(p.db, version, Store::SCHEMA_VERSION);
    if (!migrated)
        return refusal(p.path, migrated.error().message);
    // A migration may leave the whole file in the WAL; fold it in now rather
    // than on the first request's commit.
    p.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return okStatus();
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, StoreOptions options)
{
    std::unique_ptr<Store> store(new Store);
    store->d = std::make_unique<Private>();
    Private &p = *store->d;
    p.path = path;
    p.options = options;
    Status status = openConnection(p);
    if (!status)
        return status.error();
    const Result<int> version = checkVersion(p);
    if (!version)
        return version.error();
    status = checkIntegrity(p, *version);
    if (status)
        status = configure(p);
    if (status)
        status = migrateIfNeeded(p, *version);
    if (status && !options.readOnly)
        status = enableWalAndProbe(p);
    if (status)
        status = loadJournalHead(p);
    if (!status)
        return status.error();
    if (!options.readOnly) {
        p.checkpointer = std::make_unique<WalCheckpointer>(p.path);
        p.checkpointer->attach(p.db.handle());
    }
    return store;
}

Store::~Store() = default;

Status Store::backup(const QString &destPath)
{
    const QString what = u"cannot back up the database to %1"_s.arg(destPath);
    if (QFileInfo::exists(destPath))
        return makeError(ErrorCode::StorageUnavailable, what + u": the file already exists"_s);
    if (d->db.inTransaction())
        return makeError(ErrorCode::StorageUnavailable, what + u": a write is in progress"_s);
    Statement vacuum = d->db.prepare("VACUUM INTO ?1");
    vacuum.bind(1, destPath);
    const int rc = vacuum.run();
    if (rc != SQLITE_DONE)
        return storageError(what, rc, d->db);
    return okStatus();
}

Result<QString> Store::check(const QString &path, bool full, const std::atomic_bool *cancel)
{
    Database db;
    int rc = db.open(path, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK)
        return storageError(u"cannot open the database %1"_s.arg(path), rc, db);
    sqlite3_busy_timeout(db.handle(), 5000);
    if (cancel) { // checked every 10,000 VM steps: a stop does not wait for a long check
        sqlite3_progress_handler(
            db.handle(), 10000,
            [](void *flag) -> int {
                return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
            },
            const_cast<std::atomic_bool *>(cancel));
    }
    Statement check = db.prepare(full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    QStringList problems;
    while ((rc = check.step()) == SQLITE_ROW)
        problems << check.text(0);
    const int primary = rc & 0xff;
    if (problems.isEmpty() && (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB))
        problems << describeSqliteCode(rc); // damage reported as an error is damage too
    if (rc != SQLITE_DONE && problems.isEmpty())
        return storageError(u"cannot check the database %1"_s.arg(path), rc, db);
    return problems.join(u"; "_s);
}

QString StoreData::localDay(const QDateTime &at, const CentreConfig &config)
{
    const QByteArray id = config.centre.timezone.toUtf8();
    if (id != zoneId || !zone.isValid()) {
        zoneId = id;
        zone = QTimeZone(id);
    }
    const QDateTime local = zone.isValid() ? at.toTimeZone(zone) : at.toUTC();
    return local.date().toString(Qt::ISODate);
}

void Store::setMaxPageCount(qint64 pages)
{
    const qint64 limit = pages > 0 ? pages : DEFAULT_MAX_PAGE_COUNT;
    const std::string sql = "PRAGMA max_page_count = " + std::to_string(limit);
    d->db.exec(sql.c_str());
}

QString Store::path() const
{
    return d->path;
}

} // namespace novbe
