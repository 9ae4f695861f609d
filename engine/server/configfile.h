#pragma once

#include "core/centreconfig.h"
#include "core/result.h"

#include <QString>

namespace novbe {

// Reads and validates a centre config file; the error message names the file.
Result<CentreConfig> loadConfigFile(const QString &path);

} // namespace novbe
