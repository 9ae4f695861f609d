#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace novbe {

// Stored and wire values: only append.
enum class TicketState {
    Waiting,
    Called,
    Serving,
    Parked,
    Done,
    NoShow,
    Cancelled,
    Reset,
};

inline constexpr std::array ALL_TICKET_STATES = {
    TicketState::Waiting, TicketState::Called, TicketState::Serving,   TicketState::Parked,
    TicketState::Done,    TicketState::NoShow, TicketState::Cancelled, TicketState::Reset,
};

QString ticketStateName(TicketState state); // "waiting", "noShow", ...
std::optional<TicketState> ticketStateFromName(const QString &name);
bool isTerminal(TicketState state); // done, noShow, cancelled, reset
bool isActive(TicketState state);   // waiting, called, serving, parked

enum class Placement {
    First,
    Last,
    Original,
};

QString placementName(Placement placement);
std::optional<Placement> placementFromName(const QString &name);

struct Ticket
{
    QString id;          // opaque, unique forever ("t_...")
    QString number;      // "A007"
    int numberValue = 0; // 7
    QString service;
    QString category = QStringLiteral("standard");
    TicketState state = TicketState::Waiting;
    QDateTime issuedAt;      // first issue time (UTC)
    QDateTime queuedAt;      // time the current wait counts from (placement)
    QDateTime calledAt;      // latest call (recalls included)
    QDateTime firstCalledAt; // first call of the day (wait KPI)
    QDateTime startedAt;
    QDateTime endedAt;
    QString counter; // counter that called / serves it, or empty
    int recalls = 0;
    QString lang = QStringLiteral("az");
    QString appointment;     // appointment id or empty
    QDateTime slotStart;     // appointment slot start, if any
    qint64 issueSeq = 0;     // seq of the ticket.issued event (tie-breaker)
    qint64 orderKey = 0;     // placement order: lower = earlier among equal scores
    QString serviceDay;      // "YYYY-MM-DD" in the centre's time zone
    QString device;          // issuing device
    QString requestId;       // idempotency key from the device, or empty
    QString outcome;         // finish outcome, if any
    QString note;            // transfer note, if any
    QString originalService; // service at issue time

    bool operator==(const Ticket &) const = default;
};

} // namespace novbe
