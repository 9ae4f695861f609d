#pragma once

#include "core/centreconfig.h"
#include "core/queueengine.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace novbe {

class Store;

// Exit codes of novbe-engine.
inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_USAGE = 1;
inline constexpr int EXIT_CONFIG = 2;
inline constexpr int EXIT_STORAGE = 3;
inline constexpr int EXIT_NETWORK = 4;

// Reads and validates a centre config file; the error message names the file.
Result<CentreConfig> loadConfigFile(const QString &path);

// Rebuilds the core from the store: the stored service day, then (if that day
// is over) the rollover, then every counter left bound by the previous run is
// released. The resulting changes are written before returning.
Status restoreCore(QueueEngine &core, Store &store, const QDateTime &now);

// Milliseconds until the next local midnight in `timezone` after `now`.
qint64 msecsToNextMidnight(const QString &timezone, const QDateTime &now);

// novbe-engine --backup: copies the database (the engine may be running).
int runBackup(const QString &dbPath, const QString &dest, QString *message);

// Raises the soft open-file limit to the hard limit (every device holds a
// connection; the usual soft limit of 1024 is too low for a large centre).
// Returns the soft limit in force afterwards.
long raiseOpenFileLimit();

} // namespace novbe
