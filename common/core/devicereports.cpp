// DeviceReports: ratings and device health.
#include "devicereports.h"

#include "queueenginestate.h"

namespace novbe {

using namespace engineops;

Result<Outcome> DeviceReports::submitFeedback(const QString &ticketId, int rating,
                                              const QString &comment, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        if (rating < 1 || rating > 5)
            return makeError(ErrorCode::InvalidParams, QStringLiteral("rating must be 1 to 5"));
        const Ticket *it = d.ticket(ticketId);
        if (!it)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("unknown ticket \"%1\"").arg(ticketId));
        if (it->state != TicketState::Done)
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("ticket %1 has not been served").arg(it->number));
        if (d.feedback().contains(ticketId))
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("ticket %1 already has a rating").arg(it->number));
        const CounterStatus *c = d.counter(it->counter);
        Feedback f{ticketId,    rating, comment, it->counter, c ? c->operatorId : QString(),
                   it->service, now};
        d.putFeedback(ticketId);
        d.addEvent(out, EventType::FeedbackSubmitted, now).feedback = f;
        return okStatus();
    });
}

Result<Outcome> DeviceReports::deviceChanged(const QString &device, bool online,
                                             const QString &printerState,
                                             const QString &printerDetail, const QDateTime &now)
{
    if (!d.index().device(device))
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown device \"%1\"").arg(device));
    Outcome out;
    DomainEvent &e = d.addEvent(out, EventType::DeviceChanged, now);
    e.device = device;
    e.online = online;
    e.printerState = printerState;
    e.printerDetail = printerDetail;
    return out;
}

Outcome DeviceReports::alertsChanged(const std::vector<AlertRecord> &raised,
                                     const std::vector<AlertRecord> &cleared, const QDateTime &now)
{
    Outcome out;
    for (const AlertRecord &a : cleared)
        d.addEvent(out, EventType::AlertCleared, now).alert = a;
    for (const AlertRecord &a : raised)
        d.addEvent(out, EventType::AlertRaised, now).alert = a;
    return out;
}

Outcome DeviceReports::alertAcknowledged(const AlertRecord &alert, const QDateTime &now)
{
    Outcome out;
    d.addEvent(out, EventType::AlertAcknowledged, now).alert = alert;
    return out;
}

} // namespace novbe
