#include "queueenginestate.h"

#include "waitestimate.h"

#include <algorithm>

namespace novbe {

namespace {

// The centre's zone; the loader refuses unknown zones, so the fallback is
// only for configs built in code.
QTimeZone zoneOf(const CentreConfig &config)
{
    const QTimeZone zone(config.centre.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(CentreInfo().timezone.toUtf8());
}

} // namespace

QueueEngineState::QueueEngineState(CentreConfig cfg, std::unique_ptr<RandomSource> random)
    : m_config(std::move(cfg)), m_tz(zoneOf(m_config)), m_random(std::move(random))
{
    m_tickets = std::make_unique<TicketTable>(m_index);
    reindex();
}

QueueEngineState::QueueEngineState(const QueueEngineState &other)
    : m_config(other.m_config)
    , m_index(other.m_index)
    , m_tz(other.m_tz)
    , m_serviceDay(other.m_serviceDay)
    , m_lastSeq(other.m_lastSeq)
    , m_requests(other.m_requests)
    , m_counters(other.m_counters)
    , m_appointments(other.m_appointments)
    , m_services(other.m_services)
    , m_feedback(other.m_feedback)
    , m_controls(other.m_controls)
    , m_random(other.m_random->clone())
{
    Q_ASSERT(other.m_undo.empty());
    m_index.rebuild(m_config); // the same numbers, pointing at this copy's config
    m_tickets = std::make_unique<TicketTable>(*other.m_tickets, m_index);
}

void QueueEngineState::reindex()
{
    m_index.rebuild(m_config);
    m_counters.resize(size_t(m_index.counterCount()));
    for (const CounterConfig &c : m_config.counters) {
        CounterStatus &status = m_counters[size_t(m_index.findCounter(c.id))];
        if (status.id.isEmpty())
            status = CounterStatus{c.id, CounterState::Closed, {}, {}, {}, {}, {}};
    }
    m_services.resize(size_t(m_index.serviceCount()));
    m_tickets->reindex();
}

const TicketEntry &QueueEngineState::putTicket(const Ticket &t)
{
    if (const TicketEntry *old = m_tickets->find(t.id)) {
        m_undo.push_back([this, old = old->ticket] { m_tickets->put(old); });
    } else {
        m_undo.push_back([this] { m_tickets->removeNewest(); });
    }
    return m_tickets->put(t);
}

void QueueEngineState::putCounter(const CounterStatus &c)
{
    const size_t n = size_t(m_index.counterOf(c.id));
    if (n >= m_counters.size())
        m_counters.resize(n + 1);
    m_undo.push_back([this, n, old = m_counters[n]] { m_counters[n] = old; });
    m_counters[n] = c;
}

void QueueEngineState::putAppointment(const Appointment &a)
{
    auto it = m_appointments.constFind(a.id);
    if (it != m_appointments.constEnd())
        m_undo.push_back([this, old = *it] { m_appointments.insert(old.id, old); });
    else
        m_undo.push_back([this, id = a.id] { m_appointments.remove(id); });
    m_appointments.insert(a.id, a);
}

void QueueEngineState::putRequest(const QString &key, const QString &ticketId)
{
    m_undo.push_back([this, key] { m_requests.remove(key); });
    m_requests.insert(key, ticketId);
}

void QueueEngineState::putFeedback(const QString &ticketId)
{
    m_undo.push_back([this, ticketId] { m_feedback.remove(ticketId); });
    m_feedback.insert(ticketId);
}

ServiceDay &QueueEngineState::dayRef(int service)
{
    if (size_t(service) >= m_services.size())
        m_services.resize(size_t(service) + 1);
    return m_services[size_t(service)];
}

const ServiceDay &QueueEngineState::day(int service) const
{
    static const ServiceDay none;
    return service >= 0 && size_t(service) < m_services.size() ? m_services[size_t(service)] : none;
}

void QueueEngineState::setLastNumber(int service, int value)
{
    m_undo.push_back(
        [this, service, old = dayRef(service).lastNumber] { dayRef(service).lastNumber = old; });
    dayRef(service).lastNumber = value;
}

void QueueEngineState::setIssuedCount(int service, int value)
{
    m_undo.push_back(
        [this, service, old = dayRef(service).issuedCount] { dayRef(service).issuedCount = old; });
    dayRef(service).issuedCount = value;
}

void QueueEngineState::setAverage(int service, double value)
{
    m_undo.push_back([this, service, old = dayRef(service).avgServiceSec] {
        dayRef(service).avgServiceSec = old;
    });
    dayRef(service).avgServiceSec = value;
}

void QueueEngineState::setServiceDay(const QString &day)
{
    m_undo.push_back([this, old = m_serviceDay] { m_serviceDay = old; });
    m_serviceDay = day;
}

void QueueEngineState::putControl(const ServiceControl &c)
{
    m_undo.push_back([this, old = m_controls.services] { m_controls.services = old; });
    if (c.closed || c.cutoff)
        m_controls.services.insert(c.service, c);
    else
        m_controls.services.remove(c.service);
}

void QueueEngineState::putMessage(const std::optional<DisplayMessage> &message)
{
    m_undo.push_back([this, old = m_controls.message] { m_controls.message = old; });
    m_controls.message = message;
}

void QueueEngineState::clearDay()
{
    std::vector<ServiceDay> numbersOnly = m_services;
    for (ServiceDay &d : numbersOnly) {
        d.lastNumber = 0;
        d.issuedCount = 0;
    }
    auto old = std::make_shared<std::unique_ptr<TicketTable>>(std::move(m_tickets));
    m_undo.push_back([this, old, r = m_requests, f = m_feedback, sd = m_services] {
        m_tickets = std::move(*old);
        m_requests = r;
        m_feedback = f;
        m_services = sd;
    });
    m_tickets = std::make_unique<TicketTable>(m_index);
    m_requests.clear();
    m_feedback.clear();
    m_services = numbersOnly;
}

DomainEvent &QueueEngineState::addEvent(Outcome &out, EventType type, const QDateTime &now)
{
    m_undo.push_back([this, old = m_lastSeq] { m_lastSeq = old; });
    DomainEvent e;
    e.seq = ++m_lastSeq;
    e.type = type;
    e.at = now;
    out.events.push_back(std::move(e));
    return out.events.back();
}

void QueueEngineState::restore(const RestoredState &state)
{
    m_undo.clear();
    m_controls = {}; // read back from the journal after (restoreControls)
    m_serviceDay = state.serviceDay;
    m_lastSeq = state.lastSeq;
    restoreTickets(state.tickets);
    for (const CounterStatus &c : state.counters) {
        if (m_index.counter(c.id))
            m_counters[size_t(m_index.findCounter(c.id))] = c;
    }
    for (const Appointment &a : state.appointments)
        m_appointments.insert(a.id, a);
    m_feedback = QSet<QString>(state.feedbackTickets.begin(), state.feedbackTickets.end());
    commit();
}

// Today's tickets in issue order, with the numbering, request ids and
// service averages they imply.
void QueueEngineState::restoreTickets(const std::vector<Ticket> &tickets)
{
    m_tickets = std::make_unique<TicketTable>(m_index);
    m_requests.clear();
    for (ServiceDay &day : m_services) {
        day.lastNumber = 0;
        day.issuedCount = 0;
    }
    std::vector<const Ticket *> sorted;
    for (const Ticket &t : tickets)
        sorted.push_back(&t);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Ticket *a, const Ticket *b) { return a->issueSeq < b->issueSeq; });
    std::vector<const Ticket *> done;
    for (const Ticket *t : sorted) {
        const TicketEntry &e = m_tickets->put(*t);
        dayRef(e.numbering).lastNumber = t->numberValue; // the newest number wins
        dayRef(e.numbering).issuedCount += 1;
        if (!t->requestId.isEmpty())
            m_requests.insert(t->device + u'\x1f' + t->requestId, t->id);
        if (t->state == TicketState::Done && t->startedAt.isValid() && t->endedAt.isValid())
            done.push_back(t);
    }
    restoreAverages(std::move(done));
}

