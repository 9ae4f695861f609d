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
    return d->config;
}

void QueueEngine::restore(const RestoredState &state)
{
    d->undo.clear();
    d->serviceDay = state.serviceDay;
    d->lastSeq = state.lastSeq;
    d->tickets.clear();
    d->order.clear();
    d->requests.clear();
    d->lastNumber.clear();
    d->issuedCount.clear();
    std::vector<Ticket> sorted = state.tickets;
    std::sort(sorted.begin(), sorted.end(),
              [](const Ticket &a, const Ticket &b) { return a.issueSeq < b.issueSeq; });
    std::vector<Ticket> done;   // copies: pointers into d->tickets dangle on rehash
    for (const Ticket &t : sorted) {
        d->tickets.insert(t.id, t);
        d->order.push_back(t.id);
        d->lastNumber[t.service] = t.numberValue;   // the newest number wins
        d->issuedCount[t.service] += 1;
        if (!t.requestId.isEmpty())
            d->requests.insert(t.device + u'\x1f' + t.requestId, t.id);
        if (t.state == TicketState::Done && t.startedAt.isValid() && t.endedAt.isValid())
            done.push_back(t);
    }
    std::sort(done.begin(), done.end(),
              [](const Ticket &a, const Ticket &b) { return a.endedAt < b.endedAt; });
    for (const Ticket &t : done)
        d->avgService[t.service] = updateServiceAverage(
            d->average(t.service), double(t.startedAt.msecsTo(t.endedAt)) / 1000.0);
    for (const CounterStatus &c : state.counters) {
        if (d->config.counter(c.id))
            d->counters.insert(c.id, c);
    }
    for (const Appointment &a : state.appointments)
        d->appointments.insert(a.id, a);
    d->feedback = QSet<QString>(state.feedbackTickets.begin(), state.feedbackTickets.end());
    d->rebuildIndexes();
    d->commit();
}

Status QueueEngine::reconfigure(CentreConfig config)
{
    if (hasUncommitted())
        return makeError(ErrorCode::Internal, QStringLiteral("reconfigure with uncommitted changes"));
    d->config = std::move(config);
    for (const CounterConfig &c : d->config.counters) {
        if (!d->counters.contains(c.id))
            d->counters.insert(c.id, CounterStatus{c.id, CounterState::Closed, {}, {}, {}, {}, {}});
    }
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
    return !d->undo.empty();
}

QString QueueEngine::serviceDay() const
{
    return d->serviceDay;
}

QString QueueEngine::serviceDayOf(const QDateTime &t) const
{
    return d->dayOf(t);
}

qint64 QueueEngine::lastSeq() const
{
    return d->lastSeq;
}

std::optional<Ticket> QueueEngine::ticket(const QString &id) const
{
    auto it = d->tickets.constFind(id);
    if (it == d->tickets.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Appointment> QueueEngine::appointment(const QString &id) const
{
    auto it = d->appointments.constFind(id);
    if (it == d->appointments.constEnd())
        return std::nullopt;
    return *it;
}

std::vector<Ticket> QueueEngine::tickets() const
{
    std::vector<Ticket> out;
    out.reserve(d->order.size());
    for (const QString &id : d->order)
        out.push_back(d->tickets.value(id));
    return out;
}

std::vector<CounterStatus> QueueEngine::counters() const
{
    std::vector<CounterStatus> out;
    for (const CounterConfig &c : d->config.counters)
        out.push_back(d->counters.value(c.id));
    return out;
}

std::optional<CounterStatus> QueueEngine::counter(const QString &id) const
{
    auto it = d->counters.constFind(id);
    if (it == d->counters.constEnd() || !d->config.counter(id))
        return std::nullopt;
    return *it;
}

ServiceQueue QueueEngine::queue(const QString &service, const QDateTime &now) const
{
    ServiceQueue q;
    q.service = service;
    q.waiting = d->waitingTickets(service);
    sortInCallOrder(q.waiting, d->config, {}, now);
    for (const Ticket &t : q.waiting)
        q.longestWaitSec = std::max(q.longestWaitSec, int(t.issuedAt.secsTo(now)));
    q.etaSec = engineops::etaForNewTicket(*d, service, now);
    return q;
}

std::vector<Ticket> QueueEngine::parked(const QString &service) const
{
    std::vector<Ticket> out;
    for (const QString &id : d->parkedBy.value(service))
        out.push_back(d->tickets.value(id));
    std::sort(out.begin(), out.end(),
              [](const Ticket &a, const Ticket &b) { return a.orderKey < b.orderKey; });
    return out;
}

WaitEstimate QueueEngine::estimate(const QString &ticketId, const QDateTime &now) const
{
    auto it = d->tickets.constFind(ticketId);
    if (it == d->tickets.constEnd() || it->state != TicketState::Waiting)
        return {};
    return engineops::estimateFor(*d, *it, now);
}

double QueueEngine::averageServiceSec(const QString &service) const
{
    return d->average(service);
}

bool QueueEngine::hasFeedback(const QString &ticketId) const
{
    return d->feedback.contains(ticketId);
}

} // namespace novbe
