#pragma once

#include <QStringList>

namespace novbe::hq {

// novbe-uplink's command line: options, the loop, logging, sd_notify. Exit
// codes: 0 stopped by a signal (or --until-idle reached HQ's position), 2 bad
// options or configuration.
int runUplink(const QStringList &arguments);

} // namespace novbe::hq
