#pragma once

// The read model: every answer and event the apps read, as typed values
// (protocol.md sections 4, 5 and 7). Each shape has ONE encoder (encode())
// and ONE decoder (decode<T>()), in readmodelcodec.h; the engine builds these
// values and encodes them, the apps decode them. Decoders take absent fields
// as their defaults (clients ignore what they do not know) and refuse wrong
// types and missing identities.

#include "core/centreconfig.h"
#include "core/domainevent.h"
#include "core/kpi.h"
#include "core/operatorkpi.h"
#include "core/records.h"
#include "core/report.h"
#include "core/ticket.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <variant>
#include <vector>

namespace novbe {

// Field-by-field equality of the core's records (round-trip tests, change checks);
// Ticket has its own defaulted operator== in core/ticket.h.
bool operator==(const Appointment &a, const Appointment &b);
bool operator==(const Feedback &a, const Feedback &b);

// A ticket on the wire. `reduced` = the display's shape (id, number,
// service, state, counter, recalls only); the other fields are then unset.
struct TicketView : Ticket
{
    int ahead = 0;  // waiting tickets: people before it
    int etaSec = 0; // waiting tickets: estimated wait
    bool reduced = false;

    TicketView() = default;
    explicit TicketView(const Ticket &ticket, int aheadCount = 0, int eta = 0)
        : Ticket(ticket), ahead(aheadCount), etaSec(eta)
    {
    }
    // The display's copy of this ticket: only the reduced fields.
    TicketView toReduced() const;
    bool operator==(const TicketView &) const = default;
};

struct OperatorRef
{
    QString id;
    QString name;
    bool operator==(const OperatorRef &) const = default;
};

// A counter named in ticket.called and recentCalls: {id, name, +operator}.
struct CounterRef
{
    QString id;
    LocalizedText name;
    std::optional<OperatorRef> op; // ticket.called only, never for displays
    bool operator==(const CounterRef &) const = default;
};

struct CounterView
{
    QString id;
    LocalizedText name;
    QStringList services;
    CounterState state = CounterState::Closed;
    std::optional<OperatorRef> op;
    std::optional<TicketView> ticket; // the current ticket, reduced for displays
    QString pauseReason;
    QString ticketId; // current ticket id even when `ticket` is not sent
    QDateTime changedAt;
    bool operator==(const CounterView &) const = default;
};

struct CentreInfoView
{
    QString id;
    LocalizedText name;
    QString timezone;
    QStringList languages;
    int maxRecalls = 3;
    LocalizedText ticker;
    QString trackingBaseUrl;
    bool operator==(const CentreInfoView &) const = default;
};

struct CategoryView
{
    QString id;
    LocalizedText name;
    int boostMin = 0;
    bool needsProof = false;
    LocalizedText shortCode; // "short"; empty: categoryShortCode() falls back to the id
    bool operator==(const CategoryView &) const = default;
};

struct ServiceView
{
    QString id;
    QString prefix;
    LocalizedText name;
    QString group;
    LocalizedText groupName;
    int targetWaitMin = 15;
    bool open = true;
    bool appointments = false;
    std::optional<OpeningHours> hours; // none = always open
    QStringList outcomes;
    // Additions: the manager's control of the day (sent only when set).
    bool closed = false;         // closed for new tickets by the manager
    std::optional<QTime> cutoff; // no new tickets at or after (centre time)
    bool operator==(const ServiceView &) const;
};

// centre.get
struct CentreView
{
    CentreInfoView centre;
    std::vector<CategoryView> categories;
    std::vector<ServiceView> services;
    std::vector<CounterView> counters;
    // Addition: the dashboard's card targets (managers only; config `dashboard`).
    std::optional<DashboardTargets> targets;
    bool operator==(const CentreView &) const = default;

