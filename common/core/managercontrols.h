#pragma once

// The manager's controls of the day (protocol.md section 5, service.setOpen,
// service.setCutoff, display.message): a service closed for new tickets, a
// cut-off time for new tickets, a ticker message for the hall displays.
// They hold for the current service day only: the rollover resets them
// (docs/dashboard.md, Manager actions). Pure: no I/O, time is a parameter.

#include "domainevent.h"
#include "operation.h"
#include "records.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace novbe {

class QueueEngineState;

// The longest ticker text the engine takes (characters).
inline constexpr int MAX_MESSAGE_CHARS = 500;

// Today's controls: services that differ from "open, no cut-off" and the
// ticker message, if any.
struct DayControls
{
    QHash<QString, ServiceControl> services;
    std::optional<DisplayMessage> message;
    bool operator==(const DayControls &) const = default;
};

// The control of `service` (open, no cut-off when none was set).
ServiceControl controlOf(const DayControls &controls, const QString &service);
// SERVICE_CLOSED when the manager's control refuses a new ticket at the
// centre time `local`: closed by the manager (data.closedBy = "manager"), or
// at or after the cut-off (data.closedBy = "cutoff", data.cutoff = "HH:MM").
Status checkControl(const ServiceControl &control, const QTime &local);
// The message while it shows at `now` (not expired), else nullopt.
std::optional<DisplayMessage> activeMessage(const DayControls &controls, const QDateTime &now);
// "HH:MM" (00:00-23:59) as a time; nullopt for anything else.
std::optional<QTime> parseCutoff(const QString &text);
// Today's controls as a day's journal leaves them: service.changed and
// display.message events in seq order; day.rollover resets them.
DayControls controlsFromEvents(const std::vector<DomainEvent> &events);

// The manager's operations on today's controls. Each either returns a
// domain error and changes nothing, or applies the change and returns its
// event (service.changed / display.message) with `by` = the manager device.
class ManagerControls
{
public:
    explicit ManagerControls(QueueEngineState &state) : d(state) {}
    ManagerControls(const ManagerControls &) = delete;
    ManagerControls &operator=(const ManagerControls &) = delete;

    Result<Outcome> setOpen(const QString &service, bool open, const QString &by,
                            const QDateTime &now);
    // `cutoff` nullopt removes the cut-off.
    Result<Outcome> setCutoff(const QString &service, std::optional<QTime> cutoff,
                              const QString &by, const QDateTime &now);
    // An empty `text` clears the message; `expiresAt` invalid = until cleared
    // or the end of the day.
    Result<Outcome> setMessage(const QString &text, const QDateTime &expiresAt, const QString &by,
                               const QDateTime &now);

private:
    Result<Outcome> putControl(ServiceControl control, const QDateTime &now);
    QueueEngineState &d;
};

namespace engineops {
// At the rollover: every control back to "open, no cut-off" and the message
// cleared, each as its event (so that clients need no rollover rule).
void resetControls(QueueEngineState &s, Outcome &out, const QDateTime &now);
} // namespace engineops

} // namespace novbe
