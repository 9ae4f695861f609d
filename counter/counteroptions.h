#pragma once

// novbe-counter's command line (connection options: common/app).

#include "app/connectionoptions.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace novbe {

struct CounterOptions
{
    ConnectionOptions connection; // a counter-role device and its token
    QString counter;              // desk: preselected counter; rating pad: the counter it rates
    QString language;             // az | en | ru; empty = last used on this machine
    bool ratingPad = false;       // run the citizen-facing rating pad instead of the desk
    bool fullScreen = false;
    bool compact = false; // desk: an always-on-top strip (number, state, the action keys)
    int resetSec = 30;    // rating pad: back to idle after this long without a rating
};

struct ParsedCounterOptions
{
    std::optional<CounterOptions> options;
    QString message; // help, version or the error
    int exitCode = 0;
};

// Parses `arguments` (argv including the program name) over `env` (NOVBE_TOKEN, ...).
ParsedCounterOptions parseCounterOptions(const QStringList &arguments,
                                         const QProcessEnvironment &env);

} // namespace novbe