    const ServiceView *service(const QString &id) const;
    const CategoryView *category(const QString &id) const;
    const CounterView *counter(const QString &id) const;
};

// An alert for the centre's managers: alerts.subscribe lists the recent ones,
// the `alert` notification pushes each new one (protocol.md section 7).
struct AlertView
{
    qint64 id = 0;    // increasing while the engine runs
    QString code;     // e.g. STORAGE_CHECK_FAILED
    QString severity; // critical | warning | info
    QString message;  // English, for the log and the manager
    QDateTime at;     // raised
    // Additions (the centre alerts raised and cleared by the engine's rules;
    // empty / 0 / invalid for the one-off alerts).
    QString subject; // the service, counter or device
    qint64 value = 0;
    qint64 limit = 0;
    QString detail;
    QDateTime clearedAt;
    QString ackedBy;
    QDateTime ackedAt;
    bool operator==(const AlertView &) const = default;
};

// session.hello result
struct HelloView
{
    int protocol = 0;
    QString server;
    QString role;
    QString device;
    CentreInfoView centre;
    QString serviceDay;
    qint64 seq = 0;
    bool operator==(const HelloView &) const = default;
};

// One service of queue.snapshot; displays get no lists.
struct ServiceQueueView
{
    QString id;
    int waitingCount = 0;
    qint64 longestWaitSec = 0;
    int etaSec = 0;
    std::optional<std::vector<TicketView>> waiting;
    std::optional<std::vector<TicketView>> parked;
    bool operator==(const ServiceQueueView &) const = default;
};

struct RecentCallView
{
    TicketView ticket;
    CounterRef counter;
    QDateTime at;
    bool operator==(const RecentCallView &) const = default;
};

// queue.snapshot
struct QueueSnapshot
{
    QString serviceDay;
    qint64 seq = 0;
    std::vector<ServiceQueueView> services;
    std::vector<CounterView> counters;
    std::vector<RecentCallView> recentCalls;
    // Addition: the ticker message showing now (display.message), if any.
    std::optional<DisplayMessage> message;
    bool operator==(const QueueSnapshot &) const = default;
};

// stats.today: the KPI rows plus the day they are for.
struct StatsView
{
    Kpis kpis;
    QString serviceDay;
    qint64 seq = 0;
    bool operator==(const StatsView &) const = default;
};

// Events (protocol.md section 7): one payload type per event shape.
// ticket.issued, .serving, .finished, .noShow, .parked, .cancelled, .reset
struct TicketEvent
{
    TicketView ticket;
    bool operator==(const TicketEvent &) const = default;
};

struct TicketCalledEvent
{
    TicketView ticket;
    CounterRef counter;
    bool recall = false;
    bool operator==(const TicketCalledEvent &) const = default;
};

struct TicketTransferredEvent
{
    TicketView ticket;
    QString from;
    bool operator==(const TicketTransferredEvent &) const = default;
};

struct QueueChangedEvent
{
    QString service;
    int waitingCount = 0;
    int etaSec = 0;
    bool operator==(const QueueChangedEvent &) const = default;
};

struct CounterChangedEvent
{
    CounterView counter;
    bool operator==(const CounterChangedEvent &) const = default;
};

struct PrinterReport
{
    QString state; // ok | paperLow | paperOut | coverOpen | offline
    QString detail;
    bool operator==(const PrinterReport &) const = default;
};

struct DeviceChangedEvent
{
    QString device;
    bool online = false;
    std::optional<PrinterReport> printer;
    bool operator==(const DeviceChangedEvent &) const = default;
};

struct DayRolloverEvent
{
    QString serviceDay;
    bool operator==(const DayRolloverEvent &) const = default;
};

// appointment.booked, appointment.cancelled
struct AppointmentEvent
{
    Appointment appointment;
    bool operator==(const AppointmentEvent &) const = default;
};

struct FeedbackEvent
{
    Feedback feedback;
    bool operator==(const FeedbackEvent &) const = default;
};

// alert.raised, alert.cleared, alert.acknowledged
struct AlertEvent
{
    AlertView alert;
    bool operator==(const AlertEvent &) const = default;
};

// service.changed: a manager's control of a service
struct ServiceChangedEvent
{
    ServiceControl control;
    bool operator==(const ServiceChangedEvent &) const = default;
};

// display.message: the ticker message set, or cleared (nullopt)
struct DisplayMessageEvent
{
    std::optional<DisplayMessage> message;
    bool operator==(const DisplayMessageEvent &) const = default;
};

using EventPayload =
    std::variant<TicketEvent, TicketCalledEvent, TicketTransferredEvent, QueueChangedEvent,
                 CounterChangedEvent, DeviceChangedEvent, DayRolloverEvent, AppointmentEvent,
                 FeedbackEvent, AlertEvent, ServiceChangedEvent, DisplayMessageEvent>;

// An event's params {seq, type, at, ...}.
struct EventView
{
    qint64 seq = 0;
    EventType type = EventType::TicketIssued;
    QDateTime at;
    EventPayload payload;
    bool operator==(const EventView &) const = default;

    // The payload as `T`, or null when the event has another shape.
    template <typename T> const T *as() const { return std::get_if<T>(&payload); }
    // The ticket of ticket.* events (null otherwise).
    const TicketView *ticket() const;
};

// stats.operators: the figures of every operator seen today.
struct OperatorStatsView
{
    std::vector<OperatorKpi> operators; // in config order
    QString serviceDay;
    qint64 seq = 0;
    bool operator==(const OperatorStatsView &) const = default;
};

// stats.range: the KPIs of the service days from..to (each day cut at
// untilTime, centre time, when given).
struct RangeStatsView
{
    QString from; // YYYY-MM-DD
    QString to;
    QString untilTime; // HH:MM, or empty for whole days
    int days = 0;
    Kpis kpis;
    bool operator==(const RangeStatsView &) const = default;
};

// One device of devices.list: kiosks and displays report their health
// (device.changed); every device is online while it has a connection.
struct DeviceView
{
    QString id;
    QString role; // kiosk | display | counter
    bool online = false;
    int connections = 0;
    std::optional<PrinterReport> printer; // kiosks that reported one
    QDateTime lastSeen;                   // its last device.changed, if any
    bool operator==(const DeviceView &) const = default;
};

// devices.list
struct DevicesView
{
    std::vector<DeviceView> devices; // in config order
    bool operator==(const DevicesView &) const = default;
};

// One entry of the audit trail (audit.list, docs/security.md): a manager's or
// operator's change, a failed login, a lockout, a config reload. Stored with
// the journal in the same file; `detail` never holds PINs, tokens or a
// citizen's name or phone.
struct AuditEntryView
{
    qint64 id = 0; // increasing, in the order written
    QDateTime at;
    QString action;  // the method (ticket.cancel, ...), login.failed, login.locked, config.reload
    QString actor;   // the operator id, else the device id (claimed, for a failed login)
    QString device;  // the device id of the connection; empty for the engine itself
    QString address; // the peer address; empty for the engine itself
    QString detail;  // the request's params as compact JSON, or a message
    bool operator==(const AuditEntryView &) const = default;
};

// The zone called `name` (CentreInfoView::timezone), else the centre
// config's default zone: clocks, opening hours and printed times use it.
QTimeZone centreTimeZone(const QString &name);

// Displays get only ticket.called, counter.changed, day.rollover and display.message.
bool isDisplayEvent(EventType type);
// The display's copy of `event` (reduced tickets, no operator); nullopt when
// displays do not get it.
std::optional<EventView> displayView(const EventView &event);

} // namespace novbe
