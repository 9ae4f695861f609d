#pragma once

#include "core/centreconfig.h"
#include "core/result.h"

#include <QString>

namespace novbe {

// Reads and validates a centre config file; the error message names the file.
Result<CentreConfig> loadConfigFile(const QString &path);

// novbe-engine --check-config: every problem of the file, each line "PATH: <problem>",
// or "PATH: ok". EXIT_OK when valid, EXIT_CONFIG otherwise.
int checkConfigFile(const QString &path, QString *report);

} // namespace novbe
