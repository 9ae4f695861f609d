#pragma once

#include "operation.h"
#include "result.h"

namespace novbe {

class QueueEngineState;

// Everything a counter does: open, close, pause, call, serve, end, park and
// transfer. The caller checks who may act on which counter.
class CounterDesks
{
public:
    explicit CounterDesks(QueueEngineState &state) : d(state) {}
    CounterDesks(const CounterDesks &) = delete;
    CounterDesks &operator=(const CounterDesks &) = delete;

    Result<Outcome> openCounter(const QString &counter, const QString &operatorId,
                                const QString &operatorName, const QDateTime &now);
    Result<Outcome> closeCounter(const QString &counter, const QDateTime &now);
    // The counter's session ended: no operator; closed unless it holds a ticket.
    Result<Outcome> releaseCounter(const QString &counter, const QDateTime &now);
    Result<Outcome> pause(const QString &counter, const QString &reason, const QDateTime &now);
    Result<Outcome> resume(const QString &counter, const QDateTime &now);
    Result<Outcome> callNext(const QString &counter, const QDateTime &now);
    Result<Outcome> callTicket(const QString &counter, const QString &ticketId,
                               const QDateTime &now);
    Result<Outcome> recall(const QString &counter, const QDateTime &now);
    Result<Outcome> start(const QString &counter, const QDateTime &now);
    Result<Outcome> finish(const QString &counter, const QString &outcome, const QDateTime &now);
    Result<Outcome> noShow(const QString &counter, const QDateTime &now);
    Result<Outcome> park(const QString &counter, const QDateTime &now);
    Result<Outcome> transfer(const QString &counter, const QString &service, Placement placement,
                             const QString &note, const QDateTime &now);

private:
    QueueEngineState &d;
};

} // namespace novbe
