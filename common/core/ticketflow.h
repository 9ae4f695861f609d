#pragma once

#include "operation.h"
#include "result.h"

namespace novbe {

class QueueEngineState;

// Tickets from issue to the end of the service day: issuing, cancelling
// (manager or kiosk) and the midnight rollover. What happens to a ticket at a
// counter is CounterDesks'.
class TicketFlow
{
public:
    explicit TicketFlow(QueueEngineState &state) : d(state) {}
    TicketFlow(const TicketFlow &) = delete;
    TicketFlow &operator=(const TicketFlow &) = delete;

    Result<Outcome> issue(const IssueRequest &request, const QDateTime &now);
    Result<Outcome> cancel(const QString &ticketId, const QString &reason, const QDateTime &now);
    // End of service day: if `now` is in a later service day, active tickets
    // become reset, numbering restarts. Empty outcome when the day is current.
    Result<Outcome> rollover(const QDateTime &now);

private:
    QueueEngineState &d;
};

} // namespace novbe
