#pragma once

// The scripted headless demo day: kiosks issue, counters call and serve, a
// booking is checked in, the hall display's calls and the day's statistics
// are printed. Talks to a running novbe-engine over the protocol.

#include <QString>
#include <QTextStream>

namespace novbe::demo {

struct DemoOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7400;
};

// Runs the day; returns 0 on success, non-zero with a message on failure.
int runDemoDay(const DemoOptions &options, QTextStream &out);

} // namespace novbe::demo
