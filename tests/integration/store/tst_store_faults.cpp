// Faults: a full disk, a newer / foreign / corrupt / truncated file, a failed
// migration, a read-only and a locked file. Each is refused with a clear
// StorageUnavailable error and leaves the file as it was.

#include "storetestsupport.h"

#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QString DAY = u"2026-11-28"_s;

// A store with one written sample day, closed again.
QString makeDatabase(const QTemporaryDir &dir, int tickets = 20)
{
    const QString path = dir.filePath(u"centre.db"_s);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    SampleJournal journal(DAY, 0);
    const std::vector<Outcome> outcomes = journal.day(tickets);
    REQUIRE(store.value()->writeBatch(pointers(outcomes), storeTestConfig()).ok());
    return path;
}

// Open must fail with StorageUnavailable mentioning `words`; the file stays as it was.
void requireRefused(const QString &path, const QString &words, StoreOptions options = {})
{
    const QByteArray before = fileSha256(path);
    const auto store = Store::open(path, options);
    REQUIRE(!store.ok());
    INFO(store.error().message.toStdString());
    CHECK(store.error().code == ErrorCode::StorageUnavailable);
    CHECK(store.error().message.contains(words, Qt::CaseInsensitive));
    CHECK(store.error().message.contains(path));
    CHECK(fileSha256(path) == before);
}

// A second, raw connection that holds a lock while it lives.
class Locker
{
public:
    Locker(const QString &path, const char *sql)
    {
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
                == SQLITE_OK);
        REQUIRE(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    ~Locker() { sqlite3_close_v2(m_db); }

private:
    sqlite3 *m_db = nullptr;
};

bool canWrite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite);
}

} // namespace

TEST_CASE("a full disk fails the whole batch; reads go on; writes resume", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto store = std::move(Store::open(path)).value();
    const qint64 seqBefore = store->lastSeq();
    const size_t ticketsBefore = store->loadState(DAY)->tickets.size();

    SampleJournal big(DAY, seqBefore);
    std::vector<Outcome> batch;
    for (int i = 0; i < 300; ++i)
        batch.push_back(big.issue(u"passport"_s, QString(400, QLatin1Char('x'))));
    store->setMaxPageCount(1); // capped at the current size: no page may be added

    const Status full = store->writeBatch(pointers(batch), storeTestConfig());
    REQUIRE(!full.ok());
    INFO(full.error().message.toStdString());
    CHECK(full.error().code == ErrorCode::StorageUnavailable);
    CHECK(full.error().message.contains(u"full"_s));
    CHECK(store->lastSeq() == seqBefore);
    CHECK(rawQuery(path, u"SELECT max(last_seq) FROM journal"_s) == QString::number(seqBefore));
    CHECK(rawQuery(path, u"SELECT count(*) FROM names WHERE text LIKE 'req-%'"_s) == u"0"_s);

    const auto state = store->loadState(DAY); // reads keep working
    REQUIRE(state.ok());
    CHECK(state->tickets.size() == ticketsBefore);
    CHECK(store->eventsAfter(0).size() == size_t(seqBefore));

    store->setMaxPageCount(0); // room returns
    const Status retried = store->writeBatch(pointers(batch), storeTestConfig());
    REQUIRE(retried.ok());
    CHECK(store->lastSeq() == big.lastSeq());
    CHECK(store->loadState(DAY)->tickets.size() == ticketsBefore + batch.size());
}

TEST_CASE("a database from a newer program is refused and untouched", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    REQUIRE(rawExec(path, u"PRAGMA user_version = %1"_s.arg(Store::SCHEMA_VERSION + 1))
            == SQLITE_OK);
    requireRefused(path, u"newer"_s);
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == QString::number(Store::SCHEMA_VERSION + 1));
}

TEST_CASE("a file that is not a Növbə database is refused, never replaced", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    SECTION("garbage bytes")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(20261128);
        QByteArray garbage(64 * 1024, '\0');
        for (char &c : garbage)
            c = char(random.bounded(256));
        file.write(garbage);
        file.close();
        requireRefused(path, u"not a database"_s);
        CHECK(QFile(path).size() == 64 * 1024);
    }
    SECTION("another program's SQLite database")
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE notes(x); INSERT INTO notes VALUES(1);", nullptr,
                             nullptr, nullptr)
                == SQLITE_OK);
        sqlite3_close(db);
        requireRefused(path, u"not a Növbə database"_s);
    }
}

