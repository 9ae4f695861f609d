#pragma once

namespace novbe {
class Dispatcher;
class Engine;
} // namespace novbe

namespace novbe::test {

class TestClock;

// Registers the manager-only fault and clock methods of the test engine:
// debug.advanceClock {sec} -> {now} and debug.setMaxPageCount {pages} -> {}.
void registerDebugMethods(Engine &engine, Dispatcher &dispatcher, TestClock &clock);

} // namespace novbe::test
