#pragma once

#include "engine.h"

#include <functional>

namespace novbe {

// Builds the engine's environment from the parsed options. Empty: nothing
// injected (novbe-engine); the test build (tests/support/testengine) injects
// its clock and its debug.* methods.
using EnvironmentFactory = std::function<Engine::Environment(const EngineOptions &options)>;

// The whole novbe-engine program: command line, backup mode, signals, run.
int engineMain(int argc, char **argv, const EnvironmentFactory &environment = {});

} // namespace novbe
