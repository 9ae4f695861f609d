#pragma once

// novbe-counter's command line.

#include <QString>
#include <QStringList>

#include <optional>

namespace novbe {

struct CounterOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7400;
    QString device;          // a counter-role device from the centre config
    QString token;           // its token (--token, or NOVBE_TOKEN in the environment)
    QString counter;         // desk: preselected counter; rating pad: the counter it rates
    QString language;        // az | en | ru; empty = last used on this machine
    bool ratingPad = false;  // run the citizen-facing rating pad instead of the desk
    bool fullScreen = false;
    int resetSec = 30;       // rating pad: back to idle after this long without a rating
};

struct ParsedCounterOptions
{
    std::optional<CounterOptions> options;
    QString message;         // help, version or the error
    int exitCode = 0;
};

// Parses `arguments` (argv including the program name); `tokenFromEnv` is NOVBE_TOKEN.
ParsedCounterOptions parseCounterOptions(const QStringList &arguments, const QString &tokenFromEnv);

} // namespace novbe
