// Bookings: appointments booked, cancelled and checked in.
#include "bookings.h"

#include "numbering.h"
#include "queueenginestate.h"

#include <algorithm>
#include <tuple>

namespace novbe {

using namespace engineops;

namespace {

Status checkSlot(const QueueEngineState &s, const ServiceConfig &svc, const QDateTime &start,
                 const QDateTime &now)
{
    const AppointmentSettings &a = svc.appointments;
    if (!a.enabled)
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("service \"%1\" takes no appointments").arg(svc.id));
    if (start <= now)
        return makeError(ErrorCode::InvalidParams, QStringLiteral("the slot start is in the past"));
    const QDate today = now.toTimeZone(s.timeZone()).date();
    if (today.daysTo(start.toTimeZone(s.timeZone()).date()) > a.daysAhead)
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("\"%1\" takes bookings at most %2 days ahead")
                             .arg(svc.id)
                             .arg(a.daysAhead));
    const QTime local = start.toTimeZone(s.timeZone()).time();
    if (local.second() != 0 || local.msec() != 0
        || (local.msecsSinceStartOfDay() / 60000) % a.slotMin)
        return makeError(
            ErrorCode::InvalidParams,
            QStringLiteral("slots of \"%1\" start every %2 minutes").arg(svc.id).arg(a.slotMin));
    if (svc.hours && (local < svc.hours->open || local.addSecs(a.slotMin * 60) > svc.hours->close))
        return makeError(
            ErrorCode::ServiceClosed,
            QStringLiteral("the slot is outside the opening hours of \"%1\"").arg(svc.id));
    if (s.dayOf(start) == s.serviceDay()) {
        if (Status taking = checkControl(controlOf(s.controls(), svc.id), local); !taking)
            return taking.error();
    }
    if (placesTakenIn(s.appointments(), svc.id, start) >= a.perSlot)
        return makeError(ErrorCode::LimitReached, QStringLiteral("that slot is fully booked"));
    return okStatus();
}

// A code no booked appointment has. Compares in place rather than building a
// set of the codes on every booking (a day of bookings was quadratic in allocations).
QString newCode(QueueEngineState &s)
{
    for (;;) {
        const QString code = QString::number(100000 + s.randomInt(900000));
        const bool used = std::any_of(
            s.appointments().cbegin(), s.appointments().cend(), [&](const Appointment &a) {
                return a.state == AppointmentState::Booked && a.code == code;
            });
        if (!used)
            return code;
    }
}

const Appointment *findByCode(const QueueEngineState &s, const QString &code)
{
    const Appointment *found = nullptr;
    for (const Appointment &a : s.appointments()) {
        if (a.code == code && (!found || a.state == AppointmentState::Booked))
            found = &a;
    }
    return found;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

int placesTakenIn(const QHash<QString, Appointment> &appointments, const QString &service,
                  const QDateTime &start)
{
    int taken = 0;
    for (const Appointment &ap : appointments) {
        if (ap.service == service && ap.start == start
            && (ap.state == AppointmentState::Booked || ap.state == AppointmentState::CheckedIn))
            ++taken;
    }
    return taken;
}

Result<Outcome> Bookings::book(const BookRequest &request, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        const ServiceConfig *svc = d.index().service(request.service);
        if (!svc)
            return makeError(ErrorCode::UnknownService,
                             QStringLiteral("unknown service \"%1\"").arg(request.service));
        if (!d.config().centre.languages.contains(request.lang))
            return makeError(ErrorCode::InvalidParams,
                             QStringLiteral("unsupported language \"%1\"").arg(request.lang));
        if (Status st = checkSlot(d, *svc, request.start.toUTC(), now); !st)
            return st;
        Appointment a;
        a.id = d.newId(QStringLiteral("ap_"));
        a.code = newCode(d);
        a.service = svc->id;
        a.start = request.start.toUTC();
        a.end = a.start.addSecs(svc->appointments.slotMin * 60);
        a.citizenName = request.citizenName;
        a.citizenPhone = request.citizenPhone;
        a.bookedAt = now;
        a.lang = request.lang;
        d.putAppointment(a);
        out.appointments.push_back(a);
        d.addEvent(out, EventType::AppointmentBooked, now).appointment = a;
        out.appointment = a;
        return okStatus();
    });
}

