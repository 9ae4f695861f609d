#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include "protocoltestutil.h"

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

DomainEvent calledEvent()
{
    DomainEvent e;
    e.seq = 57;
    e.type = EventType::TicketCalled;
    e.at = utc(9, 40);
    e.ticket = calledTicket();
    CounterStatus counter = servingCounter();
    counter.state = CounterState::Calling;
    counter.changedAt = e.at;
    e.counter = counter;
    return e;
}

Appointment sampleAppointment()
{
    Appointment a;
    a.id = u"ap_1"_s;
    a.code = u"493021"_s;
    a.service = u"passport"_s;
    a.start = utc(10, 0);
    a.end = utc(10, 15);
    a.bookedAt = utc(8, 0);
    a.citizenName = u"Aysel"_s;
    return a;
}

// One representative event of every type.
std::vector<DomainEvent> everyEventType()
{
    std::vector<DomainEvent> events;
    const std::vector<EventType> ticketOnly = {
        EventType::TicketIssued, EventType::TicketServing,    EventType::TicketFinished,
        EventType::TicketNoShow, EventType::TicketParked,     EventType::TicketCancelled,
        EventType::TicketReset,  EventType::TicketTransferred};
    qint64 seq = 100;
    for (const EventType type : ticketOnly) {
        DomainEvent e;
        e.type = type;
        e.ticket = servingTicket();
        if (type == EventType::TicketTransferred)
            e.service = u"idcard"_s;
        events.push_back(e);
    }
    events.push_back(calledEvent());
    DomainEvent recall = calledEvent();
    recall.recall = true;
    events.push_back(recall);
    DomainEvent queue;
    queue.type = EventType::QueueChanged;
    queue.service = u"passport"_s;
    queue.waitingCount = 12;
    queue.etaSec = 900;
    events.push_back(queue);
    DomainEvent counter;
    counter.type = EventType::CounterChanged;
    counter.counter = servingCounter();
    counter.ticket = servingTicket();
    events.push_back(counter);
    DomainEvent device;
    device.type = EventType::DeviceChanged;
    device.device = u"kiosk-1"_s;
    device.online = true;
    device.printerState = u"paperLow"_s;
    device.printerDetail = u"roll near end"_s;
    events.push_back(device);
    DomainEvent offline;
    offline.type = EventType::DeviceChanged;
    offline.device = u"display-2"_s;
    events.push_back(offline);
    DomainEvent rollover;
    rollover.type = EventType::DayRollover;
    rollover.serviceDay = u"2026-11-29"_s;
    events.push_back(rollover);
    for (const EventType type : {EventType::AppointmentBooked, EventType::AppointmentCancelled}) {
        DomainEvent e;
        e.type = type;
        e.appointment = sampleAppointment();
        events.push_back(e);
    }
    DomainEvent feedback;
    feedback.type = EventType::FeedbackSubmitted;
    feedback.feedback = Feedback{u"t_abc"_s,    5,         u"tez"_s, u"c07"_s, u"op01"_s,
                                 u"passport"_s, utc(9, 50)};
    events.push_back(feedback);
    for (const EventType type :
         {EventType::AlertRaised, EventType::AlertCleared, EventType::AlertAcknowledged}) {
        DomainEvent e;
        e.type = type;
        e.alert = AlertRecord{
            7,         u"QUEUE_TOO_LONG"_s, u"warning"_s, u"passport"_s, 31,        30,
            QString(), u"31 waiting"_s,     utc(9, 40),   QDateTime(),   QString(), QDateTime()};
        if (type == EventType::AlertCleared)
            e.alert->clearedAt = utc(9, 45);
        if (type == EventType::AlertAcknowledged) {
            e.alert->ackedBy = u"dashboard-1"_s;
            e.alert->ackedAt = utc(9, 42);
        }
        events.push_back(e);
    }
    DomainEvent control;
    control.type = EventType::ServiceChanged;
    control.control = ServiceControl{u"passport"_s, true, QTime(16, 30), u"dashboard-1"_s};
    events.push_back(control);
    DomainEvent message;
    message.type = EventType::DisplayMessage;
    message.message = DisplayMessage{u"Notariat 16:00-dək"_s, utc(12, 0), u"dashboard-1"_s,
                                     utc(9, 45)};
    events.push_back(message);
    DomainEvent cleared;
    cleared.type = EventType::DisplayMessage; // message cleared: null
    events.push_back(cleared);
    for (DomainEvent &e : events) {
        if (e.seq == 0)
            e.seq = ++seq;
        if (!e.at.isValid())
            e.at = utc(9, 45);
    }
    return events;
}

