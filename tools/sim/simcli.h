#pragma once

#include <QStringList>

class QTextStream;

namespace novbe::sim {

// novbe-sim's command line (see --help): returns the process exit code.
int runSimCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace novbe::sim
