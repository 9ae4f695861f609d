#pragma once

#include <QString>

namespace novbe {

// novbe-engine --db DB --migrate-backup-dir DIR (the package's postinst):
// brings DB to this program's schema. An older file is first backed up into
// DIR as "<name>.schema<V>.<time>.db", then migrated; a newer one is refused
// (EXIT_STORAGE) without being touched; a missing file is fine (fresh install).
int runMigration(const QString &dbPath, const QString &backupDir, QString *message);

} // namespace novbe
