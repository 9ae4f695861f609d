#include "deskmodel.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

std::vector<Ticket> ticketsOf(const std::optional<std::vector<TicketView>> &list)
{
    return list ? std::vector<Ticket>(list->begin(), list->end()) : std::vector<Ticket>();
}

bool isCurrentState(TicketState s)
{
    return s == TicketState::Called || s == TicketState::Serving;
}

} // namespace

WaitLevel waitLevel(qint64 waitSec, int targetMin)
{
    const qint64 target = qint64(std::max(targetMin, 0)) * 60;
    if (waitSec > target)
        return WaitLevel::OverTarget;
    if (2 * waitSec > target)
        return WaitLevel::PastHalfTarget;
    return WaitLevel::Ok;
}

DeskModel::DeskModel(const Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : &m_systemClock)
{
}

void DeskModel::setCounterId(const QString &id)
{
    if (id == m_counterId)
        return;
    m_counterId = id;
    clearCounter();
}

QString DeskModel::counterId() const
{
    return m_counterId;
}

void DeskModel::applyCentre(const CentreView &centre)
{
    m_centreName = centre.centre.name;
    m_maxRecalls = centre.centre.maxRecalls;
    m_timeZone = centreTimeZone(centre.centre.timezone);
    m_services.clear();
    for (const ServiceView &s : centre.services)
        m_services.push_back({s.id, s.prefix, s.name, s.targetWaitMin, s.outcomes});
    m_categories.clear();
    for (const CategoryView &c : centre.categories)
        m_categories.push_back({c.id, c.name, c.boostMin, c.needsProof, c.shortCode});
    m_counters.clear();
    for (const CounterView &c : centre.counters) {
        m_counters.push_back({c.id, c.name, c.services});
        if (c.id == m_counterId)
            readCounter(c);
    }
    m_hasCentre = true;
    emit centreChanged();
    emit counterChanged();
}

void DeskModel::applySnapshot(const QueueSnapshot &snapshot)
{
    const QDateTime now = engineNow();
    m_queues.clear();
    for (const ServiceQueueView &s : snapshot.services) {
        DeskQueue q;
        q.service = s.id;
        q.waitingCount = s.waitingCount;
        q.longestWaitSec = s.longestWaitSec;
        q.takenAt = now;
        q.waiting = ticketsOf(s.waiting);
        q.parked = ticketsOf(s.parked);
        m_queues.insert(q.service, q);
    }
    for (const CounterView &c : snapshot.counters) {
        if (c.id == m_counterId)
            readCounter(c);
    }
    emit counterChanged();
    emit queuesChanged();
}

void DeskModel::applyCounter(const CounterView &counter)
{
    if (counter.id != m_counterId)
        return;
    readCounter(counter);
    emit counterChanged();
}

void DeskModel::readCounter(const CounterView &counter)
{
    m_state = counter.state;
    m_pauseReason = counter.pauseReason;
    m_stateSince = counter.changedAt;
    m_operatorName = counter.op ? counter.op->name : QString();
    m_ticketId = counter.ticketId;
    if (m_ticketId.isEmpty() && counter.ticket)
        m_ticketId = counter.ticket->id;
    if (m_ticketId.isEmpty())
        setCurrent(std::nullopt);
    else if (counter.ticket && !counter.ticket->reduced)
        setCurrent(Ticket(*counter.ticket));
    else if (m_current && m_current->id != m_ticketId)
        setCurrent(std::nullopt);
}

void DeskModel::applyTicket(const Ticket &ticket)
{
    if (m_counterId.isEmpty())
        return;
    const std::optional<Ticket> t = ticket;
    dropFromLists(*t);
    if (isCurrentState(t->state) && t->counter == m_counterId) {
        m_ticketId = t->id;
        m_state = t->state == TicketState::Called ? CounterState::Calling : CounterState::Serving;
        setCurrent(t);
    } else if (t->id == m_ticketId) {
        m_ticketId.clear();
        if (m_state == CounterState::Calling || m_state == CounterState::Serving)
            m_state = CounterState::Idle;
        setCurrent(std::nullopt);
    } else {
        return;
    }
    emit counterChanged();
}

