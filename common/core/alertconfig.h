#pragma once

#include "centreconfig.h"
#include "configreader.h"

#include <QJsonObject>

namespace novbe {

// The config's optional "alerts" section (docs/configuration.md) into `out`;
// false (with the problem recorded in `reader`) when it is broken.
bool readAlertThresholds(ConfigReader &reader, const QJsonObject &root, AlertThresholds &out);

} // namespace novbe
