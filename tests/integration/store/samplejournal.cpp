#include "storetestsupport.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe::test {

CentreConfig storeTestConfig()
{
    CentreConfig config;
    config.centre.id = u"test-1"_s;
    config.centre.name = {{u"az"_s, u"Test"_s}, {u"en"_s, u"Test"_s}};
    config.categories = {Category{u"standard"_s, {{u"en"_s, u"Standard"_s}}, 0, false, {}},
                         Category{u"priority"_s, {{u"en"_s, u"Priority"_s}}, 10, true, {}}};
    ServiceConfig passport;
    passport.id = u"passport"_s;
    passport.prefix = u"A"_s;
    passport.name = {{u"en"_s, u"Passport"_s}};
    passport.appointments.enabled = true;
    ServiceConfig idcard = passport;
    idcard.id = u"idcard"_s;
    idcard.prefix = u"B"_s;
    idcard.name = {{u"en"_s, u"ID card"_s}};
    config.services = {passport, idcard};
    const std::vector<CounterService> both{{u"passport"_s, 1.0}, {u"idcard"_s, 1.0}};
    config.counters = {CounterConfig{u"c01"_s, {{u"en"_s, u"1"_s}}, both},
                       CounterConfig{u"c02"_s, {{u"en"_s, u"2"_s}}, both}};
    return config;
}

SampleJournal::SampleJournal(QString serviceDay, qint64 lastSeq)
    : m_day(std::move(serviceDay)), m_seq(lastSeq), m_ids(int(lastSeq))
{
    const QDate date = QDate::fromString(m_day, Qt::ISODate);
    m_now = QDateTime(date, QTime(9, 0), QTimeZone("Asia/Baku")).toUTC();
}

DomainEvent SampleJournal::event(EventType type)
{
    DomainEvent e;
    e.seq = ++m_seq;
    e.type = type;
    e.at = m_now;
    return e;
}

Outcome SampleJournal::issue(const QString &service, const QString &note)
{
    const QString prefix = service == u"idcard"_s ? u"B"_s : u"A"_s;
    m_now = m_now.addSecs(30);
    Ticket t;
    t.id = u"t_%1_%2"_s.arg(m_day, QString::number(++m_ids));
    t.numberValue = ++m_numbers[service];
    t.number = prefix + u"%1"_s.arg(t.numberValue, 3, 10, QLatin1Char('0'));
    t.service = t.originalService = service;
    t.issuedAt = t.queuedAt = m_now;
    t.serviceDay = m_day;
    t.device = u"kiosk-1"_s;
    t.requestId = u"req-%1"_s.arg(m_ids);
    t.note = note;
    Outcome out;
    DomainEvent issued = event(EventType::TicketIssued);
    t.issueSeq = t.orderKey = issued.seq;
    issued.ticket = t;
    DomainEvent queue = event(EventType::QueueChanged);
    queue.service = service;
    queue.waitingCount = t.numberValue;
    out.events = {issued, queue};
    out.ticket = t;
    return out;
}

Outcome SampleJournal::issueTicket(int i)
{
    Outcome out = issue(i % 3 == 2 ? u"idcard"_s : u"passport"_s);
    if (i % 7 == 3) {
        out.ticket->category = u"priority"_s;
        out.ticket->lang = u"ru"_s;
        out.events[0].ticket = out.ticket;
    }
    return out;
}

Outcome SampleJournal::counterOpened(const QString &counter)
{
    CounterStatus c;
    c.id = counter;
    c.state = CounterState::Idle;
    c.operatorId = u"op-"_s + counter;
    c.operatorName = u"Operator "_s + counter;
    c.changedAt = m_now;
    DomainEvent changed = event(EventType::CounterChanged);
    changed.counter = c;
    Outcome out;
    out.events = {changed};
    return out;
}

Outcome SampleJournal::deviceChanged()
{
    DomainEvent changed = event(EventType::DeviceChanged);
    changed.device = u"kiosk-1"_s;
    changed.online = true;
    changed.printerState = u"paperLow"_s;
    changed.printerDetail = u"roll nearly empty"_s;
    Outcome out;
    out.events = {changed};
    return out;
}

// A centre alert raised, acknowledged and cleared (alert.* events).
Outcome SampleJournal::alerts()
{
    AlertRecord a{42,
                  u"PRINTER_OFFLINE"_s,
                  u"critical"_s,
                  u"kiosk-1"_s,
                  -1,
                  0,
                  u"coverOpen"_s,
                  u"kiosk-1: printer coverOpen — qapaq açıqdır"_s,
                  m_now,
                  QDateTime(),
                  QString(),
                  QDateTime()};
    Outcome out;
    out.events.push_back(event(EventType::AlertRaised));
    out.events.back().alert = a;
    m_now = m_now.addSecs(61);
    a.ackedBy = u"dashboard-1"_s;
    a.ackedAt = m_now;
    out.events.push_back(event(EventType::AlertAcknowledged));
    out.events.back().alert = a;
    m_now = m_now.addSecs(300);
    a.clearedAt = m_now;
    out.events.push_back(event(EventType::AlertCleared));
    out.events.back().alert = a;
    return out;
}

