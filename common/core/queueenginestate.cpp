#include "queueenginestate.h"

namespace novbe {

QueueEngineState::QueueEngineState(CentreConfig cfg, quint64 seed)
    : config(std::move(cfg)), tz(config.centre.timezone.toUtf8()), rng(seed), rngCommitted(seed)
{
    if (!tz.isValid())
        tz = QTimeZone(QByteArrayLiteral("Asia/Baku"));
    for (const CounterConfig &c : config.counters)
        counters.insert(c.id, CounterStatus{c.id, CounterState::Closed, {}, {}, {}, {}, {}});
}

// Numbers belong to the service that issued them (a transfer keeps it).
static QString numberingService(const Ticket &t)
{
    return t.originalService.isEmpty() ? t.service : t.originalService;
}

void QueueEngineState::unindex(const Ticket &t)
{
    waitingBy[t.service].remove(t.id);
    parkedBy[t.service].remove(t.id);
    activeNumbers[numberingService(t)].remove(t.numberValue);
}

void QueueEngineState::index(const Ticket &t)
{
    if (t.state == TicketState::Waiting)
        waitingBy[t.service].insert(t.id);
    if (t.state == TicketState::Parked)
        parkedBy[t.service].insert(t.id);
    if (isActive(t.state))
        activeNumbers[numberingService(t)].insert(t.numberValue);
}

void QueueEngineState::rawPutTicket(const Ticket &t)
{
    auto it = tickets.find(t.id);
    if (it != tickets.end()) {
        unindex(*it);
        *it = t;
    } else {
        tickets.insert(t.id, t);
        order.push_back(t.id);
    }
    index(t);
}

void QueueEngineState::putTicket(const Ticket &t)
{
    auto it = tickets.constFind(t.id);
    if (it != tickets.constEnd()) {
        undo.push_back([this, old = *it] { rawPutTicket(old); });
    } else {
        undo.push_back([this, t] {
            unindex(t);
            tickets.remove(t.id);
            order.pop_back();
        });
    }
    rawPutTicket(t);
}

void QueueEngineState::putCounter(const CounterStatus &c)
{
    undo.push_back([this, old = counters.value(c.id)] { counters.insert(old.id, old); });
    counters.insert(c.id, c);
}

void QueueEngineState::putAppointment(const Appointment &a)
{
    auto it = appointments.constFind(a.id);
    if (it != appointments.constEnd())
        undo.push_back([this, old = *it] { appointments.insert(old.id, old); });
    else
        undo.push_back([this, id = a.id] { appointments.remove(id); });
    appointments.insert(a.id, a);
}

void QueueEngineState::putRequest(const QString &key, const QString &ticketId)
{
    undo.push_back([this, key] { requests.remove(key); });
    requests.insert(key, ticketId);
}

void QueueEngineState::putFeedback(const QString &ticketId)
{
    undo.push_back([this, ticketId] { feedback.remove(ticketId); });
    feedback.insert(ticketId);
}

void QueueEngineState::setLastNumber(const QString &service, int value)
{
    undo.push_back([this, service, old = lastNumber.value(service)] { lastNumber[service] = old; });
    lastNumber[service] = value;
}

void QueueEngineState::setIssuedCount(const QString &service, int value)
{
    undo.push_back([this, service, old = issuedCount.value(service)] { issuedCount[service] = old; });
    issuedCount[service] = value;
}

void QueueEngineState::setAverage(const QString &service, double value)
{
    undo.push_back([this, service, old = average(service)] { avgService[service] = old; });
    avgService[service] = value;
}

void QueueEngineState::setServiceDay(const QString &day)
{
    undo.push_back([this, old = serviceDay] { serviceDay = old; });
    serviceDay = day;
}

void QueueEngineState::clearDay()
{
    undo.push_back([this, t = tickets, o = order, r = requests, f = feedback, n = lastNumber,
                    c = issuedCount] {
        tickets = t;
        order = o;
        requests = r;
        feedback = f;
        lastNumber = n;
        issuedCount = c;
        rebuildIndexes();
    });
    tickets.clear();
    order.clear();
    requests.clear();
    feedback.clear();
    lastNumber.clear();
    issuedCount.clear();
    rebuildIndexes();
}

DomainEvent &QueueEngineState::addEvent(Outcome &out, EventType type, const QDateTime &now)
{
    undo.push_back([this, old = lastSeq] { lastSeq = old; });
    DomainEvent e;
    e.seq = ++lastSeq;
    e.type = type;
    e.at = now;
    out.events.push_back(std::move(e));
    return out.events.back();
}

void QueueEngineState::commit()
{
    undo.clear();
    rngCommitted = rng;
}

void QueueEngineState::rollback()
{
    rollbackTo(0);
    rng = rngCommitted;
}

void QueueEngineState::rollbackTo(size_t mark)
{
    while (undo.size() > mark) {
        auto step = std::move(undo.back());
        undo.pop_back();
        step();
    }
}

void QueueEngineState::rebuildIndexes()
{
    waitingBy.clear();
    parkedBy.clear();
    activeNumbers.clear();
    for (const Ticket &t : std::as_const(tickets))
        index(t);
}

QString QueueEngineState::newId(const QString &prefix)
{
    const quint64 salt = rng.bounded(quint64(36) * 36 * 36 * 36 * 36);
    return prefix + QString::number(lastSeq + 1, 36)
        + QString::number(salt, 36).rightJustified(5, u'0');
}

QString QueueEngineState::dayOf(const QDateTime &t) const
{
    return t.toTimeZone(tz).date().toString(Qt::ISODate);
}

double QueueEngineState::average(const QString &service) const
{
    auto it = avgService.constFind(service);
    if (it != avgService.constEnd())
        return *it;
    const ServiceConfig *s = config.service(service);
    return s ? double(s->defaultServiceSec) : 300.0;
}

std::vector<Ticket> QueueEngineState::waitingTickets(const QString &service) const
{
    std::vector<Ticket> out;
    const QSet<QString> ids = waitingBy.value(service);
    out.reserve(size_t(ids.size()));
    for (const QString &id : ids)
        out.push_back(tickets.value(id));
    return out;
}

int QueueEngineState::openCounters(const QString &service, int *freeCounters) const
{
    int open = 0;
    int free = 0;
    for (const CounterConfig &cc : config.counters) {
        if (config.weight(cc.id, service) <= 0)
            continue;
        const CounterStatus c = counters.value(cc.id);
        if (c.state == CounterState::Closed || c.state == CounterState::Paused)
            continue;
        ++open;
        if (c.state == CounterState::Idle)
            ++free;
    }
    if (freeCounters)
        *freeCounters = free;
    return open;
}

} // namespace novbe
