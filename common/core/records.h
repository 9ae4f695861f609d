#pragma once

#include "ticket.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace novbe {

// Stored and wire values: only append.
enum class CounterState {
    Closed,
    Idle,
    Calling,
    Serving,
    Paused,
};

QString counterStateName(CounterState state);
std::optional<CounterState> counterStateFromName(const QString &name);

// Live state of one counter (its static part is CounterConfig).
struct CounterStatus
{
    QString id;
    CounterState state = CounterState::Closed;
    QString operatorId; // empty when no operator is bound
    QString operatorName;
    QString ticket; // current ticket id (called or serving), or empty
    QString pauseReason;
    QDateTime changedAt;
};

enum class AppointmentState {
    Booked,
    CheckedIn,
    Cancelled,
    Expired,
    Missed, // not checked in by start + lateMin (event appointment.missed)
};

QString appointmentStateName(AppointmentState state);
std::optional<AppointmentState> appointmentStateFromName(const QString &name);

struct Appointment
{
    QString id;   // "ap_..."
    QString code; // 6 digits, typed or scanned at the kiosk
    QString service;
    QDateTime start; // slot start (UTC)
    QDateTime end;   // slot end (UTC)
    AppointmentState state = AppointmentState::Booked;
    QString citizenName;
    QString citizenPhone;
    QString ticket; // ticket id after check-in
    QDateTime bookedAt;
    QString lang = QStringLiteral("az"); // the citizen's language, chosen when booking
};

struct Feedback
{
    QString ticket;
    int rating = 0; // 1..5
    QString comment;
    QString counter;
    QString operatorId;
    QString service;
    QDateTime at;
};

// A centre alert the engine raised (common/core/alerts.h): active until its
// condition is gone (clearedAt), acknowledged by a manager or not.
struct AlertRecord
{
    qint64 id = 0;
    QString code;     // WAIT_OVER_TARGET, QUEUE_TOO_LONG, ... (protocol.md section 7)
    QString severity; // critical | warning | info
    QString subject;  // the service, counter or device it is about ("" = the centre)
    qint64 value = 0; // what was measured when raised (seconds or people)
    qint64 limit = 0; // the threshold it crossed
    QString detail;   // per code: the printer state, the stop-issuing time, the problems
    QString message;  // English, for the log
    QDateTime raisedAt;
    QDateTime clearedAt; // invalid while active
    QString ackedBy;     // the manager device that acknowledged it
    QDateTime ackedAt;
    bool operator==(const AlertRecord &) const = default;
};

} // namespace novbe
