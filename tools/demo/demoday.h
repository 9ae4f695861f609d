#pragma once

// The scripted headless demo day: kiosks issue, counters call and serve, a
// booking is checked in, the hall display's calls and the day's statistics
// are printed. Talks to a running novbe-engine over the protocol.

#include "app/connectionoptions.h"

#include <QString>
#include <QTextStream>

#include <optional>

class QCoreApplication;

namespace novbe::demo {

struct DemoOptions
{
    ConnectionOptions engine; // host and port
    QString tokenPattern;     // "{device}" is replaced by each device id; no default
    // The token of `device`.
    QString tokenFor(const QString &device) const;
};

// --host, --port (or NOVBE_HOST, NOVBE_PORT) and --token-pattern (or
// NOVBE_TOKEN_PATTERN); nullopt with `error` when something is missing.
std::optional<DemoOptions> parseDemoOptions(const QCoreApplication &app, QString *error);

// Runs the day; returns 0 on success, non-zero with a message on failure.
int runDemoDay(const DemoOptions &options, QTextStream &out);

} // namespace novbe::demo
