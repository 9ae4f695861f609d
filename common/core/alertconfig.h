#pragma once

#include "centreconfig.h"
#include "configreader.h"

#include <QJsonObject>

namespace novbe {

// The config's optional "alerts" section (docs/configuration.md) into `out`;
// false (with the problem recorded in `reader`) when it is broken.
bool readAlertThresholds(ConfigReader &reader, const QJsonObject &root, AlertThresholds &out);
// The config's optional "dashboard" section ({"targets": {...}}) into `out`;
// false (with the problem recorded) when a value is out of range.
bool readDashboardTargets(ConfigReader &reader, const QJsonObject &root, DashboardTargets &out);

} // namespace novbe
