// Encoder and decoder of event params {seq, type, at, ...}.

#include "readmodelutil.h"

#include "codec.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;

namespace {

QJsonValue ticketJson(const TicketView &ticket)
{
    return encode(ticket);
}

struct PayloadWriter
{
    QJsonObject &json;

    void operator()(const TicketEvent &e) { json.insert(u"ticket"_s, ticketJson(e.ticket)); }
    void operator()(const TicketCalledEvent &e)
    {
        json.insert(u"ticket"_s, ticketJson(e.ticket));
        json.insert(u"counter"_s, encode(e.counter));
        json.insert(u"recall"_s, e.recall);
    }
    void operator()(const TicketTransferredEvent &e)
    {
        json.insert(u"ticket"_s, ticketJson(e.ticket));
        json.insert(u"from"_s, e.from);
    }
    void operator()(const QueueChangedEvent &e)
    {
        json.insert(u"service"_s, e.service);
        json.insert(u"waitingCount"_s, e.waitingCount);
        json.insert(u"etaSec"_s, e.etaSec);
    }
    void operator()(const CounterChangedEvent &e) { json.insert(u"counter"_s, encode(e.counter)); }
    void operator()(const DeviceChangedEvent &e)
    {
        json.insert(u"device"_s, e.device);
        json.insert(u"online"_s, e.online);
        if (e.printer) {
            json.insert(u"printer"_s, encode(*e.printer));
        }
    }
    void operator()(const DayRolloverEvent &e) { json.insert(u"serviceDay"_s, e.serviceDay); }
    void operator()(const AppointmentEvent &e)
    {
        json.insert(u"appointment"_s, encode(e.appointment));
    }
    void operator()(const FeedbackEvent &e) { json.insert(u"feedback"_s, encode(e.feedback)); }
    void operator()(const AlertEvent &e) { json.insert(u"alert"_s, encode(e.alert)); }
    void operator()(const ServiceChangedEvent &e) { json.insert(u"control"_s, encode(e.control)); }
    void operator()(const DisplayMessageEvent &e)
    {
        json.insert(u"message"_s, e.message ? QJsonValue(encode(*e.message)) : QJsonValue());
    }
};

// The object `name` of `in` decoded as `T`; malformed when absent or bad.
template <typename T> T required(FieldReader &in, const QString &name)
{
    std::optional<T> value = decode<T>(in.object(name, true));
    if (!value) {
        in.markMalformed();
        return T{};
    }
    return *value;
}

// display.message's message: null when cleared.
std::optional<DisplayMessage> optionalMessage(FieldReader &in)
{
    const QJsonObject json = in.object(u"message"_s);
    if (json.isEmpty())
        return std::nullopt;
    std::optional<DisplayMessage> message = decode<DisplayMessage>(json);
    if (!message)
        in.markMalformed();
    return message;
}

std::optional<PrinterReport> readPrinter(FieldReader &in)
{
    const QJsonObject json = in.object(u"printer"_s);
    if (json.isEmpty())
        return std::nullopt;
    std::optional<PrinterReport> report = decode<PrinterReport>(json);
    if (!report)
        in.markMalformed();
    return report;
}

EventPayload readPayload(EventType type, FieldReader &in)
{
    switch (type) {
        case EventType::TicketCalled:
            return TicketCalledEvent{required<TicketView>(in, u"ticket"_s),
                                     required<CounterRef>(in, u"counter"_s),
                                     in.boolean(u"recall"_s)};
        case EventType::TicketTransferred:
            return TicketTransferredEvent{required<TicketView>(in, u"ticket"_s),
                                          in.string(u"from"_s)};
        case EventType::QueueChanged:
            return QueueChangedEvent{in.string(u"service"_s, true),
                                     int(in.integer(u"waitingCount"_s)),
                                     int(in.integer(u"etaSec"_s))};
        case EventType::CounterChanged:
            return CounterChangedEvent{required<CounterView>(in, u"counter"_s)};
        case EventType::DeviceChanged:
            return DeviceChangedEvent{in.string(u"device"_s, true), in.boolean(u"online"_s),
                                      readPrinter(in)};
        case EventType::DayRollover: return DayRolloverEvent{in.string(u"serviceDay"_s)};
        case EventType::AppointmentBooked:
        case EventType::AppointmentCancelled:
        case EventType::AppointmentMissed:
            return AppointmentEvent{required<Appointment>(in, u"appointment"_s)};
        case EventType::FeedbackSubmitted:
            return FeedbackEvent{required<Feedback>(in, u"feedback"_s)};
        case EventType::AlertRaised:
        case EventType::AlertCleared:
        case EventType::AlertAcknowledged: return AlertEvent{required<AlertView>(in, u"alert"_s)};
        case EventType::ServiceChanged:
            return ServiceChangedEvent{required<ServiceControl>(in, u"control"_s)};
        case EventType::DisplayMessage: return DisplayMessageEvent{optionalMessage(in)};
        default: return TicketEvent{required<TicketView>(in, u"ticket"_s)};
    }
}

} // namespace

QJsonObject encode(const EventView &event)
{
    QJsonObject json{{u"seq"_s, event.seq},
                     {u"type"_s, eventTypeName(event.type)},
                     {u"at"_s, isoTimeOrNull(event.at)}};
    std::visit(PayloadWriter{json}, event.payload);
    return json;
}

template <> std::optional<EventView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    EventView event;
    event.seq = in.integer(u"seq"_s);
    const std::optional<EventType> type = eventTypeFromName(in.string(u"type"_s, true));
    event.at = in.time(u"at"_s);
    if (in.malformed() || !type)
        return std::nullopt;
    event.type = *type;
    event.payload = readPayload(*type, in);
    if (in.malformed())
        return std::nullopt;
    return event;
}

} // namespace novbe
