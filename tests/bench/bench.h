#pragma once

// novbe-bench's driver: work directory, file-descriptor limit, the phases in
// order, the report on stdout.

#include "benchoptions.h"

namespace novbe::bench {

// Runs the selected phases; 0 when every phase ran and produced numbers
// (targets missed or met alike), 2 when a phase failed.
int runBench(const BenchOptions &options, const QString &command);

} // namespace novbe::bench
