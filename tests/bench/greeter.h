#pragma once

// Opens many bench connections: each connects, says session.hello and runs
// its follow-up calls (operator.login, counter.open, events.subscribe, ...).
// At most `maxInFlight` connections are being set up at once, so the engine's
// listen backlog (QTcpServer default: 50) never overflows.

#include "benchcentre.h"
#include "benchclient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace novbe::bench {

using Call = std::pair<QByteArray, QByteArray>; // method, params

struct Greeting
{
    Device device;
    std::vector<Call> after; // calls after session.hello, in order
};

struct GreetResult
{
    int ready = 0; // connections whose calls all succeeded
    int failed = 0;
    QString firstError;
    double seconds = 0;
    bool complete() const { return failed == 0; }
};

// Creates one client per greeting (children of `parent`, appended to `out`) and
// sets them up; returns when all are done or failed, or after `timeoutMs`.
GreetResult greetAll(const QList<Greeting> &greetings, quint16 port, QObject *parent,
                     std::vector<BenchClient *> &out, int timeoutMs, int maxInFlight = 32);

// Calls for a counter desk: operator.login then counter.open.
std::vector<Call> deskCalls(const QString &operatorId, const QString &pin, const QString &counter);

// events.subscribe without sinceSeq.
std::vector<Call> subscribeCalls();

} // namespace novbe::bench
