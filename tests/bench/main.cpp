// novbe-bench: command line only; the bench lives in bench.cpp and the phases.

#include "baselines.h"
#include "bench.h"
#include "benchoptions.h"
#include "connectionholder.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novbe-bench"));
    const novbe::bench::ParsedBenchOptions parsed = novbe::bench::parseBenchOptions(
        QCoreApplication::arguments());
    if (!parsed.options) {
        std::fputs(qPrintable(parsed.message + QLatin1Char('\n')),
                   parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    if (parsed.options->holdConnections > 0)
        return novbe::bench::runConnectionHolder(parsed.options->holdConnections,
                                                 parsed.options->holdPort,
                                                 parsed.options->holdReadyFile);
    if (!parsed.options->echoPortFile.isEmpty())
        return novbe::bench::runEchoServer(parsed.options->echoPortFile);
    return novbe::bench::runBench(*parsed.options,
                                  QCoreApplication::arguments().join(QLatin1Char(' ')));
}
