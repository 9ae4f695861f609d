// The manager's controls of the day: rules, operations, the rollover reset
// and the fold of a day's journal.
#include "managercontrols.h"

#include "queueenginestate.h"

namespace novbe {

using namespace engineops;

namespace {

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

Result<const ServiceConfig *> knownService(const QueueEngineState &s, const QString &service)
{
    const ServiceConfig *svc = s.index().service(service);
    if (!svc)
        return makeError(ErrorCode::UnknownService,
                         QStringLiteral("unknown service \"%1\"").arg(service));
    return svc;
}

void messageEvent(QueueEngineState &s, Outcome &out, const std::optional<DisplayMessage> &m,
                  const QDateTime &now)
{
    s.putMessage(m);
    s.addEvent(out, EventType::DisplayMessage, now).message = m;
}

} // namespace

ServiceControl controlOf(const DayControls &controls, const QString &service)
{
    const auto it = controls.services.constFind(service);
    return it != controls.services.cend() ? *it : ServiceControl{service, false, {}, {}};
}

Status checkControl(const ServiceControl &control, const QTime &local)
{
    if (control.closed)
        return makeError(
            ErrorCode::ServiceClosed,
            QStringLiteral("service \"%1\" is closed for new tickets today").arg(control.service),
            {{QStringLiteral("closedBy"), QStringLiteral("manager")}});
    if (control.cutoff && local >= *control.cutoff)
        return makeError(ErrorCode::ServiceClosed,
                         QStringLiteral("service \"%1\" takes no new tickets after %2 today")
                             .arg(control.service, hhmm(*control.cutoff)),
                         {{QStringLiteral("closedBy"), QStringLiteral("cutoff")},
                          {QStringLiteral("cutoff"), hhmm(*control.cutoff)}});
    return okStatus();
}

std::optional<DisplayMessage> activeMessage(const DayControls &controls, const QDateTime &now)
{
    if (!controls.message
        || (controls.message->expiresAt.isValid() && controls.message->expiresAt <= now))
        return std::nullopt;
    return controls.message;
}

std::optional<QTime> parseCutoff(const QString &text)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

DayControls controlsFromEvents(const std::vector<DomainEvent> &events)
{
    DayControls out;
    for (const DomainEvent &e : events) {
        if (e.type == EventType::DayRollover) {
            out = {};
        } else if (e.type == EventType::ServiceChanged && e.control) {
            if (e.control->closed || e.control->cutoff)
                out.services.insert(e.control->service, *e.control);
            else
                out.services.remove(e.control->service);
        } else if (e.type == EventType::DisplayMessage) {
            out.message = e.message;
        }
    }
    return out;
}

Result<Outcome> ManagerControls::putControl(ServiceControl control, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        d.putControl(control);
        d.addEvent(out, EventType::ServiceChanged, now).control = control;
        return okStatus();
    });
}

Result<Outcome> ManagerControls::setOpen(const QString &service, bool open, const QString &by,
                                         const QDateTime &now)
{
    const auto svc = knownService(d, service);
    if (!svc)
        return svc.error();
    ServiceControl control = controlOf(d.controls(), service);
    control.closed = !open;
    control.by = by;
    return putControl(control, now);
}

Result<Outcome> ManagerControls::setCutoff(const QString &service, std::optional<QTime> cutoff,
                                           const QString &by, const QDateTime &now)
{
    const auto svc = knownService(d, service);
    if (!svc)
        return svc.error();
    ServiceControl control = controlOf(d.controls(), service);
    control.cutoff = cutoff;
    control.by = by;
    return putControl(control, now);
}

Result<Outcome> ManagerControls::setMessage(const QString &text, const QDateTime &expiresAt,
                                            const QString &by, const QDateTime &now)
{
    const QString trimmed = text.simplified();
    if (trimmed.size() > MAX_MESSAGE_CHARS)
        return makeError(
            ErrorCode::InvalidParams,
            QStringLiteral("the message is longer than %1 characters").arg(MAX_MESSAGE_CHARS),
            {{QStringLiteral("param"), QStringLiteral("text")},
             {QStringLiteral("rule"), QStringLiteral("maxLength")}});
    if (!trimmed.isEmpty() && expiresAt.isValid() && expiresAt <= now)
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("the message would expire before it shows"),
                         {{QStringLiteral("param"), QStringLiteral("expiresAt")},
                          {QStringLiteral("rule"), QStringLiteral("future")}});
    return guarded(d, now, [&](Outcome &out) -> Status {
        std::optional<DisplayMessage> m;
        if (!trimmed.isEmpty())
            m = DisplayMessage{trimmed, expiresAt.toUTC(), by, now};
        messageEvent(d, out, m, now);
        return okStatus();
    });
}

namespace engineops {

void resetControls(QueueEngineState &s, Outcome &out, const QDateTime &now)
{
    for (const ServiceConfig &svc : s.config().services) {
        if (!s.controls().services.contains(svc.id))
            continue;
        ServiceControl c = controlOf(s.controls(), svc.id);
        c.closed = false;
        c.cutoff.reset();
        c.by.clear();
        s.putControl(c);
        s.addEvent(out, EventType::ServiceChanged, now).control = c;
    }
    if (s.controls().message)
        messageEvent(s, out, std::nullopt, now);
}

} // namespace engineops

} // namespace novbe
