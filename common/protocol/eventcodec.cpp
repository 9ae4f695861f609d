#include "codec.h"

#include "jsonfields.h"
#include "readmodelcodec.h"
#include "viewbuilders.h"

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
        case EventType::AppointmentMissed:
            event.appointment = appointmentFromJson(json.value(u"appointment"_s).toObject());
            return event.appointment.has_value();
        case EventType::FeedbackSubmitted:
            event.feedback = feedbackFromJson(json.value(u"feedback"_s).toObject());
            return event.feedback.has_value();
        case EventType::AlertRaised:
        case EventType::AlertCleared:
        case EventType::AlertAcknowledged:
            if (const auto alert = decode<AlertView>(json.value(u"alert"_s).toObject()))
                event.alert = alertRecord(*alert);
            return event.alert.has_value();
        case EventType::ServiceChanged:
            event.control = decode<ServiceControl>(json.value(u"control"_s).toObject());
            return event.control.has_value();
        case EventType::DisplayMessage:
            if (json.value(u"message"_s).isObject()) {
                event.message = decode<DisplayMessage>(json.value(u"message"_s).toObject());
                return event.message.has_value();
            }
            return json.value(u"message"_s).isNull();
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
