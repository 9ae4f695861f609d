// novbe-ctl: a small command-line client of the engine for admins and scripts.
#include "ctlcommands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novbe-ctl"));
    QString error;
    const std::optional<novbe::CtlOptions> options = novbe::parseCtlOptions(app, &error);
    if (!options) {
        QTextStream(stderr) << "novbe-ctl: " << error << '\n';
        return novbe::CTL_USAGE;
    }
    return novbe::runCtl(*options);
}
