#include "codec.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;

namespace {

bool carriesTicketOnly(EventType type)
{
    switch (type) {
        case EventType::TicketIssued:
        case EventType::TicketServing:
        case EventType::TicketFinished:
        case EventType::TicketNoShow:
        case EventType::TicketParked:
        case EventType::TicketCancelled:
        case EventType::TicketReset: return true;
        default: return false;
    }
}

QJsonValue ticketOrNull(const std::optional<Ticket> &ticket)
{
    return ticket ? QJsonValue(ticketToJson(*ticket)) : QJsonValue(QJsonValue::Null);
}

// ticket.called's counter: {id, name} (+ operator, an addition).
QJsonObject calledCounterJson(const DomainEvent &event, const CentreConfig &config)
{
    const QString id = event.counter ? event.counter->id
        : event.ticket               ? event.ticket->counter
                                     : QString();
    const CounterConfig *counter = config.counter(id);
    QJsonObject json{{u"id"_s, id},
                     {u"name"_s, counter ? localizedToJson(counter->name) : QJsonObject()}};
    if (event.counter && !event.counter->operatorId.isEmpty()) {
        json.insert(u"operator"_s,
                    QJsonObject{{u"id"_s, event.counter->operatorId},
                                {u"name"_s, event.counter->operatorName}});
    }
    return json;
}

QJsonObject deviceFields(const DomainEvent &event)
{
    QJsonObject json{{u"device"_s, event.device}, {u"online"_s, event.online}};
    if (!event.printerState.isEmpty()) {
        json.insert(
            u"printer"_s,
            QJsonObject{{u"state"_s, event.printerState}, {u"detail"_s, event.printerDetail}});
    }
    return json;
}

void insertAll(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        into.insert(it.key(), it.value());
}

QJsonValue appointmentOrNull(const std::optional<Appointment> &appointment)
{
    return appointment ? QJsonValue(appointmentToJson(*appointment)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject eventToJson(const DomainEvent &event, const CentreConfig &config)
{
    QJsonObject json{{u"seq"_s, event.seq},
                     {u"type"_s, eventTypeName(event.type)},
                     {u"at"_s, isoTimeOrNull(event.at)}};
    if (carriesTicketOnly(event.type))
        json.insert(u"ticket"_s, ticketOrNull(event.ticket));
    switch (event.type) {
        case EventType::TicketCalled:
            json.insert(u"ticket"_s, ticketOrNull(event.ticket));
            json.insert(u"counter"_s, calledCounterJson(event, config));
            json.insert(u"recall"_s, event.recall);
            break;
        case EventType::TicketTransferred:
            json.insert(u"ticket"_s, ticketOrNull(event.ticket));
            json.insert(u"from"_s, event.service);
            break;
        case EventType::QueueChanged:
            insertAll(json,
                      {{u"service"_s, event.service},
                       {u"waitingCount"_s, event.waitingCount},
                       {u"etaSec"_s, event.etaSec}});
            break;
        case EventType::CounterChanged:
            json.insert(u"counter"_s,
                        event.counter
                            ? QJsonValue(counterToJson(*event.counter, config, event.ticket))
                            : QJsonValue(QJsonValue::Null));
            break;
        case EventType::DeviceChanged: insertAll(json, deviceFields(event)); break;
        case EventType::DayRollover: json.insert(u"serviceDay"_s, event.serviceDay); break;
        case EventType::AppointmentBooked:
        case EventType::AppointmentCancelled:
            json.insert(u"appointment"_s, appointmentOrNull(event.appointment));
            break;
        case EventType::FeedbackSubmitted:
            json.insert(u"feedback"_s,
                        event.feedback ? QJsonValue(feedbackToJson(*event.feedback))
                                       : QJsonValue(QJsonValue::Null));
            break;
        default: break;
    }
    return json;
}

bool isDisplayEvent(EventType type)
{
    return type == EventType::TicketCalled || type == EventType::CounterChanged
        || type == EventType::DayRollover;
}

std::optional<QJsonObject> reduceEventJsonForDisplay(const QJsonObject &event)
{
    const std::optional<EventType> type = eventTypeFromName(event.value(u"type"_s).toString());
    if (!type || !isDisplayEvent(*type))
        return std::nullopt;
    QJsonObject reduced = event;
    if (*type == EventType::TicketCalled) {
        reduced.insert(u"ticket"_s, reduceTicketJson(event.value(u"ticket"_s).toObject()));
        QJsonObject counter = event.value(u"counter"_s).toObject();
        counter.remove(u"operator"_s);
        reduced.insert(u"counter"_s, counter);
    } else if (*type == EventType::CounterChanged) {
        QJsonObject counter = event.value(u"counter"_s).toObject();
        if (counter.value(u"ticket"_s).isObject())
            counter.insert(u"ticket"_s, reduceTicketJson(counter.value(u"ticket"_s).toObject()));
        reduced.insert(u"counter"_s, counter);
    }
    return reduced;
}

std::optional<QJsonObject> displayEventJson(const DomainEvent &event, const CentreConfig &config)
{
    if (!isDisplayEvent(event.type))
        return std::nullopt;
    return reduceEventJsonForDisplay(eventToJson(event, config));
}

namespace {

bool readTicket(const QJsonObject &json, DomainEvent &event)
{
    event.ticket = ticketFromJson(json.value(u"ticket"_s).toObject());
    return event.ticket.has_value();
}

bool readCalled(const QJsonObject &json, DomainEvent &event)
{
    FieldReader in(json);
    FieldReader counter(in.object(u"counter"_s, true));
    CounterStatus status;
    status.id = counter.string(u"id"_s, true);
    status.state = CounterState::Calling;
    FieldReader op(counter.object(u"operator"_s));
    status.operatorId = op.string(u"id"_s);
    status.operatorName = op.string(u"name"_s);
    event.recall = in.boolean(u"recall"_s);
    if (!readTicket(json, event) || in.malformed() || counter.malformed() || op.malformed())
        return false;
    status.ticket = event.ticket->id;
    status.changedAt = event.at;
    event.counter = status;
    return true;
}

bool readCounterChanged(const QJsonObject &json, DomainEvent &event)
{
    const QJsonObject counter = json.value(u"counter"_s).toObject();
    event.counter = counterFromJson(counter);
    if (counter.value(u"ticket"_s).isObject())
        event.ticket = ticketFromJson(counter.value(u"ticket"_s).toObject());
    return event.counter.has_value();
}

bool readDevice(const QJsonObject &json, DomainEvent &event)
{
    FieldReader in(json);
    event.device = in.string(u"device"_s, true);
    event.online = in.boolean(u"online"_s);
    FieldReader printer(in.object(u"printer"_s));
    event.printerState = printer.string(u"state"_s);
    event.printerDetail = printer.string(u"detail"_s);
    return !in.malformed() && !printer.malformed();
}

bool readQueueChanged(const QJsonObject &json, DomainEvent &event)
{
    FieldReader in(json);
    event.service = in.string(u"service"_s, true);
    event.waitingCount = int(in.integer(u"waitingCount"_s, 0, true));
    event.etaSec = int(in.integer(u"etaSec"_s, 0, true));
    return !in.malformed();
}

bool readPayload(const QJsonObject &json, DomainEvent &event)
{
    if (carriesTicketOnly(event.type))
        return readTicket(json, event);
    FieldReader in(json);
    switch (event.type) {
        case EventType::TicketCalled: return readCalled(json, event);
        case EventType::TicketTransferred:
            event.service = in.string(u"from"_s, true);
            return readTicket(json, event) && !in.malformed();
        case EventType::QueueChanged: return readQueueChanged(json, event);
        case EventType::CounterChanged: return readCounterChanged(json, event);
        case EventType::DeviceChanged: return readDevice(json, event);
        case EventType::DayRollover:
            event.serviceDay = in.string(u"serviceDay"_s, true);
            return !in.malformed();
        case EventType::AppointmentBooked:
        case EventType::AppointmentCancelled:
            event.appointment = appointmentFromJson(json.value(u"appointment"_s).toObject());
            return event.appointment.has_value();
        case EventType::FeedbackSubmitted:
            event.feedback = feedbackFromJson(json.value(u"feedback"_s).toObject());
            return event.feedback.has_value();
        default: return false;
    }
}

} // namespace

std::optional<DomainEvent> eventFromJson(const QJsonObject &json)
{
    FieldReader in(json);
    DomainEvent event;
    event.seq = in.integer(u"seq"_s, 0, true);
    const std::optional<EventType> type = eventTypeFromName(in.string(u"type"_s, true));
    event.at = in.time(u"at"_s, true);
    if (in.malformed() || !type || event.seq <= 0)
        return std::nullopt;
    event.type = *type;
    if (!readPayload(json, event))
        return std::nullopt;
    return event;
}

} // namespace novbe
