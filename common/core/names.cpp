// Wire and storage names of the core's enums. Only append.
#include "domainevent.h"
#include "records.h"
#include "ticket.h"

#include <QStringList>

#include <array>
#include <utility>

namespace novbe {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TicketState, const char16_t *>, 8> TICKET_STATES{{
    {TicketState::Waiting, u"waiting"},
    {TicketState::Called, u"called"},
    {TicketState::Serving, u"serving"},
    {TicketState::Parked, u"parked"},
    {TicketState::Done, u"done"},
    {TicketState::NoShow, u"noShow"},
    {TicketState::Cancelled, u"cancelled"},
    {TicketState::Reset, u"reset"},
}};

constexpr std::array<std::pair<Placement, const char16_t *>, 3> PLACEMENTS{{
    {Placement::First, u"first"},
    {Placement::Last, u"last"},
    {Placement::Original, u"original"},
}};

constexpr std::array<std::pair<CounterState, const char16_t *>, 5> COUNTER_STATES{{
    {CounterState::Closed, u"closed"},
    {CounterState::Idle, u"idle"},
    {CounterState::Calling, u"calling"},
    {CounterState::Serving, u"serving"},
    {CounterState::Paused, u"paused"},
}};

constexpr std::array<std::pair<AppointmentState, const char16_t *>, 5> APPOINTMENT_STATES{{
    {AppointmentState::Booked, u"booked"},
    {AppointmentState::CheckedIn, u"checkedIn"},
    {AppointmentState::Cancelled, u"cancelled"},
    {AppointmentState::Expired, u"expired"},
    {AppointmentState::Missed, u"missed"},
}};

constexpr std::array<std::pair<EventType, const char16_t *>, 22> EVENT_TYPES{{
    {EventType::TicketIssued, u"ticket.issued"},
    {EventType::TicketCalled, u"ticket.called"},
    {EventType::TicketServing, u"ticket.serving"},
    {EventType::TicketFinished, u"ticket.finished"},
    {EventType::TicketNoShow, u"ticket.noShow"},
    {EventType::TicketParked, u"ticket.parked"},
    {EventType::TicketCancelled, u"ticket.cancelled"},
    {EventType::TicketTransferred, u"ticket.transferred"},
    {EventType::QueueChanged, u"queue.changed"},
    {EventType::CounterChanged, u"counter.changed"},
    {EventType::DeviceChanged, u"device.changed"},
    {EventType::DayRollover, u"day.rollover"},
    {EventType::TicketReset, u"ticket.reset"},
    {EventType::AppointmentBooked, u"appointment.booked"},
    {EventType::AppointmentCancelled, u"appointment.cancelled"},
    {EventType::FeedbackSubmitted, u"feedback.submitted"},
    {EventType::AppointmentMissed, u"appointment.missed"},
    {EventType::AlertRaised, u"alert.raised"},
    {EventType::AlertCleared, u"alert.cleared"},
    {EventType::AlertAcknowledged, u"alert.acknowledged"},
    {EventType::ServiceChanged, u"service.changed"},
    {EventType::DisplayMessage, u"display.message"},
}};

} // namespace

QString ticketStateName(TicketState s)
{
    return nameOf(TICKET_STATES, s);
}
std::optional<TicketState> ticketStateFromName(const QString &n)
{
    return valueOf(TICKET_STATES, n);
}
QString placementName(Placement p)
{
    return nameOf(PLACEMENTS, p);
}
std::optional<Placement> placementFromName(const QString &n)
{
    return valueOf(PLACEMENTS, n);
}
QString counterStateName(CounterState s)
{
    return nameOf(COUNTER_STATES, s);
}
std::optional<CounterState> counterStateFromName(const QString &n)
{
    return valueOf(COUNTER_STATES, n);
}
QString appointmentStateName(AppointmentState s)
{
    return nameOf(APPOINTMENT_STATES, s);
}
std::optional<AppointmentState> appointmentStateFromName(const QString &n)
{
    return valueOf(APPOINTMENT_STATES, n);
}
QString eventTypeName(EventType t)
{
    return nameOf(EVENT_TYPES, t);
}
std::optional<EventType> eventTypeFromName(const QString &n)
{
    return valueOf(EVENT_TYPES, n);
}

bool isTerminal(TicketState s)
{
    return s == TicketState::Done || s == TicketState::NoShow || s == TicketState::Cancelled
        || s == TicketState::Reset;
}

bool isActive(TicketState s)
{
    return !isTerminal(s);
}

} // namespace novbe
