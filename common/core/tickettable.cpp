#include "tickettable.h"

#include <algorithm>

namespace novbe {

namespace {

const std::vector<const TicketEntry *> NO_TICKETS;
const NumberSet NO_NUMBERS;

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

template <typename Less>
void insertSorted(std::vector<const TicketEntry *> &v, const TicketEntry &e, Less less)
{
    const auto at = std::upper_bound(
        v.begin(), v.end(), &e,
        [&](const TicketEntry *a, const TicketEntry *b) { return less(*a, *b); });
    v.insert(at, &e);
}

template <typename Less>
void eraseSorted(std::vector<const TicketEntry *> &v, const TicketEntry &e, Less less)
{
    auto it = std::lower_bound(
        v.begin(), v.end(), &e,
        [&](const TicketEntry *a, const TicketEntry *b) { return less(*a, *b); });
    while (it != v.end() && *it != &e)
        ++it;
    if (it != v.end())
        v.erase(it);
}

bool holdsCounter(const Ticket &t)
{
    return (t.state == TicketState::Called || t.state == TicketState::Serving)
        && !t.counter.isEmpty();
}

bool orderKeyBefore(const TicketEntry &a, const TicketEntry &b)
{
    return a.ticket.orderKey < b.ticket.orderKey;
}

} // namespace

bool hasSlot(const Ticket &t)
{
    return !t.appointment.isEmpty() && t.slotStart.isValid();
}

bool waitsBefore(const TicketEntry &a, const TicketEntry &b)
{
    if (a.effectiveMs != b.effectiveMs)
        return a.effectiveMs < b.effectiveMs;
    if (a.ticket.queuedAt != b.ticket.queuedAt)
        return a.ticket.queuedAt < b.ticket.queuedAt;
    return a.ticket.orderKey < b.ticket.orderKey;
}

bool slotBefore(const TicketEntry &a, const TicketEntry &b)
{
    if (a.ticket.slotStart != b.ticket.slotStart)
        return a.ticket.slotStart < b.ticket.slotStart;
    if (a.ticket.queuedAt != b.ticket.queuedAt)
        return a.ticket.queuedAt < b.ticket.queuedAt;
    return a.ticket.orderKey < b.ticket.orderKey;
}

TicketTable::PerService &TicketTable::slot(int service)
{
    if (size_t(service) >= m_services.size())
        m_services.resize(size_t(service) + 1);
    return m_services[size_t(service)];
}

void TicketTable::derive(TicketEntry &e)
{
    const Ticket &t = e.ticket;
    e.service = m_index->serviceOf(t.service);
    e.numbering = t.originalService.isEmpty() ? e.service : m_index->serviceOf(t.originalService);
    const qint64 boostMs = qint64(m_index->boostMin(m_index->categoryOf(t.category))) * 60000;
    e.queuedMs = msOf(t.queuedAt);
    e.effectiveMs = e.queuedMs - boostMs;
    e.slotMs = hasSlot(t) ? msOf(t.slotStart) : 0;
}

void TicketTable::index(const TicketEntry &e)
{
    const Ticket &t = e.ticket;
    PerService &s = slot(e.service);
    if (t.state == TicketState::Waiting) {
        insertSorted(s.waiting, e, waitsBefore);
        if (hasSlot(t))
            insertSorted(s.appointments, e, slotBefore);
    } else if (t.state == TicketState::Parked) {
        insertSorted(s.parked, e, orderKeyBefore);
    }
    if (isActive(t.state) && t.numberValue > 0 && t.numberValue <= MAX_TICKET_NUMBER)
        slot(e.numbering).active.set(size_t(t.numberValue));
    if (holdsCounter(t)) {
        const size_t n = size_t(m_index->counterOf(t.counter));
        if (n >= m_atCounter.size())
            m_atCounter.resize(n + 1, nullptr);
        m_atCounter[n] = &e;
    }
}

void TicketTable::unindex(const TicketEntry &e)
{
    const Ticket &t = e.ticket;
    PerService &s = slot(e.service);
    if (t.state == TicketState::Waiting) {
        eraseSorted(s.waiting, e, waitsBefore);
        if (hasSlot(t))
            eraseSorted(s.appointments, e, slotBefore);
    } else if (t.state == TicketState::Parked) {
        eraseSorted(s.parked, e, orderKeyBefore);
    }
    if (isActive(t.state) && t.numberValue > 0 && t.numberValue <= MAX_TICKET_NUMBER)
        slot(e.numbering).active.reset(size_t(t.numberValue));
    if (holdsCounter(t)) {
        const size_t n = size_t(m_index->counterOf(t.counter));
        if (n < m_atCounter.size() && m_atCounter[n] == &e)
            m_atCounter[n] = nullptr;
    }
}

TicketTable::TicketTable(const TicketTable &other, CentreIndex &index)
    : m_index(&index), m_services(other.m_services), m_atCounter(other.m_atCounter)
{
    QHash<const TicketEntry *, const TicketEntry *> moved;
    moved.reserve(qsizetype(other.m_order.size()));
    m_order.reserve(other.m_order.size());
    for (const auto &e : other.m_order) {
        m_order.push_back(std::make_unique<TicketEntry>(*e));
        moved.insert(e.get(), m_order.back().get());
        m_byId.insert(e->ticket.id, m_order.back().get());
    }
    const auto remap = [&moved](std::vector<const TicketEntry *> &entries) {
        for (const TicketEntry *&e : entries)
            e = e ? moved.value(e) : nullptr;
    };
    for (PerService &s : m_services) {
        remap(s.waiting);
        remap(s.appointments);
        remap(s.parked);
    }
    remap(m_atCounter);
}

const TicketEntry &TicketTable::put(const Ticket &t)
{
    TicketEntry *e = m_byId.value(t.id, nullptr);
    if (e) {
        unindex(*e);
        e->ticket = t;
    } else {
        m_order.push_back(std::make_unique<TicketEntry>());
        e = m_order.back().get();
        e->ticket = t;
        m_byId.insert(t.id, e);
    }
    derive(*e);
    index(*e);
    return *e;
}

void TicketTable::removeNewest()
{
    if (m_order.empty())
        return;
    TicketEntry &e = *m_order.back();
    unindex(e);
    m_byId.remove(e.ticket.id);
    m_order.pop_back();
}

void TicketTable::reindex()
{
    m_services.clear();
    m_atCounter.clear();
    for (const auto &e : m_order) {
        derive(*e);
        index(*e);
    }
}

const std::vector<const TicketEntry *> &TicketTable::waiting(int service) const
{
    return service >= 0 && size_t(service) < m_services.size() ? m_services[size_t(service)].waiting
                                                               : NO_TICKETS;
}

const std::vector<const TicketEntry *> &TicketTable::appointments(int service) const
{
    return service >= 0 && size_t(service) < m_services.size()
        ? m_services[size_t(service)].appointments
        : NO_TICKETS;
}

const std::vector<const TicketEntry *> &TicketTable::parked(int service) const
{
    return service >= 0 && size_t(service) < m_services.size() ? m_services[size_t(service)].parked
                                                               : NO_TICKETS;
}

const NumberSet &TicketTable::activeNumbers(int numberingService) const
{
    return numberingService >= 0 && size_t(numberingService) < m_services.size()
        ? m_services[size_t(numberingService)].active
        : NO_NUMBERS;
}

const TicketEntry *TicketTable::atCounter(int counter) const
{
    return counter >= 0 && size_t(counter) < m_atCounter.size() ? m_atCounter[size_t(counter)]
                                                                : nullptr;
}

} // namespace novbe
