#include "readmodel.h"

#include <tuple>

namespace novbe {

namespace {

template <typename T> const T *findById(const std::vector<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

bool isDisplayEvent(EventType type)
{
    return type == EventType::TicketCalled || type == EventType::CounterChanged
        || type == EventType::DayRollover || type == EventType::DisplayMessage;
}

bool operator==(const Appointment &a, const Appointment &b)
{
    return std::tie(a.id, a.code, a.service, a.start, a.end, a.state, a.citizenName, a.citizenPhone,
                    a.ticket, a.bookedAt, a.lang)
        == std::tie(b.id, b.code, b.service, b.start, b.end, b.state, b.citizenName, b.citizenPhone,
                    b.ticket, b.bookedAt, b.lang);
}

bool operator==(const Feedback &a, const Feedback &b)
{
    return std::tie(a.ticket, a.rating, a.comment, a.counter, a.operatorId, a.service, a.at)
        == std::tie(b.ticket, b.rating, b.comment, b.counter, b.operatorId, b.service, b.at);
}

TicketView TicketView::toReduced() const
{
    TicketView r;
    r.id = id;
    r.number = number;
    r.numberValue = numberValue;
    r.service = service;
    r.state = state;
    r.counter = counter;
    r.recalls = recalls;
    r.reduced = true;
    return r;
}

bool ServiceView::operator==(const ServiceView &o) const
{
    const auto hoursOf = [](const std::optional<OpeningHours> &h) {
        return h ? std::pair(h->open, h->close) : std::pair(QTime(), QTime());
    };
    return std::tie(id, prefix, name, group, groupName, targetWaitMin, open, appointments, outcomes,
                    closed, cutoff)
        == std::tie(o.id, o.prefix, o.name, o.group, o.groupName, o.targetWaitMin, o.open,
                    o.appointments, o.outcomes, o.closed, o.cutoff)
        && hours.has_value() == o.hours.has_value() && hoursOf(hours) == hoursOf(o.hours);
}

const ServiceView *CentreView::service(const QString &id) const
{
    return findById(services, id);
}

const CategoryView *CentreView::category(const QString &id) const
{
    return findById(categories, id);
}

const CounterView *CentreView::counter(const QString &id) const
{
    return findById(counters, id);
}

const TicketView *EventView::ticket() const
{
    if (const auto *e = as<TicketEvent>())
        return &e->ticket;
    if (const auto *e = as<TicketCalledEvent>())
        return &e->ticket;
    if (const auto *e = as<TicketTransferredEvent>())
        return &e->ticket;
    return nullptr;
}

QTimeZone centreTimeZone(const QString &name)
{
    const QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone(CentreInfo().timezone.toUtf8());
}

std::optional<EventView> displayView(const EventView &event)
{
    if (!isDisplayEvent(event.type))
        return std::nullopt;
    EventView out = event;
    if (auto *called = std::get_if<TicketCalledEvent>(&out.payload)) {
        called->ticket = called->ticket.toReduced();
        called->counter.op.reset();
    } else if (auto *changed = std::get_if<CounterChangedEvent>(&out.payload)) {
        if (changed->counter.ticket)
            changed->counter.ticket = changed->counter.ticket->toReduced();
    }
    return out;
}

} // namespace novbe
