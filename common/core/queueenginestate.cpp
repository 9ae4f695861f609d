#include "queueenginestate.h"

namespace novbe {

QueueEngineState::QueueEngineState(CentreConfig cfg, quint64 seed)
    : config(std::move(cfg)), tz(config.centre.timezone.toUtf8()), rng(seed), rngCommitted(seed)
{
    if (!tz.isValid())
        tz = QTimeZone(QByteArrayLiteral("Asia/Baku"));
    tickets = std::make_unique<TicketTable>(index);
    reindex();
}

void QueueEngineState::reindex()
{
    index.rebuild(config);
    counters.resize(size_t(index.counterCount()));
    for (const CounterConfig &c : config.counters) {
        CounterStatus &status = counters[size_t(index.findCounter(c.id))];
        if (status.id.isEmpty())
            status = CounterStatus{c.id, CounterState::Closed, {}, {}, {}, {}, {}};
    }
    services.resize(size_t(index.serviceCount()));
    tickets->reindex();
}

const TicketEntry &QueueEngineState::putTicket(const Ticket &t)
{
    if (const TicketEntry *old = tickets->find(t.id)) {
        undo.push_back([this, old = old->ticket] { tickets->put(old); });
    } else {
        undo.push_back([this] { tickets->removeNewest(); });
    }
    return tickets->put(t);
}

void QueueEngineState::putCounter(const CounterStatus &c)
{
    const size_t n = size_t(index.counterOf(c.id));
    if (n >= counters.size())
        counters.resize(n + 1);
    undo.push_back([this, n, old = counters[n]] { counters[n] = old; });
    counters[n] = c;
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

ServiceDay &QueueEngineState::day(int service)
{
    if (size_t(service) >= services.size())
        services.resize(size_t(service) + 1);
    return services[size_t(service)];
}

const ServiceDay &QueueEngineState::day(int service) const
{
    static const ServiceDay none;
    return service >= 0 && size_t(service) < services.size() ? services[size_t(service)] : none;
}

void QueueEngineState::setLastNumber(int service, int value)
{
    undo.push_back([this, service, old = day(service).lastNumber] { day(service).lastNumber = old; });
    day(service).lastNumber = value;
}

void QueueEngineState::setIssuedCount(int service, int value)
{
    undo.push_back([this, service, old = day(service).issuedCount] { day(service).issuedCount = old; });
    day(service).issuedCount = value;
}

void QueueEngineState::setAverage(int service, double value)
{
    undo.push_back([this, service, old = day(service).avgServiceSec] {
        day(service).avgServiceSec = old;
    });
    day(service).avgServiceSec = value;
}

void QueueEngineState::setServiceDay(const QString &day)
{
    undo.push_back([this, old = serviceDay] { serviceDay = old; });
    serviceDay = day;
}

void QueueEngineState::clearDay()
{
    std::vector<ServiceDay> numbersOnly = services;
    for (ServiceDay &d : numbersOnly) {
        d.lastNumber = 0;
        d.issuedCount = 0;
    }
    auto old = std::make_shared<std::unique_ptr<TicketTable>>(std::move(tickets));
    undo.push_back([this, old, r = requests, f = feedback, sd = services] {
        tickets = std::move(*old);
        requests = r;
        feedback = f;
        services = sd;
    });
    tickets = std::make_unique<TicketTable>(index);
    requests.clear();
    feedback.clear();
    services = numbersOnly;
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

QDateTime QueueEngineState::serviceDayEnd() const
{
    if (serviceDay.isEmpty())
        return {};
    if (m_endCachedFor != serviceDay) {
        const QDate next = QDate::fromString(serviceDay, Qt::ISODate).addDays(1);
        m_endCached = QDateTime(next, QTime(0, 0), tz).toUTC();
        m_endCachedFor = serviceDay;
    }
    return m_endCached;
}

const Ticket *QueueEngineState::ticket(const QString &id) const
{
    const TicketEntry *e = tickets->find(id);
    return e ? &e->ticket : nullptr;
}

double QueueEngineState::average(int service) const
{
    const double avg = day(service).avgServiceSec;
    if (avg >= 0)
        return avg;
    const ServiceConfig *s = index.service(service);
    return s ? double(s->defaultServiceSec) : 300.0;
}

const CounterStatus *QueueEngineState::counter(const QString &id) const
{
    const int n = index.findCounter(id);
    if (n < 0 || size_t(n) >= counters.size() || !index.counter(n))
        return nullptr;
    return &counters[size_t(n)];
}

int QueueEngineState::openCounters(int service, int *freeCounters) const
{
    int open = 0;
    int free = 0;
    for (int n : index.countersServing(service)) {
        const CounterStatus &c = counters[size_t(n)];
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
