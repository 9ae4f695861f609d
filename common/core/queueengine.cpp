// QueueEngine: construction, restore, undo log and queries. The operations
// live in queueengine_tickets.cpp, queueengine_counters.cpp and
// queueengine_appointments.cpp.
#include "queueengine.h"

#include "queueenginestate.h"
#include "routing.h"
#include "waitestimate.h"

#include <algorithm>

namespace novbe {

QueueEngine::QueueEngine(CentreConfig config, quint64 idSeed)
    : d(std::make_unique<QueueEngineState>(std::move(config), idSeed))
{
}

QueueEngine::~QueueEngine() = default;

const CentreConfig &QueueEngine::config() const
{
    return d->config();
}

const CentreIndex &QueueEngine::index() const
{
    return d->index();
}

size_t TicketList::size() const
{
    return m_table->size();
}

const Ticket &TicketList::operator[](size_t i) const
{
    return m_table->at(i);
}

void QueueEngine::restore(const RestoredState &state)
{
    d->restore(state);
}

Status QueueEngine::reconfigure(CentreConfig config)
{
    if (hasUncommitted())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("reconfigure with uncommitted changes"));
    d->reconfigure(std::move(config));
    return okStatus();
}

void QueueEngine::commit()
{
    d->commit();
}

void QueueEngine::rollback()
{
    d->rollback();
}

bool QueueEngine::hasUncommitted() const
{
    return d->hasUncommitted();
}

QString QueueEngine::serviceDay() const
{
    return d->serviceDay();
}

QString QueueEngine::serviceDayOf(const QDateTime &t) const
{
    return d->dayOf(t);
}

qint64 QueueEngine::lastSeq() const
{
    return d->lastSeq();
}

const Ticket *QueueEngine::ticket(const QString &id) const
{
    return d->ticket(id);
}

std::optional<Appointment> QueueEngine::appointment(const QString &id) const
{
    auto it = d->appointments().constFind(id);
    if (it == d->appointments().constEnd())
        return std::nullopt;
    return *it;
}

TicketList QueueEngine::tickets() const
{
    return TicketList(d->tickets());
}

std::vector<CounterStatus> QueueEngine::counters() const
{
    std::vector<CounterStatus> out;
    out.reserve(d->config().counters.size());
    for (const CounterConfig &c : d->config().counters)
        out.push_back(*d->counter(c.id));
    return out;
}

std::optional<CounterStatus> QueueEngine::counter(const QString &id) const
{
    const CounterStatus *c = d->counter(id);
    return c ? std::optional<CounterStatus>(*c) : std::nullopt;
}

ServiceQueue QueueEngine::queue(const QString &service, const QDateTime &now) const
{
    ServiceQueue q;
    q.service = service;
    const int n = d->index().findService(service);
    q.waiting = engineops::callOrder(*d, n, now);
    for (const Ticket *t : q.waiting)
        q.longestWaitSec = std::max(q.longestWaitSec, int(t->issuedAt.secsTo(now)));
    q.etaSec = engineops::etaForNewTicket(*d, n);
    return q;
}

std::vector<const Ticket *> QueueEngine::parked(const QString &service) const
{
    std::vector<const Ticket *> out;
    for (const TicketEntry *e : d->tickets().parked(d->index().findService(service)))
        out.push_back(&e->ticket);
    return out;
}

WaitEstimate QueueEngine::estimate(const QString &ticketId, const QDateTime &now) const
{
    const TicketEntry *e = d->tickets().find(ticketId);
    if (!e || e->ticket.state != TicketState::Waiting)
        return {};
    return engineops::estimateFor(*d, *e, now);
}

double QueueEngine::averageServiceSec(const QString &service) const
{
    return d->average(service);
}

bool QueueEngine::hasFeedback(const QString &ticketId) const
{
    return d->feedback().contains(ticketId);
}

} // namespace novbe
