// The package's upgrade step, `novbe-engine --db DB --migrate-backup-dir DIR`
// (docs/operations.md, Upgrade): a schema-1 database (tests/data/db/v1.sqlite)
// is backed up as it is, then migrated with nothing lost; a current one is
// left alone; a newer one is refused and left untouched.

#include "engineprocess.h"
#include "storetestsupport.h"

#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run migrate(const QString &dbPath, const QString &backupDir)
{
    const EngineRun run = EngineProcess::command(
        {u"--db"_s, dbPath, u"--migrate-backup-dir"_s, backupDir});
    return {run.exitCode, QString::fromUtf8(run.output)};
}

void execute(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(u"novbe.db"_s);
    REQUIRE(QFile::copy(QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/db/") + name, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

TEST_CASE("an older database is backed up, then migrated with nothing lost", "[store][upgrade]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"v1.sqlite"_s);
    const QString events = rawQuery(path, u"SELECT count(*) FROM events"_s);
    REQUIRE(events.toInt() > 0);
    const QString backups = dir.filePath(u"backups"_s);

    const Run run = migrate(path, backups);
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.output.contains(u"migrated to schema %1"_s.arg(Store::SCHEMA_VERSION)));
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == QString::number(Store::SCHEMA_VERSION));

    const QStringList copies = QDir(backups).entryList({u"novbe.schema1.*.db"_s}, QDir::Files);
    REQUIRE(copies.size() == 1);
    const QString backup = QDir(backups).filePath(copies.constFirst());
    CHECK(rawQuery(backup, u"PRAGMA user_version"_s) == u"1"_s);
    CHECK(rawQuery(backup, u"SELECT count(*) FROM events"_s) == events);

    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->eventsAfter(0).size() == size_t(events.toInt()));

    const Run again = migrate(path, backups);
    CHECK(again.exitCode == 0);
    CHECK(again.output.contains(u"nothing to migrate"_s));
    CHECK(QDir(backups).entryList(QDir::Files).size() == 1);
}

TEST_CASE("a database of a newer schema is refused and left untouched", "[store][upgrade]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"v%1.sqlite"_s.arg(Store::SCHEMA_VERSION));
    const QString newer = QString::number(Store::SCHEMA_VERSION + 1);
    execute(path, u"PRAGMA user_version = "_s + newer);
    REQUIRE(rawQuery(path, u"PRAGMA user_version"_s) == newer);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const Run run = migrate(path, dir.filePath(u"backups"_s));
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.output.contains(u"newer than this program's"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QDir(dir.filePath(u"backups"_s)).exists());
}

TEST_CASE("a fresh install has no database to migrate", "[store][upgrade]")
{
    QTemporaryDir dir;
    const Run run = migrate(dir.filePath(u"novbe.db"_s), dir.filePath(u"backups"_s));
    CHECK(run.exitCode == 0);
    CHECK_FALSE(QFile::exists(dir.filePath(u"novbe.db"_s)));
}
