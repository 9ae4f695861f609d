#pragma once

// Runs a golden scenario script (tests/data/scenarios/<name>/actions.txt)
// against the core and returns the transcript: each action with its result,
// then the queues, parked lists and counters at the end.

#include <QString>

namespace novbe::test {

QString runScenario(const QString &script);

} // namespace novbe::test
