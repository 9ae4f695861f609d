// novbe-sim: a centre's service day simulated on the real queue core.
#include "simcli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return novbe::sim::runSimCli(app.arguments(), out, err);
}