Result<Outcome> Bookings::cancelAppointment(const QString &id, const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        auto it = d.appointments().constFind(id);
        if (it == d.appointments().constEnd())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("unknown appointment \"%1\"").arg(id));
        if (it->state != AppointmentState::Booked)
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("appointment is %1 and cannot be cancelled")
                                 .arg(appointmentStateName(it->state)));
        Appointment a = *it;
        a.state = AppointmentState::Cancelled;
        d.putAppointment(a);
        out.appointments.push_back(a);
        d.addEvent(out, EventType::AppointmentCancelled, now).appointment = a;
        out.appointment = a;
        return okStatus();
    });
}

Result<Outcome> Bookings::cancelByCode(const QString &code, const QString &phone,
                                       const QDateTime &now)
{
    const Appointment *found = findByCode(d, code);
    const QString digits = digitsOf(phone);
    if (!found || found->state != AppointmentState::Booked || digits.isEmpty()
        || digitsOf(found->citizenPhone) != digits)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no booking has this code and phone number"));
    return cancelAppointment(found->id, now);
}

Result<Outcome> Bookings::markMissed(const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        std::vector<Appointment> due;
        for (const Appointment &a : d.appointments()) {
            const ServiceConfig *svc = d.index().service(a.service);
            const int lateMin = svc ? svc->appointments.lateMin : 0;
            if (a.state == AppointmentState::Booked && now > a.start.addSecs(60 * lateMin))
                due.push_back(a);
        }
        std::sort(due.begin(), due.end(), [](const Appointment &x, const Appointment &y) {
            return std::tie(x.start, x.id) < std::tie(y.start, y.id);
        });
        for (Appointment &a : due) {
            a.state = AppointmentState::Missed;
            d.putAppointment(a);
            out.appointments.push_back(a);
            d.addEvent(out, EventType::AppointmentMissed, now).appointment = a;
        }
        return okStatus();
    });
}

Result<Outcome> Bookings::checkIn(const QString &code, const QString &lang, const QString &device,
                                  const QDateTime &now)
{
    return guarded(d, now, [&](Outcome &out) -> Status {
        const Appointment *found = findByCode(d, code);
        if (!found)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("no appointment has code %1").arg(code));
        Appointment a = *found;
        const ServiceConfig *svc = d.index().service(a.service);
        if (a.state == AppointmentState::Missed) // the window closed: as before the sweep
            return makeError(ErrorCode::TooLate,
                             QStringLiteral("check-in closed %1 minutes after the slot start")
                                 .arg(svc ? svc->appointments.lateMin : 0));
        if (a.state != AppointmentState::Booked)
            return makeError(
                ErrorCode::InvalidState,
                QStringLiteral("appointment is already %1").arg(appointmentStateName(a.state)));
        if (!svc)
            return makeError(ErrorCode::UnknownService,
                             QStringLiteral("the booked service is no longer offered"));
        const QDateTime opens = a.start.addSecs(-60 * svc->appointments.earlyMin);
        if (now < opens)
            return makeError(ErrorCode::TooEarly,
                             QStringLiteral("check-in opens %1 minutes before the slot")
                                 .arg(svc->appointments.earlyMin),
                             {{QStringLiteral("opensAt"), opens}});
        if (now > a.start.addSecs(60 * svc->appointments.lateMin))
            return makeError(ErrorCode::TooLate,
                             QStringLiteral("check-in closed %1 minutes after the slot start")
                                 .arg(svc->appointments.lateMin));
        IssueRequest r{
            a.service, QStringLiteral("standard"), lang.isEmpty() ? a.lang : lang, device, {},
            true};
        Result<Outcome> issued = issueTicket(d, r, now);
        if (!issued)
            return issued.error();
        Ticket t = *issued->ticket;
        t.appointment = a.id;
        t.slotStart = a.start;
        d.putTicket(t);
        for (DomainEvent &e : issued.value().events) {
            if (e.ticket && e.ticket->id == t.id)
                e.ticket = t;
        }
        a.state = AppointmentState::CheckedIn;
        a.ticket = t.id;
        d.putAppointment(a);
        out = std::move(issued).value();
        out.ticket = t;
        out.appointments.push_back(a);
        out.appointment = a;
        return okStatus();
    });
}

} // namespace novbe
