#pragma once

// Event-loop waiting for every test: no sleeps. waitUntil() processes events
// until its predicate holds, checking it after every batch of events (a
// socket, a process, a timer of the app under test) and at least every 20 ms
// for conditions no event announces (a file appearing).

#include <functional>

namespace novbe::test {

inline constexpr int DEFAULT_WAIT_MS = 15000;

// Runs the event loop until `predicate` holds or `timeoutMs` passed; returns the predicate.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = DEFAULT_WAIT_MS);

} // namespace novbe::test