// The display's copy of `event` as the engine sends it; nullopt when
// displays do not get it.
std::optional<QJsonObject> displayJson(const DomainEvent &event, const CentreConfig &config)
{
    const std::optional<EventView> view = displayView(eventView(event, config));
    return view ? std::optional<QJsonObject>(encode(*view)) : std::nullopt;
}

} // namespace

TEST_CASE("events match their golden JSON", "[protocol]")
{
    const CentreConfig config = sampleConfig();
    CHECK(encode(eventView(calledEvent(), config)) == readGolden(u"event_ticket_called.json"_s));

    DomainEvent queue;
    queue.seq = 58;
    queue.type = EventType::QueueChanged;
    queue.at = utc(9, 40);
    queue.service = u"passport"_s;
    queue.waitingCount = 12;
    queue.etaSec = 900;
    CHECK(encode(eventView(queue, config)) == readGolden(u"event_queue_changed.json"_s));

    DomainEvent device;
    device.seq = 59;
    device.type = EventType::DeviceChanged;
    device.at = utc(9, 41);
    device.device = u"kiosk-1"_s;
    device.online = true;
    device.printerState = u"paperLow"_s;
    device.printerDetail = u"roll near end"_s;
    CHECK(encode(eventView(device, config)) == readGolden(u"event_device_changed.json"_s));

    DomainEvent rollover;
    rollover.seq = 60;
    rollover.type = EventType::DayRollover;
    rollover.at = utc(20, 0);
    rollover.serviceDay = u"2026-11-29"_s;
    CHECK(encode(eventView(rollover, config)) == readGolden(u"event_day_rollover.json"_s));

    DomainEvent booked;
    booked.seq = 61;
    booked.type = EventType::AppointmentBooked;
    booked.at = utc(8, 0);
    booked.appointment = sampleAppointment();
    CHECK(encode(eventView(booked, config)) == readGolden(u"event_appointment_booked.json"_s));

    DomainEvent feedback;
    feedback.seq = 62;
    feedback.type = EventType::FeedbackSubmitted;
    feedback.at = utc(9, 50);
    feedback.feedback = Feedback{u"t_abc"_s,    5,         u"tez"_s, u"c07"_s, u"op01"_s,
                                 u"passport"_s, utc(9, 50)};
    CHECK(encode(eventView(feedback, config)) == readGolden(u"event_feedback_submitted.json"_s));
}

TEST_CASE("the spec's fields are present for every event type", "[protocol]")
{
    const CentreConfig config = sampleConfig();
    for (const DomainEvent &e : everyEventType()) {
        const QJsonObject json = encode(eventView(e, config));
        INFO(dump(json));
        CHECK(json.value(u"seq"_s) == QJsonValue(e.seq));
        CHECK(json.value(u"type"_s).toString() == eventTypeName(e.type));
        CHECK(json.value(u"at"_s).toString().endsWith(u'Z'));
        QStringList keys;
        switch (e.type) {
            case EventType::TicketCalled: keys = {u"ticket"_s, u"counter"_s, u"recall"_s}; break;
            case EventType::TicketTransferred: keys = {u"ticket"_s, u"from"_s}; break;
            case EventType::QueueChanged:
                keys = {u"service"_s, u"waitingCount"_s, u"etaSec"_s};
                break;
            case EventType::CounterChanged: keys = {u"counter"_s}; break;
            case EventType::DeviceChanged: keys = {u"device"_s, u"online"_s}; break;
            case EventType::DayRollover: keys = {u"serviceDay"_s}; break;
            case EventType::AppointmentBooked:
            case EventType::AppointmentCancelled: keys = {u"appointment"_s}; break;
            case EventType::FeedbackSubmitted: keys = {u"feedback"_s}; break;
            case EventType::AlertRaised:
            case EventType::AlertCleared:
            case EventType::AlertAcknowledged: keys = {u"alert"_s}; break;
            case EventType::ServiceChanged: keys = {u"control"_s}; break;
            case EventType::DisplayMessage:
                if (e.message)
                    keys = {u"message"_s};
                else
                    CHECK(json.value(u"message"_s).isNull());
                break;
            default: keys = {u"ticket"_s}; break;
        }
        for (const QString &key : keys) {
            INFO(key.toStdString());
            CHECK(json.contains(key));
            CHECK_FALSE(json.value(key).isNull());
        }
    }
}

