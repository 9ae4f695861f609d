#pragma once

#include <QString>

namespace novbe {

// novbe-engine --backup: copies the database (the engine may be running).
int runBackup(const QString &dbPath, const QString &dest, QString *message);

} // namespace novbe
