#pragma once

// The wire's names, defined once: protocol version, method names, device
// roles and the display zone rule (protocol.md sections 1, 5 and 7). Wire
// names are stable forever: only append.

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace novbe {

inline constexpr int PROTOCOL_VERSION = 1;

namespace method {
inline constexpr QLatin1StringView SESSION_HELLO{"session.hello"};
inline constexpr QLatin1StringView SESSION_PING{"session.ping"};
inline constexpr QLatin1StringView CENTRE_GET{"centre.get"};
inline constexpr QLatin1StringView TICKET_ISSUE{"ticket.issue"};
inline constexpr QLatin1StringView TICKET_GET{"ticket.get"};
inline constexpr QLatin1StringView TICKET_CANCEL{"ticket.cancel"};
inline constexpr QLatin1StringView OPERATOR_LOGIN{"operator.login"};
inline constexpr QLatin1StringView OPERATOR_LOGOUT{"operator.logout"};
inline constexpr QLatin1StringView COUNTER_OPEN{"counter.open"};
inline constexpr QLatin1StringView COUNTER_CLOSE{"counter.close"};
inline constexpr QLatin1StringView COUNTER_CALL_NEXT{"counter.callNext"};
inline constexpr QLatin1StringView COUNTER_CALL_TICKET{"counter.callTicket"};
inline constexpr QLatin1StringView COUNTER_RECALL{"counter.recall"};
inline constexpr QLatin1StringView COUNTER_START{"counter.start"};
inline constexpr QLatin1StringView COUNTER_FINISH{"counter.finish"};
inline constexpr QLatin1StringView COUNTER_NO_SHOW{"counter.noShow"};
inline constexpr QLatin1StringView COUNTER_TRANSFER{"counter.transfer"};
inline constexpr QLatin1StringView COUNTER_PARK{"counter.park"};
inline constexpr QLatin1StringView COUNTER_PAUSE{"counter.pause"};
inline constexpr QLatin1StringView COUNTER_RESUME{"counter.resume"};
inline constexpr QLatin1StringView QUEUE_SNAPSHOT{"queue.snapshot"};
inline constexpr QLatin1StringView EVENTS_SUBSCRIBE{"events.subscribe"};
inline constexpr QLatin1StringView APPOINTMENT_BOOK{"appointment.book"};
inline constexpr QLatin1StringView APPOINTMENT_CHECKIN{"appointment.checkin"};
inline constexpr QLatin1StringView APPOINTMENT_CANCEL{"appointment.cancel"};
inline constexpr QLatin1StringView FEEDBACK_SUBMIT{"feedback.submit"};
inline constexpr QLatin1StringView DEVICE_REPORT{"device.report"};
inline constexpr QLatin1StringView STATS_TODAY{"stats.today"};
inline constexpr QLatin1StringView STATS_OPERATORS{"stats.operators"};
inline constexpr QLatin1StringView DEVICES_LIST{"devices.list"};
inline constexpr QLatin1StringView STATS_RANGE{"stats.range"};
inline constexpr QLatin1StringView REPORTS_RANGE{"reports.range"};
inline constexpr QLatin1StringView ALERTS_LIST{"alerts.list"};
inline constexpr QLatin1StringView ALERTS_ACK{"alerts.ack"};
inline constexpr QLatin1StringView AUDIT_LIST{"audit.list"};
} // namespace method

// Device roles from the centre config; a bit each so a method lists who may call it.
enum class Role : unsigned {
    None = 0,
    Kiosk = 1u << 0,
    Display = 1u << 1,
    Counter = 1u << 2,
    Manager = 1u << 3,
    Booking = 1u << 4,
};

using RoleMask = unsigned;

inline constexpr RoleMask roleBit(Role role)
{
    return static_cast<RoleMask>(role);
}

inline constexpr RoleMask ALL_ROLES = roleBit(Role::Kiosk) | roleBit(Role::Display)
    | roleBit(Role::Counter) | roleBit(Role::Manager) | roleBit(Role::Booking);

// "kiosk" -> Role::Kiosk; Role::None for an unknown name.
Role roleFromName(const QString &name);
QString roleName(Role role);

// What a display shows (config `zone.services` / `zone.counters`); an empty
// list means "all". Everyone else sees everything.
struct Zone
{
    QStringList services;
    QStringList counters;

    bool showsService(const QString &service) const;
    bool showsCounter(const QString &counter) const;
    // Both the service and the counter are in the zone.
    bool shows(const QString &service, const QString &counter) const;
};

} // namespace novbe