void QueueEngineState::restoreAverages(std::vector<const Ticket *> done)
{
    std::stable_sort(done.begin(), done.end(),
                     [](const Ticket *a, const Ticket *b) { return a->endedAt < b->endedAt; });
    for (const Ticket *t : done) {
        const int service = m_index.serviceOf(t->service);
        dayRef(service).avgServiceSec = updateServiceAverage(
            average(service), double(t->startedAt.msecsTo(t->endedAt)) / 1000.0);
    }
}

void QueueEngineState::reconfigure(CentreConfig cfg)
{
    m_config = std::move(cfg);
    m_tz = zoneOf(m_config); // a reload may change the centre's time zone
    m_endCachedFor.clear();
    reindex();
}

void QueueEngineState::commit()
{
    m_undo.clear();
    m_random->commit();
}

void QueueEngineState::rollback()
{
    rollbackTo(0);
    m_random->rollback();
}

void QueueEngineState::rollbackTo(size_t mark)
{
    while (m_undo.size() > mark) {
        auto step = std::move(m_undo.back());
        m_undo.pop_back();
        step();
    }
}

QString QueueEngineState::newId(const QString &prefix)
{
    const quint64 salt = m_random->bounded(quint64(36) * 36 * 36 * 36 * 36);
    return prefix + QString::number(m_lastSeq + 1, 36)
        + QString::number(salt, 36).rightJustified(5, u'0');
}

int QueueEngineState::randomInt(int bound)
{
    return int(m_random->bounded(quint64(bound)));
}

QString QueueEngineState::dayOf(const QDateTime &t) const
{
    return t.toTimeZone(m_tz).date().toString(Qt::ISODate);
}

QDateTime QueueEngineState::serviceDayEnd() const
{
    if (m_serviceDay.isEmpty())
        return {};
    if (m_endCachedFor != m_serviceDay) {
        const QDate next = QDate::fromString(m_serviceDay, Qt::ISODate).addDays(1);
        m_endCached = QDateTime(next, QTime(0, 0), m_tz).toUTC();
        m_endCachedFor = m_serviceDay;
    }
    return m_endCached;
}

const Ticket *QueueEngineState::ticket(const QString &id) const
{
    const TicketEntry *e = m_tickets->find(id);
    return e ? &e->ticket : nullptr;
}

double QueueEngineState::average(int service) const
{
    const double avg = day(service).avgServiceSec;
    if (avg >= 0)
        return avg;
    const ServiceConfig *s = m_index.service(service);
    return s ? double(s->defaultServiceSec) : 300.0;
}

const CounterStatus *QueueEngineState::counter(const QString &id) const
{
    const int n = m_index.findCounter(id);
    if (n < 0 || size_t(n) >= m_counters.size() || !m_index.counter(n))
        return nullptr;
    return &m_counters[size_t(n)];
}

int QueueEngineState::openCounters(int service, int *freeCounters) const
{
    int open = 0;
    int free = 0;
    for (int n : m_index.countersServing(service)) {
        const CounterStatus &c = m_counters[size_t(n)];
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
