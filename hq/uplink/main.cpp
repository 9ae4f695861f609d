// novbe-uplink: ships the centre's journal to HQ's PostgreSQL (docs/hq.md).
// Thin: options, then Uplink::step() in a loop until SIGTERM/SIGINT.

#include "uplink.h"
#include "uplinkmain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novbe-uplink"));
    return novbe::hq::runUplink(QCoreApplication::arguments());
}
