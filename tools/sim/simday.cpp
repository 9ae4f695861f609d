// SimDay: setting up the day, the event loop, arrivals and shifts.
#include "simday.h"

#include <QTimeZone>

namespace novbe::sim {

namespace {

constexpr qint64 MINUTE = 60 * 1000;
const QString DEVICE = QStringLiteral("sim-kiosk");
// The service day ends at local midnight (the engine resets what is left).
constexpr qint64 END_OF_DAY = 24 * 60 * MINUTE - 1;

} // namespace

SimDay::SimDay(const CentreConfig &config, const DayProfile &profile, const SimOptions &options,
               DayInput input)
    : m_config(config)
    , m_profile(profile)
    , m_options(options)
    , m_engine(config, profile.seed)
    , m_walkIns(std::move(input.walkIns))
    , m_bookings(std::move(input.bookings))
    , m_shifts(std::move(input.shifts))
    , m_breaks(std::move(input.breaks))
{
    const QTimeZone tz(config.centre.timezone.toUtf8());
    m_midnight = QDateTime(profile.date, QTime(0, 0), tz).toUTC();
    for (size_t i = 0; i < config.services.size(); ++i)
        m_serviceIndex.insert(config.services[i].id, int(i));
    for (size_t i = 0; i < config.categories.size(); ++i)
        m_categoryIndex.insert(config.categories[i].id, int(i));
    m_waiting.assign(config.services.size(), 0);
    for (const CounterConfig &cc : config.counters) {
        Desk d;
        d.id = cc.id;
        for (const CounterService &cs : cc.services) {
            if (cs.weight > 0 && m_serviceIndex.contains(cs.service))
                d.services.push_back(m_serviceIndex.value(cs.service));
        }
        m_desks.push_back(d);
    }
    m_result.counters.assign(m_desks.size(), CounterRecord{});
    m_result.overtakeMin.assign(config.services.size(),
                                std::vector<double>(config.categories.size(), 0.0));
}

void SimDay::schedule(qint64 ms, Kind kind, int a)
{
    m_events.push(Event{ms, m_seq++, kind, a});
}

SimResult SimDay::run()
{
    start();
    advance(m_options.stopAtMs > 0 ? m_options.stopAtMs : END_OF_DAY);
    return finish();
}

void SimDay::start()
{
    bookAll();
    for (size_t i = 0; i < m_shifts.size(); ++i) {
        schedule(m_shifts[i].openMs, Kind::Open, int(i));
        schedule(m_shifts[i].closeMs, Kind::Close, int(i));
    }
    for (size_t i = 0; i < m_breaks.size(); ++i) {
        schedule(m_breaks[i].startMs, Kind::BreakStart, int(i));
        schedule(m_breaks[i].endMs, Kind::BreakEnd, int(i));
    }
    for (size_t i = 0; i < m_walkIns.size(); ++i)
        schedule(m_walkIns[i].atMs, Kind::WalkIn, int(i));
    for (size_t i = 0; i < m_bookings.size(); ++i) {
        if (m_bookings[i].comes)
            schedule(m_bookings[i].arriveMs, Kind::CheckIn, int(i));
        else
            ++m_result.neverCame;
    }
}

void SimDay::advance(qint64 stopMs)
{
    const qint64 stop = std::min(stopMs, END_OF_DAY);
    while (!m_events.empty() && m_events.top().ms < stop) {
        const Event e = m_events.top();
        m_events.pop();
        advanceTo(e.ms);
        handle(e);
        if (m_options.checkInvariants)
            checkInvariants();
    }
}

SimResult SimDay::finish()
{
    m_result.lastEventMs = m_now;
    return std::move(m_result);
}

void SimDay::replan(std::vector<Shift> shifts, qint64 fromMs)
{
    std::vector<Event> kept;
    while (!m_events.empty()) {
        if (m_events.top().kind != Kind::Open && m_events.top().kind != Kind::Close)
            kept.push_back(m_events.top());
        m_events.pop();
    }
    m_events = decltype(m_events)(Later(), std::move(kept));
    m_shifts = std::move(shifts);
    // start() gives the shifts the first sequence numbers, so at one instant
    // they come first, in shift order, the open before the close.
    const qint64 base = -2 * qint64(m_shifts.size());
    for (size_t i = 0; i < m_shifts.size(); ++i) {
        const qint64 seq = base + 2 * qint64(i);
        if (m_shifts[i].openMs >= fromMs)
            m_events.push(Event{m_shifts[i].openMs, seq, Kind::Open, int(i)});
        if (m_shifts[i].closeMs >= fromMs)
            m_events.push(Event{m_shifts[i].closeMs, seq + 1, Kind::Close, int(i)});
    }
}

void SimDay::advanceTo(qint64 ms)
{
    const qint64 dt = ms - m_now;
    m_now = ms;
    if (dt <= 0)
        return;
    for (size_t i = 0; i < m_desks.size(); ++i) {
        const Desk &d = m_desks[i];
        if (!d.staffed || d.paused)
            continue;
        CounterRecord &r = m_result.counters[i];
        r.staffedMs += dt;
        if (!d.ticket.isEmpty())
            r.busyMs += dt;
        else if (anyWaiting(d))
            r.idleWhileWaitingMs += dt;
    }
}

void SimDay::handle(const Event &e)
{
    switch (e.kind) {
        case Kind::WalkIn: walkIn(e.a); break;
        case Kind::CheckIn: checkIn(e.a); break;
        case Kind::Open: open(e.a); break;
        case Kind::Close: close(e.a); break;
        case Kind::BreakStart: breakStart(m_breaks[size_t(e.a)].counter); break;
        case Kind::BreakEnd: breakEnd(m_breaks[size_t(e.a)].counter); break;
        case Kind::Start: startService(e.a); break;
        case Kind::Done: done(e.a); break;
        case Kind::NoShow: noShow(e.a); break;
    }
}

bool SimDay::apply(const Result<Outcome> &r, const char *what)
{
    if (!r) {
        fail(QStringLiteral("%1 refused: %2").arg(QLatin1String(what), r.error().message));
        return false;
    }
    for (const DomainEvent &e : r->events) {
        if (e.type == EventType::QueueChanged && m_serviceIndex.contains(e.service))
            m_waiting[size_t(m_serviceIndex.value(e.service))] = e.waitingCount;
    }
    m_engine.commit();
    if (m_options.onOutcome)
        m_options.onOutcome(*r);
    return true;
}

void SimDay::fail(const QString &what)
{
    if (m_result.invariantFailures.size() < 20)
        m_result.invariantFailures.push_back(
            QStringLiteral("%1: %2").arg(at(m_now).toString(Qt::ISODate), what));
}

void SimDay::bookAll()
{
    const qint64 bookedAt = 7 * 60 * MINUTE; // before the centre opens
    m_now = bookedAt;
    for (const Booking &b : m_bookings) {
        BookRequest r;
        r.service = m_config.services[size_t(b.service)].id;
        r.start = at(b.slotMs);
        r.citizenName = QStringLiteral("Sim");
        Result<Outcome> out = m_engine.bookings().book(r, at(bookedAt));
        m_codes.push_back(out ? out->appointment->code : QString());
        if (apply(out, "book"))
            ++m_result.booked;
    }
}

void SimDay::walkIn(int i)
{
    const WalkIn &w = m_walkIns[size_t(i)];
    IssueRequest r;
    r.service = m_config.services[size_t(w.service)].id;
    r.category = m_config.categories[size_t(w.category)].id;
    r.device = DEVICE;
    Result<Outcome> out = m_engine.flow().issue(r, at(m_now));
    if (!out) {
        ++m_result.refused;
        return;
    }
    apply(out, "issue");
    issued(*out->ticket, w.category, false, w.plan, m_now);
    dispatchService(w.service);
}

void SimDay::checkIn(int i)
{
    const Booking &b = m_bookings[size_t(i)];
    Result<Outcome> out = m_engine.bookings().checkIn(m_codes[size_t(i)], QStringLiteral("az"),
                                                      DEVICE, at(m_now));
    if (!out) {
        const DomainError &e = out.error();
        if (e.code == ErrorCode::TooEarly) {
            ++m_result.retriedEarly;
            const QDateTime opens = e.data.value(QStringLiteral("opensAt")).toDateTime();
            schedule(std::max(m_now + 1, m_midnight.msecsTo(opens)), Kind::CheckIn, i);
        } else if (e.code == ErrorCode::TooLate) {
            ++m_result.refusedLate;
        } else if (e.code == ErrorCode::ServiceClosed && m_now < b.slotMs) {
            // Before the service opens: the citizen waits for the doors.
            const QTime opens = QTime::fromString(
                e.data.value(QStringLiteral("opensAt")).toString(), QStringLiteral("HH:mm"));
            const qint64 openMs = qint64(opens.msecsSinceStartOfDay());
            schedule(std::max(m_now + 1, openMs), Kind::CheckIn, i);
        } else {
            fail(QStringLiteral("check-in refused: ") + e.message);
        }
        return;
    }
    apply(out, "checkIn");
    issued(*out->ticket, m_categoryIndex.value(QStringLiteral("standard")), true, b.plan,
           std::max(m_now, b.slotMs));
    dispatchService(b.service);
}

void SimDay::issued(const Ticket &t, int category, bool appointment, const Plan &plan,
                    qint64 fromMs)
{
    TicketRecord rec;
    rec.service = m_serviceIndex.value(t.service);
    rec.category = category;
    rec.appointment = appointment;
    rec.issuedMs = m_now;
    rec.etaSec = m_options.estimates ? m_engine.query().estimate(t.id, at(m_now)).etaSec : 0;
    Citizen c;
    c.record = int(m_result.tickets.size());
    c.plan = plan;
    c.fromMs = fromMs;
    m_result.tickets.push_back(rec);
    m_citizens.insert(t.id, c);
}

void SimDay::open(int shift)
{
    const Shift &s = m_shifts[size_t(shift)];
    Desk &d = m_desks[size_t(s.counter)];
    d.closing = false;
    if (d.staffed)
        return;
    if (!apply(m_engine.desks().openCounter(d.id, QStringLiteral("op-") + d.id, d.id, at(m_now)),
               "openCounter"))
        return;
    d.staffed = true;
    dispatch(s.counter);
}

void SimDay::close(int shift)
{
    const Shift &s = m_shifts[size_t(shift)];
    Desk &d = m_desks[size_t(s.counter)];
    if (!d.staffed)
        return;
    d.closing = true;
    d.drain = s.last;
    if (d.paused) {
        apply(m_engine.desks().resume(d.id, at(m_now)), "resume");
        d.paused = false;
    }
    if (d.ticket.isEmpty())
        afterTicket(s.counter);
}

void SimDay::closeNow(int c)
{
    Desk &d = m_desks[size_t(c)];
    apply(m_engine.desks().closeCounter(d.id, at(m_now)), "closeCounter");
    d.staffed = false;
    d.closing = false;
    d.breakPending = false;
}

void SimDay::breakStart(int c)
{
    Desk &d = m_desks[size_t(c)];
    if (!d.staffed || d.closing)
        return;
    if (!d.ticket.isEmpty()) {
        d.breakPending = true;
        return;
    }
    apply(m_engine.desks().pause(d.id, QStringLiteral("break"), at(m_now)), "pause");
    d.paused = true;
}

void SimDay::breakEnd(int c)
{
    Desk &d = m_desks[size_t(c)];
    d.breakPending = false;
    if (!d.paused)
        return;
    apply(m_engine.desks().resume(d.id, at(m_now)), "resume");
    d.paused = false;
    dispatch(c);
}

} // namespace novbe::sim