void DeskModel::dropFromLists(const Ticket &ticket)
{
    if (ticket.state == TicketState::Waiting || ticket.state == TicketState::Parked)
        return; // its place is known only from the next snapshot
    bool changed = false;
    for (DeskQueue &q : m_queues) {
        const auto same = [&](const Ticket &t) { return t.id == ticket.id; };
        const auto waiting = std::erase_if(q.waiting, same);
        const auto parked = std::erase_if(q.parked, same);
        q.waitingCount = std::max(0, q.waitingCount - int(waiting));
        changed = changed || waiting > 0 || parked > 0;
    }
    if (changed)
        emit queuesChanged();
}

bool DeskModel::applyEvent(const EventView &event)
{
    if (const auto *changed = event.as<CounterChangedEvent>()) {
        applyCounter(changed->counter);
        return false;
    }
    if (event.as<DayRolloverEvent>())
        return true;
    const DeskCounter *mine = counterInfo(m_counterId);
    if (!mine)
        return false;
    if (const auto *queue = event.as<QueueChangedEvent>())
        return mine->services.contains(queue->service);
    const TicketView *ticket = event.ticket();
    if (!ticket)
        return false;
    applyTicket(*ticket);
    const auto *transferred = event.as<TicketTransferredEvent>();
    return mine->services.contains(ticket->service)
        || (transferred && mine->services.contains(transferred->from));
}

void DeskModel::clearCounter()
{
    m_state = CounterState::Closed;
    m_ticketId.clear();
    m_pauseReason.clear();
    m_operatorName.clear();
    m_current.reset();
    emit counterChanged();
}

void DeskModel::setCurrent(const std::optional<Ticket> &ticket)
{
    m_current = ticket;
}

bool DeskModel::hasCentre() const
{
    return m_hasCentre;
}
LocalizedText DeskModel::centreName() const
{
    return m_centreName;
}
QTimeZone DeskModel::timeZone() const
{
    return m_timeZone;
}
int DeskModel::maxRecalls() const
{
    return m_maxRecalls;
}
const std::vector<DeskCounter> &DeskModel::counters() const
{
    return m_counters;
}
const std::vector<DeskService> &DeskModel::services() const
{
    return m_services;
}

const DeskCounter *DeskModel::counterInfo(const QString &id) const
{
    for (const DeskCounter &c : m_counters) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const DeskService *DeskModel::service(const QString &id) const
{
    for (const DeskService &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const DeskCategory *DeskModel::category(const QString &id) const
{
    for (const DeskCategory &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CounterState DeskModel::counterState() const
{
    return m_state;
}
QString DeskModel::pauseReason() const
{
    return m_pauseReason;
}
QDateTime DeskModel::stateSince() const
{
    return m_stateSince;
}
QString DeskModel::operatorName() const
{
    return m_operatorName;
}

std::optional<Ticket> DeskModel::currentTicket() const
{
    if (m_current && m_current->id == m_ticketId)
        return m_current;
    return std::nullopt;
}

int DeskModel::recallsLeft() const
{
    const std::optional<Ticket> t = currentTicket();
    return t ? std::max(0, m_maxRecalls - t->recalls) : 0;
}

DeskSituation DeskModel::situation(LinkState link) const
{
    DeskSituation s;
    s.counter = m_state;
    s.link = link;
    s.recallsLeft = recallsLeft();
    if (const std::optional<Ticket> t = currentTicket())
        s.ticket = t->state;
    else if (!m_ticketId.isEmpty())
        s.ticket = TicketState::Reset; // a ticket we cannot see yet: nothing is safe
    return s;
}

std::vector<DeskQueue> DeskModel::servedQueues() const
{
    std::vector<DeskQueue> out;
    const DeskCounter *mine = counterInfo(m_counterId);
    if (!mine)
        return out;
    for (const QString &service : mine->services) {
        DeskQueue q = m_queues.value(service);
        q.service = service;
        out.push_back(q);
    }
    return out;
}

qint64 DeskModel::longestWaitNow(const DeskQueue &queue) const
{
    if (queue.waitingCount == 0 || !queue.takenAt.isValid())
        return 0;
    return queue.longestWaitSec + queue.takenAt.secsTo(engineNow());
}

QDateTime DeskModel::engineNow() const
{
    return m_clock->now();
}

} // namespace novbe
