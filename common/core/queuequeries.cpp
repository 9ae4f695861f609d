// QueueQueries: read-only questions about the centre's state.
#include "queuequeries.h"

#include "bookings.h"
#include "queueenginestate.h"

#include <algorithm>

namespace novbe {

using namespace engineops;

const CentreConfig &QueueQueries::config() const
{
    return d.config();
}

const CentreIndex &QueueQueries::index() const
{
    return d.index();
}

size_t TicketList::size() const
{
    return m_table->size();
}

const Ticket &TicketList::operator[](size_t i) const
{
    return m_table->at(i);
}

QString QueueQueries::serviceDay() const
{
    return d.serviceDay();
}

QString QueueQueries::serviceDayOf(const QDateTime &t) const
{
    return d.dayOf(t);
}

qint64 QueueQueries::lastSeq() const
{
    return d.lastSeq();
}

const Ticket *QueueQueries::ticket(const QString &id) const
{
    return d.ticket(id);
}

std::optional<Appointment> QueueQueries::appointment(const QString &id) const
{
    auto it = d.appointments().constFind(id);
    if (it == d.appointments().constEnd())
        return std::nullopt;
    return *it;
}

std::vector<Appointment> QueueQueries::appointments() const
{
    std::vector<Appointment> all(d.appointments().cbegin(), d.appointments().cend());
    std::sort(all.begin(), all.end(), [](const Appointment &a, const Appointment &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    return all;
}

int QueueQueries::placesTaken(const QString &service, const QDateTime &start) const
{
    return placesTakenIn(d.appointments(), service, start);
}

TicketList QueueQueries::tickets() const
{
    return TicketList(d.tickets());
}

std::vector<CounterStatus> QueueQueries::counters() const
{
    std::vector<CounterStatus> out;
    out.reserve(d.config().counters.size());
    for (const CounterConfig &c : d.config().counters)
        out.push_back(*d.counter(c.id));
    return out;
}

std::optional<CounterStatus> QueueQueries::counter(const QString &id) const
{
    const CounterStatus *c = d.counter(id);
    return c ? std::optional<CounterStatus>(*c) : std::nullopt;
}

ServiceQueue QueueQueries::queue(const QString &service, const QDateTime &now) const
{
    ServiceQueue q;
    q.service = service;
    const int n = d.index().findService(service);
    q.waiting = engineops::callOrder(d, n, now);
    for (const Ticket *t : q.waiting)
        q.longestWaitSec = std::max(q.longestWaitSec, int(t->issuedAt.secsTo(now)));
    q.etaSec = etaForNewTicket(d, n, now);
    return q;
}

std::vector<const Ticket *> QueueQueries::callOrder(const QString &service,
                                                    const QDateTime &now) const
{
    return engineops::callOrder(d, d.index().findService(service), now);
}

std::vector<const Ticket *> QueueQueries::parked(const QString &service) const
{
    std::vector<const Ticket *> out;
    for (const TicketEntry *e : d.tickets().parked(d.index().findService(service)))
        out.push_back(&e->ticket);
    return out;
}

WaitEstimate QueueQueries::estimate(const QString &ticketId, const QDateTime &now) const
{
    const TicketEntry *e = d.tickets().find(ticketId);
    if (!e || e->ticket.state != TicketState::Waiting)
        return {};
    return estimateFor(d, *e, now);
}

double QueueQueries::averageServiceSec(const QString &service) const
{
    return d.average(service);
}

bool QueueQueries::serviceOpen(const QString &service, const QDateTime &now) const
{
    const ServiceConfig *svc = d.index().service(service);
    return svc && checkServiceOpen(d, *svc, now).ok()
        && checkControl(controlOf(d.controls(), service), now.toTimeZone(d.timeZone()).time()).ok();
}

ServiceControl QueueQueries::control(const QString &service) const
{
    return controlOf(d.controls(), service);
}

std::optional<DisplayMessage> QueueQueries::message(const QDateTime &now) const
{
    return activeMessage(d.controls(), now);
}

bool QueueQueries::hasFeedback(const QString &ticketId) const
{
    return d.feedback().contains(ticketId);
}

} // namespace novbe