TEST_CASE("every event type round-trips through the journal JSON", "[protocol]")
{
    const CentreConfig config = sampleConfig();
    for (const DomainEvent &original : everyEventType()) {
        const QJsonObject json = encode(eventView(original, config));
        INFO(dump(json));
        const std::optional<DomainEvent> back = eventFromJson(json);
        REQUIRE(back.has_value());
        CHECK(back->seq == original.seq);
        CHECK(back->type == original.type);
        CHECK(back->at == original.at);
        CHECK(back->ticket.has_value() == original.ticket.has_value());
        if (original.ticket) {
            CHECK(back->ticket->state == original.ticket->state);
            CHECK(back->ticket->calledAt == original.ticket->calledAt);
            CHECK(back->ticket->counter == original.ticket->counter);
        }
        CHECK(back->service == original.service);
        CHECK(back->waitingCount == original.waitingCount);
        CHECK(back->recall == original.recall);
        CHECK(back->serviceDay == original.serviceDay);
        CHECK(back->device == original.device);
        CHECK(back->online == original.online);
        CHECK(back->printerState == original.printerState);
        CHECK(back->alert == original.alert);
        CHECK(back->control == original.control);
        CHECK(back->message == original.message);
        CHECK(encode(eventView(*back, config)) == json);
    }
}

TEST_CASE("ticket.called names its counter on the way back", "[protocol]")
{
    const std::optional<DomainEvent> back = eventFromJson(
        encode(eventView(calledEvent(), sampleConfig())));
    REQUIRE(back.has_value());
    REQUIRE(back->counter.has_value());
    CHECK(back->counter->id == u"c07"_s);
    CHECK(back->counter->operatorId == u"op01"_s);
    CHECK(back->counter->ticket == u"t_abc"_s);
}

TEST_CASE("displays get only their events, reduced", "[protocol]")
{
    const CentreConfig config = sampleConfig();
    const std::optional<QJsonObject> called = displayJson(calledEvent(), config);
    REQUIRE(called.has_value());
    CHECK(*called == readGolden(u"event_ticket_called_display.json"_s));

    for (const DomainEvent &e : everyEventType()) {
        const bool expected = e.type == EventType::TicketCalled
            || e.type == EventType::CounterChanged || e.type == EventType::DayRollover
            || e.type == EventType::DisplayMessage;
        INFO(eventTypeName(e.type).toStdString());
        CHECK(isDisplayEvent(e.type) == expected);
        const std::optional<QJsonObject> view = displayJson(e, config);
        CHECK(view.has_value() == expected);
        if (view && view->value(u"ticket"_s).isObject())
            CHECK(view->value(u"ticket"_s).toObject().size() == 6);
        if (view && e.type == EventType::CounterChanged) {
            CHECK(view->value(u"counter"_s).toObject()
                  == readGolden(u"counter_serving_display.json"_s));
        }
    }
}

TEST_CASE("malformed event JSON is refused", "[protocol]")
{
    const QJsonObject good = encode(eventView(calledEvent(), sampleConfig()));
    REQUIRE(eventFromJson(good).has_value());
    const std::vector<std::pair<QString, QJsonValue>> breaks = {
        {u"seq"_s, QJsonValue()},       {u"seq"_s, 0},          {u"seq"_s, u"57"_s},
        {u"type"_s, u"ticket.eaten"_s}, {u"at"_s, u"soon"_s},   {u"ticket"_s, QJsonValue::Null},
        {u"counter"_s, QJsonValue()},   {u"recall"_s, u"no"_s},
    };
    for (const auto &[key, value] : breaks) {
        QJsonObject broken = good;
        if (value.isUndefined())
            broken.remove(key);
        else
            broken.insert(key, value);
        INFO(key.toStdString());
        CHECK_FALSE(eventFromJson(broken).has_value());
    }
}
