// TicketFlow: issuing, cancelling, the end of the service day.
#include "ticketflow.h"

#include "managercontrols.h"
#include "numbering.h"
#include "queueenginestate.h"
#include "transitions.h"

namespace novbe {

using namespace engineops;

namespace {

Result<Ticket> newTicket(QueueEngineState &s, const ServiceConfig &svc, const IssueRequest &r,
                         const QDateTime &now)
{
    const int n = s.index().findService(svc.id);
    if (svc.dailyLimit > 0 && s.day(n).issuedCount >= svc.dailyLimit)
        return makeError(ErrorCode::LimitReached,
                         QStringLiteral("service \"%1\" has reached its daily limit of %2 tickets")
                             .arg(svc.id)
                             .arg(svc.dailyLimit));
    const auto number = nextTicketNumber(s.day(n).lastNumber, s.tickets().activeNumbers(n));
    if (!number)
        return makeError(
            ErrorCode::LimitReached,
            QStringLiteral("all 999 numbers of service \"%1\" are in use").arg(svc.id));
    Ticket t;
    t.id = s.newId(QStringLiteral("t_"));
    t.numberValue = *number;
    t.number = formatTicketNumber(svc.prefix, *number);
    t.service = svc.id;
    t.originalService = svc.id;
    t.category = r.category;
    t.lang = r.lang;
    t.issuedAt = now;
    t.queuedAt = now;
    t.serviceDay = s.serviceDay();
    t.device = r.device;
    t.requestId = r.requestId;
    t.issueSeq = s.lastSeq() + 1;
    t.orderKey = t.issueSeq;
    return t;
}

} // namespace

// Issues `t` (already numbered): records it and emits issued + queue.changed.
static void recordIssued(QueueEngineState &s, Outcome &out, const Ticket &t, const QDateTime &now)
{
    const int n = s.index().findService(t.service);
    s.setLastNumber(n, t.numberValue);
    s.setIssuedCount(n, s.day(n).issuedCount + 1);
    if (!t.requestId.isEmpty())
        s.putRequest(t.device + u'\x1f' + t.requestId, t.id);
    ticketEvent(s, out, EventType::TicketIssued, t, now);
    out.ticket = t;
    queueChanged(s, out, t.service, now);
}

namespace engineops {

Status checkServiceOpen(const QueueEngineState &s, const ServiceConfig &svc, const QDateTime &now)
{
    if (!svc.enabled)
        return makeError(ErrorCode::ServiceClosed,
                         QStringLiteral("service \"%1\" is not offered today").arg(svc.id));
    if (!svc.hours)
        return okStatus();
    const QTime local = now.toTimeZone(s.timeZone()).time();
    if (local >= svc.hours->open && local < svc.hours->close)
        return okStatus();
    const QString opens = svc.hours->open.toString(QStringLiteral("HH:mm"));
    return makeError(ErrorCode::ServiceClosed,
                     QStringLiteral("service \"%1\" is open %2-%3")
                         .arg(svc.id, opens, svc.hours->close.toString(QStringLiteral("HH:mm"))),
                     {{QStringLiteral("opensAt"), opens}});
}

Result<Outcome> issueTicket(QueueEngineState &d, const IssueRequest &request, const QDateTime &now)
{
    const ServiceConfig *svc = d.index().service(request.service);
    if (!svc)
        return makeError(ErrorCode::UnknownService,
                         QStringLiteral("unknown service \"%1\"").arg(request.service));
    if (!d.index().category(request.category))
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("unknown category \"%1\"").arg(request.category));
    if (!d.config().centre.languages.contains(request.lang))
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("unsupported language \"%1\"").arg(request.lang));
    const size_t mark = d.mark();
    Outcome out;
    autoRollover(d, out, now);
    if (!request.requestId.isEmpty()) {
        const QString known = d.requests().value(request.device + u'\x1f' + request.requestId);
        if (const Ticket *t = known.isEmpty() ? nullptr : d.ticket(known)) {
            out.ticket = *t;
            return out;
        }
    }
    if (Status open = checkServiceOpen(d, *svc, now); !open) {
        d.rollbackTo(mark);
        return open.error();
    }
    if (Status taking = checkControl(controlOf(d.controls(), svc->id),
                                     now.toTimeZone(d.timeZone()).time());
        !request.booked && !taking) {
        d.rollbackTo(mark);
        return taking.error();
    }
    Result<Ticket> t = newTicket(d, *svc, request, now);
    if (!t) {
        d.rollbackTo(mark);
        return t.error();
    }
    recordIssued(d, out, *t, now);
    return out;
}

} // namespace engineops

Result<Outcome> TicketFlow::issue(const IssueRequest &request, const QDateTime &now)
{
    return issueTicket(d, request, now);
}

Result<Outcome> TicketFlow::cancel(const QString &ticketId, const QString &reason,
                                   const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        const Ticket *found = d.ticket(ticketId);
        if (!found)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("unknown ticket \"%1\"").arg(ticketId));
        Ticket t = *found;
        const auto next = nextState(t.state, TicketAction::Cancel);
        if (!next)
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("ticket %1 is %2 and cannot be cancelled")
                                 .arg(t.number, ticketStateName(t.state)));
        const bool wasWaiting = t.state == TicketState::Waiting;
        t.state = *next;
        t.endedAt = now;
        t.note = reason;
        ticketEvent(d, out, EventType::TicketCancelled, t, now);
        out.ticket = t;
        if (wasWaiting)
            queueChanged(d, out, t.service, now);
        return okStatus();
    });
}

namespace engineops {

void autoRollover(QueueEngineState &s, Outcome &out, const QDateTime &now)
{
    if (!s.serviceDay().isEmpty() && now < s.serviceDayEnd())
        return; // still the same service day (the common case: no time zone maths)
    const QString day = s.dayOf(now);
    if (s.serviceDay().isEmpty()) {
        s.setServiceDay(day);
        return;
    }
    if (day <= s.serviceDay())
        return;
    std::vector<Ticket> active;
    for (size_t i = 0; i < s.tickets().size(); ++i) {
        if (isActive(s.tickets().at(i).state))
            active.push_back(s.tickets().at(i));
    }
    for (Ticket t : active) {
        t.state = *nextState(t.state, TicketAction::Reset);
        t.endedAt = now;
        ticketEvent(s, out, EventType::TicketReset, t, now);
    }
    for (const CounterConfig &cc : s.config().counters) {
        CounterStatus c = *s.counter(cc.id);
        if (c.ticket.isEmpty())
            continue;
        c.ticket.clear();
        c.state = c.operatorId.isEmpty() ? CounterState::Closed : CounterState::Idle;
        counterChanged(s, out, c, now);
    }
    for (Appointment a : s.appointments()) {
        if (a.state == AppointmentState::Booked && s.dayOf(a.end) < day) {
            a.state = AppointmentState::Expired;
            s.putAppointment(a);
            out.appointments.push_back(a);
        }
    }
    s.clearDay();
    s.setServiceDay(day);
    s.addEvent(out, EventType::DayRollover, now).serviceDay = day;
    resetControls(s, out, now);
}

} // namespace engineops

Result<Outcome> TicketFlow::rollover(const QDateTime &now)
{
    Outcome out;
    autoRollover(d, out, now);
    return out;
}

} // namespace novbe
