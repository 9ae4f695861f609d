#include "viewbuilders.h"

namespace novbe {

namespace {

QStringList servicesOf(const CounterConfig *config)
{
    QStringList services;
    if (config) {
        for (const CounterService &entry : config->services)
            services.append(entry.service);
    }
    return services;
}

std::optional<OperatorRef> operatorOf(const CounterStatus &counter)
{
    if (counter.operatorId.isEmpty())
        return std::nullopt;
    return OperatorRef{counter.operatorId, counter.operatorName};
}

TicketView eventTicket(const DomainEvent &event)
{
    return event.ticket ? ticketView(*event.ticket) : TicketView();
}

// ticket.called's counter: {id, name} (+ operator, an addition).
CounterRef calledCounter(const DomainEvent &event, const CentreConfig &config)
{
    const QString id = event.counter ? event.counter->id
        : event.ticket               ? event.ticket->counter
                                     : QString();
    CounterRef ref = counterRef(id, config);
    if (event.counter)
        ref.op = operatorOf(*event.counter);
    return ref;
}

// The appointment as sent: citizen name and phone never leave the engine.
AppointmentEvent appointmentEvent(const DomainEvent &event)
{
    Appointment sent = event.appointment.value_or(Appointment());
    sent.citizenName.clear();
    sent.citizenPhone.clear();
    return AppointmentEvent{sent};
}

DeviceChangedEvent deviceChanged(const DomainEvent &event)
{
    DeviceChangedEvent out{event.device, event.online, std::nullopt};
    if (!event.printerState.isEmpty())
        out.printer = PrinterReport{event.printerState, event.printerDetail};
    return out;
}

EventPayload payloadOf(const DomainEvent &event, const CentreConfig &config)
{
    switch (event.type) {
        case EventType::TicketCalled:
            return TicketCalledEvent{eventTicket(event), calledCounter(event, config),
                                     event.recall};
        case EventType::TicketTransferred:
            return TicketTransferredEvent{eventTicket(event), event.service};
        case EventType::QueueChanged:
            return QueueChangedEvent{event.service, event.waitingCount, event.etaSec};
        case EventType::CounterChanged:
            return CounterChangedEvent{
                event.counter ? counterView(*event.counter, config, event.ticket) : CounterView()};
        case EventType::DeviceChanged: return deviceChanged(event);
        case EventType::DayRollover: return DayRolloverEvent{event.serviceDay};
        case EventType::AppointmentBooked:
        case EventType::AppointmentCancelled:
        case EventType::AppointmentMissed: return appointmentEvent(event);
        case EventType::FeedbackSubmitted:
            return FeedbackEvent{event.feedback.value_or(Feedback())};
        case EventType::AlertRaised:
        case EventType::AlertCleared:
        case EventType::AlertAcknowledged:
            return AlertEvent{alertView(event.alert.value_or(AlertRecord()))};
        case EventType::ServiceChanged:
            return ServiceChangedEvent{event.control.value_or(ServiceControl())};
        case EventType::DisplayMessage: return DisplayMessageEvent{event.message};
        default: return TicketEvent{eventTicket(event)};
    }
}

} // namespace

AlertView alertView(const AlertRecord &a)
{
    return AlertView{a.id,    a.code,  a.severity, a.message,   a.raisedAt, a.subject,
                     a.value, a.limit, a.detail,   a.clearedAt, a.ackedBy,  a.ackedAt};
}

AlertRecord alertRecord(const AlertView &a)
{
    return AlertRecord{a.id,     a.code,    a.severity, a.subject,   a.value,   a.limit,
                       a.detail, a.message, a.at,       a.clearedAt, a.ackedBy, a.ackedAt};
}

TicketView ticketView(const Ticket &ticket, std::optional<WaitEstimate> estimate)
{
    if (ticket.state == TicketState::Waiting && estimate)
        return TicketView(ticket, estimate->ahead, estimate->etaSec);
    return TicketView(ticket);
}

CounterView counterView(const CounterStatus &counter, const CentreConfig &config,
                        const std::optional<Ticket> &current, bool reduced)
{
    const CounterConfig *staticConfig = config.counter(counter.id);
    CounterView view;
    view.id = counter.id;
    if (staticConfig)
        view.name = staticConfig->name;
    view.services = servicesOf(staticConfig);
    view.state = counter.state;
    view.op = operatorOf(counter);
    if (current && !counter.ticket.isEmpty() && current->id == counter.ticket)
        view.ticket = reduced ? TicketView(*current).toReduced() : TicketView(*current);
    view.pauseReason = counter.pauseReason;
    view.ticketId = counter.ticket;
    view.changedAt = counter.changedAt;
    return view;
}

CounterRef counterRef(const QString &id, const CentreConfig &config)
{
    const CounterConfig *counter = config.counter(id);
    return CounterRef{id, counter ? counter->name : LocalizedText(), std::nullopt};
}

CentreInfoView centreInfoView(const CentreConfig &config)
{
    const CentreInfo &c = config.centre;
    return CentreInfoView{c.id,         c.name,   c.timezone,       c.languages,
                          c.maxRecalls, c.ticker, c.trackingBaseUrl};
}

CategoryView categoryView(const Category &c)
{
    return CategoryView{c.id, c.name, c.boostMin, c.needsProof, c.shortCode};
}

ServiceView serviceView(const ServiceConfig &s, bool open, const ServiceControl &control)
{
    ServiceView view;
    view.id = s.id;
    view.prefix = s.prefix;
    view.name = s.name;
    view.group = s.group;
    view.groupName = s.groupName;
    view.targetWaitMin = s.targetWaitMin;
    view.open = open;
    view.appointments = s.appointments.enabled;
    view.hours = s.hours;
    view.outcomes = s.outcomes;
    view.closed = control.closed;
    view.cutoff = control.cutoff;
    return view;
}

CentreView centreViewOf(const CentreConfig &config)
{
    CentreView view;
    view.centre = centreInfoView(config);
    for (const Category &c : config.categories)
        view.categories.push_back(categoryView(c));
    for (const ServiceConfig &s : config.services)
        view.services.push_back(serviceView(s, true));
    for (const CounterConfig &c : config.counters) {
        CounterStatus closed;
        closed.id = c.id;
        view.counters.push_back(counterView(closed, config, std::nullopt));
    }
    return view;
}

EventView eventView(const DomainEvent &event, const CentreConfig &config)
{
    return EventView{event.seq, event.type, event.at, payloadOf(event, config)};
}

} // namespace novbe