// Moves one ticket through calls to its end state (by i); appends events.
void SampleJournal::advance(Outcome &out, Ticket &t, int i)
{
    const int kind = i % 6;
    if (kind == 2 || kind == 3) { // cancelled or still waiting
        if (kind == 2) {
            m_now = m_now.addSecs(20);
            t.state = TicketState::Cancelled;
            t.endedAt = m_now;
            DomainEvent e = event(EventType::TicketCancelled);
            e.ticket = t;
            out.events.push_back(e);
        }
        return;
    }
    CounterStatus c;
    c.id = i % 2 ? u"c02"_s : u"c01"_s;
    c.operatorId = u"op-"_s + c.id;
    c.operatorName = u"Operator "_s + c.id;
    auto step = [&](EventType type, TicketState ticketState, CounterState counterState) {
        m_now = m_now.addSecs(45 + i);
        t.state = ticketState;
        c.state = counterState;
        c.ticket = counterState == CounterState::Idle ? QString() : t.id;
        c.changedAt = m_now;
        DomainEvent e = event(type);
        e.ticket = t;
        e.counter = c;
        DomainEvent ce = event(EventType::CounterChanged);
        ce.counter = c;
        out.events.push_back(e);
        out.events.push_back(ce);
    };
    t.counter = c.id;
    t.calledAt = t.firstCalledAt = m_now.addSecs(45 + i);
    step(EventType::TicketCalled, TicketState::Called, CounterState::Calling);
    if (kind == 4) {
        t.recalls = 1;
        t.calledAt = m_now.addSecs(45 + i);
        step(EventType::TicketCalled, TicketState::Called, CounterState::Calling);
        out.events[out.events.size() - 2].recall = true;
    }
    if (kind == 1) {
        t.endedAt = m_now.addSecs(45 + i);
        step(EventType::TicketNoShow, TicketState::NoShow, CounterState::Idle);
    } else if (kind == 5) {
        step(EventType::TicketParked, TicketState::Parked, CounterState::Idle);
    } else {
        t.startedAt = m_now.addSecs(45 + i);
        step(EventType::TicketServing, TicketState::Serving, CounterState::Serving);
        t.endedAt = m_now.addSecs(45 + i);
        t.outcome = u"issued"_s;
        step(EventType::TicketFinished, TicketState::Done, CounterState::Idle);
    }
}

Outcome SampleJournal::book(int minutesFromStart, const Ticket *checkedIn)
{
    Appointment a;
    a.id = u"ap_%1_%2"_s.arg(m_day).arg(++m_ids);
    a.code = u"%1"_s.arg(100000 + m_ids);
    a.service = u"passport"_s;
    a.start = m_now.addSecs(minutesFromStart * 60);
    a.end = a.start.addSecs(15 * 60);
    a.citizenName = u"Aysel Məmmədova"_s;
    a.citizenPhone = u"+994501234567"_s;
    a.bookedAt = m_now;
    Outcome out;
    DomainEvent booked = event(EventType::AppointmentBooked);
    booked.appointment = a;
    out.events.push_back(booked);
    if (checkedIn) {
        // The journal keeps the ticket as issued; the appointment row links it.
        a.state = AppointmentState::CheckedIn;
        a.ticket = checkedIn->id;
    }
    out.appointments = {a};
    return out;
}

std::vector<Outcome> SampleJournal::day(int tickets)
{
    std::vector<Outcome> outcomes{counterOpened(u"c01"_s), counterOpened(u"c02"_s),
                                  deviceChanged()};
    for (int i = 0; i < tickets; ++i)
        outcomes.push_back(issueTicket(i));
    for (int i = 0; i < tickets; ++i) {
        Ticket t = *outcomes[size_t(3 + i)].ticket;
        Outcome out;
        advance(out, t, i);
        if (t.state == TicketState::Done && i % 4 == 0) {
            Feedback f{t.id,      1 + i % 5, u"rəy %1"_s.arg(i), t.counter, u"op-"_s + t.counter,
                       t.service, m_now};
            DomainEvent e = event(EventType::FeedbackSubmitted);
            e.feedback = f;
            out.events.push_back(e);
        }
        if (!out.events.empty())
            outcomes.push_back(out);
    }
    outcomes.push_back(book(120));      // later today
    outcomes.push_back(book(-24 * 60)); // yesterday: ended
    outcomes.push_back(book(26 * 60));  // tomorrow
    const Outcome checkedIn = issue(u"passport"_s);
    outcomes.push_back(checkedIn);
    outcomes.push_back(book(5, &*checkedIn.ticket));
    return outcomes;
}

} // namespace novbe::test
