#include "upgrade.h"

#include "exitcodes.h"

#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString backupPath(const QString &dbPath, const QString &backupDir, int version)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    return QDir(backupDir).filePath(
        u"%1.schema%2.%3.db"_s.arg(QFileInfo(dbPath).completeBaseName()).arg(version).arg(stamp));
}

int backUpAndMigrate(const QString &dbPath, const QString &backupDir, int version, QString *message)
{
    if (!QDir().mkpath(backupDir)) {
        *message = u"cannot create the backup folder %1"_s.arg(backupDir);
        return EXIT_STORAGE;
    }
    const QString backup = backupPath(dbPath, backupDir, version);
    if (const Status copied = Store::backupFile(dbPath, backup); !copied) {
        *message = copied.error().message + u"; nothing was migrated"_s;
        return EXIT_STORAGE;
    }
    const Result<std::unique_ptr<Store>> store = Store::open(dbPath);
    if (!store) {
        *message = u"migration of %1 failed: %2 (the backup %3 is untouched)"_s.arg(
            dbPath, store.error().message, backup);
        return EXIT_STORAGE;
    }
    *message = u"%1: backed up (schema %2) to %3, then migrated to schema %4"_s.arg(dbPath)
                   .arg(version)
                   .arg(backup)
                   .arg(Store::SCHEMA_VERSION);
    return EXIT_OK;
}

} // namespace

int runMigration(const QString &dbPath, const QString &backupDir, QString *message)
{
    if (!QFileInfo::exists(dbPath)) {
        *message = u"%1 does not exist yet: nothing to migrate"_s.arg(dbPath);
        return EXIT_OK;
    }
    const Result<int> version = Store::schemaVersion(dbPath);
    if (!version) {
        *message = version.error().message;
        return EXIT_STORAGE;
    }
    if (*version > Store::SCHEMA_VERSION) {
        *message = u"%1 has schema version %2, newer than this program's %3: refused, nothing "
                   "changed. Install the newer Növbə again, or restore the backup taken "
                   "before the upgrade (docs/operations.md, Rollback)"_s.arg(dbPath)
                       .arg(*version)
                       .arg(Store::SCHEMA_VERSION);
        return EXIT_STORAGE;
    }
    if (*version == Store::SCHEMA_VERSION) {
        *message = u"%1 is at schema %2: nothing to migrate"_s.arg(dbPath).arg(*version);
        return EXIT_OK;
    }
    return backUpAndMigrate(dbPath, backupDir, *version, message);
}

} // namespace novbe