TEST_CASE("a damaged database is refused with a clear message", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 200);
    QFile file(path);
    const qint64 size = file.size();
    REQUIRE(size > 16 * 4096);
    SECTION("truncated to half")
    {
        REQUIRE(file.resize(size / 2));
    }
    SECTION("pages overwritten in the middle")
    {
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(size / 2);
        file.write(QByteArray(3 * 4096, '\x5a'));
        file.close();
    }
    requireRefused(path, u"corrupt"_s);
}

TEST_CASE("a failed migration leaves the file as it was", "[store][fault]")
{
    // A real fault, no hook: a schema-1 file in which something else already
    // made a table named `journal`, which the step to schema 2 creates.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    REQUIRE(QFile::copy(QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/db/v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto exec = [&](const char *sql) {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    };
    exec("CREATE TABLE journal(x); INSERT INTO journal VALUES('not ours');");
    const QString events = rawQuery(path, u"SELECT count(*) FROM events"_s);
    requireRefused(path, u"migrate"_s);
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == u"1"_s);
    CHECK(rawQuery(path, u"SELECT x FROM journal"_s) == u"not ours"_s);
    CHECK(rawQuery(path, u"SELECT count(*) FROM events"_s) == events);
    CHECK(rawQuery(path, u"SELECT count(*) FROM sqlite_schema WHERE name = 'names'"_s) == u"0"_s);
    exec("DROP TABLE journal;");
    CHECK(Store::open(path).ok()); // nothing stuck: a clean retry migrates
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == QString::number(Store::SCHEMA_VERSION));
}

TEST_CASE("a locked database is refused with a clear message", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    StoreOptions options;
    options.busyTimeoutMs = 200;
    SECTION("another connection holds the write lock")
    {
        Locker locker(path, "BEGIN EXCLUSIVE");
        requireRefused(path, u"locked"_s, options);
    }
    SECTION("another connection holds an exclusive lock on the whole file")
    {
        Locker locker(path, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE");
        requireRefused(path, u"locked"_s, options);
    }
    CHECK(Store::open(path, options).ok()); // lock gone: opens again
}

TEST_CASE("a read-only database is refused at start", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    SECTION("file without write permission (chmod 0444; chattr +i when root)")
    {
        REQUIRE(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        bool immutable = false;
        if (canWrite(path) && geteuid() == 0)
            immutable = QProcess::execute(u"chattr"_s, {u"+i"_s, path}) == 0;
        if (canWrite(path)) {
            WARN("root may write despite chmod and chattr +i is unavailable: section skipped");
        } else {
            requireRefused(path, u"read-only"_s);
        }
        if (immutable)
            QProcess::execute(u"chattr"_s, {u"-i"_s, path});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("opened read-only: reads work, writes fail cleanly")
    {
        const QByteArray before = fileSha256(path);
        StoreOptions options;
        options.readOnly = true;
        auto store = Store::open(path, options);
        REQUIRE(store.ok());
        const auto state = store.value()->loadState(DAY);
        REQUIRE(state.ok());
        CHECK(!state->tickets.empty());
        SampleJournal more(DAY, store.value()->lastSeq());
        const Outcome next = more.issue(u"passport"_s);
        const Status written = store.value()->writeBatch({&next}, storeTestConfig());
        REQUIRE(!written.ok());
        CHECK(written.error().code == ErrorCode::StorageUnavailable);
        CHECK(written.error().message.contains(u"read-only"_s));
        store.value().reset();
        CHECK(fileSha256(path) == before);
    }
}

TEST_CASE("a directory in place of the database is refused", "[store][fault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    REQUIRE(QDir().mkpath(path));
    const auto store = Store::open(path);
    REQUIRE(!store.ok());
    CHECK(store.error().message.contains(u"not a regular file"_s));
}
