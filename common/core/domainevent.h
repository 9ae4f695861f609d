#pragma once

#include "records.h"
#include "ticket.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace novbe {

// Stored and wire values: only append.
enum class EventType {
    TicketIssued,
    TicketCalled,
    TicketServing,
    TicketFinished,
    TicketNoShow,
    TicketParked,
    TicketCancelled,
    TicketTransferred,
    QueueChanged,
    CounterChanged,
    DeviceChanged,
    DayRollover,
    TicketReset,
    AppointmentBooked,
    AppointmentCancelled,
    FeedbackSubmitted,
    AppointmentMissed,
    AlertRaised,
    AlertCleared,
    AlertAcknowledged,
    ServiceChanged, // service.changed: a manager's control of a service
    DisplayMessage, // display.message: the ticker message set or cleared
};

QString eventTypeName(EventType type); // "ticket.issued", ...
std::optional<EventType> eventTypeFromName(const QString &name);

// A typed change event produced by the core; persisted, then broadcast.
// Snapshots are taken at the moment of the event.
struct DomainEvent
{
    qint64 seq = 0;
    EventType type = EventType::TicketIssued;
    QDateTime at;
    std::optional<Ticket> ticket;
    std::optional<CounterStatus> counter;
    std::optional<Appointment> appointment;
    std::optional<Feedback> feedback;
    std::optional<AlertRecord> alert;      // alert.raised, .cleared, .acknowledged
    std::optional<ServiceControl> control; // service.changed
    // display.message: the message; nullopt when it was cleared
    std::optional<novbe::DisplayMessage> message;
    QString service;       // queue.changed: the service; ticket.transferred: from
    int waitingCount = 0;  // queue.changed
    int etaSec = 0;        // queue.changed
    bool recall = false;   // ticket.called
    QString serviceDay;    // day.rollover
    QString device;        // device.changed
    bool online = false;   // device.changed
    QString printerState;  // device.changed
    QString printerDetail; // device.changed
};

} // namespace novbe
