#pragma once

// Event-loop waiting for the engine tests: no sleeps. Sockets and processes of
// the kit report activity; waitUntil() runs the event loop until its predicate
// holds, waking on every report (and at least every 50 ms for file checks).

#include <QObject>

#include <functional>

namespace novbe::enginetest {

// Process-wide notifier: emits `happened` whenever a kit socket or process did something.
class Activity : public QObject
{
    Q_OBJECT
public:
    static Activity &instance();
    void report() { emit happened(); }

signals:
    void happened();
};

// Runs the event loop until `predicate` holds or `timeoutMs` passed; returns the predicate.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs);

} // namespace novbe::enginetest
