// Appointments (book, check-in window, capacity, cancel) and feedback.
#include "testcentre.h"

#include "core/bookingreport.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;

namespace {
const QString PASSPORT = QStringLiteral("passport");

Appointment book(QueueEngine &e, const QDateTime &start)
{
    auto r = e.bookings().book(BookRequest{PASSPORT, start, QStringLiteral("Ləman Əliyeva"),
                                           QStringLiteral("+994501234567")},
                               baku(8, 0));
    REQUIRE(r.ok());
    e.commit();
    return *r->appointment;
}
} // namespace

TEST_CASE("booking checks slots, hours and capacity", "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    const Appointment a = book(e, baku(10, 0));
    CHECK(a.code.size() == 6);
    CHECK(a.end == baku(10, 15));
    CHECK(a.state == AppointmentState::Booked);
    book(e, baku(10, 0)); // perSlot 2
    auto full = e.bookings().book(BookRequest{PASSPORT, baku(10, 0), {}, {}}, baku(8, 0));
    CHECK(full.error().code == ErrorCode::LimitReached);
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(10, 7), {}, {}}, baku(8, 0)).error().code
          == ErrorCode::InvalidParams);
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(17, 50), {}, {}}, baku(8, 0)).error().code
          == ErrorCode::InvalidParams);
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(17, 45), {}, {}}, baku(8, 0)).ok());
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(18, 0), {}, {}}, baku(8, 0)).error().code
          == ErrorCode::ServiceClosed);
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(7, 0), {}, {}}, baku(8, 0)).error().code
          == ErrorCode::InvalidParams);
    CHECK(e.bookings()
              .book(BookRequest{QStringLiteral("bank"), baku(10, 0), {}, {}}, baku(8, 0))
              .error()
              .code
          == ErrorCode::InvalidParams);
    CHECK(e.bookings()
              .book(BookRequest{QStringLiteral("x"), baku(10, 0), {}, {}}, baku(8, 0))
              .error()
              .code
          == ErrorCode::UnknownService);
}

TEST_CASE("a booking keeps its language; a check-in without one issues the ticket in it",
          "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    BookRequest request{PASSPORT, baku(10, 0), {}, {}};
    request.lang = QStringLiteral("de");
    auto refused = e.bookings().book(request, baku(8, 0));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidParams);
    CHECK(e.query().appointments().empty());
    request.lang = QStringLiteral("ru");
    auto ru = e.bookings().book(request, baku(8, 0));
    REQUIRE(ru.ok());
    CHECK(ru->appointment->lang == QStringLiteral("ru"));
    CHECK(ru->events.front().appointment->lang == QStringLiteral("ru"));
    const Appointment az = book(e, baku(10, 0)); // no language given: az
    CHECK(az.lang == QStringLiteral("az"));
    e.commit();
    auto in = e.bookings().checkIn(ru->appointment->code, {}, {}, baku(9, 45));
    REQUIRE(in.ok());
    CHECK(in->ticket->lang == QStringLiteral("ru"));
    auto chosen = e.bookings().checkIn(az.code, QStringLiteral("en"), {}, baku(9, 45));
    REQUIRE(chosen.ok());
    CHECK(chosen->ticket->lang == QStringLiteral("en")); // the kiosk's choice wins
}

TEST_CASE("check-in window: too early, on time, too late", "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    const Appointment a = book(e, baku(10, 0));
    auto early = e.bookings().checkIn(a.code, {}, {}, baku(9, 29));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::TooEarly);
    CHECK(early.error().data.value(QStringLiteral("opensAt")).toDateTime() == baku(9, 30));
    SECTION("on time: a ticket with the appointment")
    {
        auto in = e.bookings().checkIn(a.code, QStringLiteral("ru"), QStringLiteral("k1"),
                                       baku(9, 30));
        REQUIRE(in.ok());
        CHECK(in->ticket->appointment == a.id);
        CHECK(in->ticket->slotStart == a.start);
        CHECK(in->ticket->lang == QStringLiteral("ru"));
        CHECK(in->appointment->state == AppointmentState::CheckedIn);
        CHECK(in->events.front().ticket->appointment == a.id);
        e.commit();
        CHECK(e.bookings().checkIn(a.code, {}, {}, baku(9, 31)).error().code
              == ErrorCode::InvalidState);
        CHECK(e.bookings().cancelAppointment(a.id, baku(9, 31)).error().code
              == ErrorCode::InvalidState);
    }
    SECTION("late")
    {
        CHECK(e.bookings().checkIn(a.code, {}, {}, baku(10, 10)).ok());
    }
    SECTION("too late")
    {
        CHECK(e.bookings().checkIn(a.code, {}, {}, baku(10, 10, 1)).error().code
              == ErrorCode::TooLate);
    }
    SECTION("cancelled")
    {
        REQUIRE(e.bookings().cancelAppointment(a.id, baku(9, 0)));
        CHECK(e.bookings().checkIn(a.code, {}, {}, baku(9, 45)).error().code
              == ErrorCode::InvalidState);
        CHECK(e.bookings().cancelAppointment(QStringLiteral("ap_x"), baku(9, 0)).error().code
              == ErrorCode::NotFound);
    }
    CHECK(e.bookings().checkIn(QStringLiteral("000000"), {}, {}, baku(9, 45)).error().code
          == ErrorCode::NotFound);
}

TEST_CASE("feedback: once per served ticket", "[core][feedback]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    const QString c3 = QStringLiteral("c3");
    const QString id = e.flow().issue(walkIn(QStringLiteral("bank")), baku(9, 0))->ticket->id;
    CHECK(e.reports().submitFeedback(id, 5, {}, baku(9, 1)).error().code
          == ErrorCode::InvalidState);
    REQUIRE(e.desks().openCounter(c3, QStringLiteral("op3"), QStringLiteral("Kamran"), baku(9, 0)));
    REQUIRE(e.desks().callNext(c3, baku(9, 1)));
    REQUIRE(e.desks().start(c3, baku(9, 1)));
    REQUIRE(e.desks().finish(c3, {}, baku(9, 5)));
    CHECK(e.reports().submitFeedback(id, 6, {}, baku(9, 6)).error().code
          == ErrorCode::InvalidParams);
    auto ok = e.reports().submitFeedback(id, 4, QStringLiteral("Çox sağ olun"), baku(9, 6));
    REQUIRE(ok.ok());
    CHECK(ok->events.front().type == EventType::FeedbackSubmitted);
    CHECK(ok->events.front().feedback->operatorId == QStringLiteral("op3"));
    CHECK(e.reports().submitFeedback(id, 4, {}, baku(9, 7)).error().code
          == ErrorCode::InvalidState);
    CHECK(e.reports().submitFeedback(QStringLiteral("t_x"), 4, {}, baku(9, 7)).error().code
          == ErrorCode::NotFound);
}

TEST_CASE("a booking is missed the moment its check-in window closes", "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    const Appointment a = book(e, baku(10, 0)); // lateMin 10
    auto none = e.bookings().markMissed(baku(10, 10));
    REQUIRE(none.ok());
    CHECK(none->empty()); // at start + lateMin the window is still open
    e.commit();
    auto missed = e.bookings().markMissed(baku(10, 10).addMSecs(1));
    REQUIRE(missed.ok());
    REQUIRE(missed->events.size() == 1);
    CHECK(missed->events[0].type == EventType::AppointmentMissed);
    CHECK(missed->events[0].appointment->state == AppointmentState::Missed);
    e.commit();
    CHECK(e.query().appointment(a.id)->state == AppointmentState::Missed);
    CHECK(e.bookings().markMissed(baku(11, 0))->empty()); // once
    CHECK(e.bookings().checkIn(a.code, {}, {}, baku(10, 11)).error().code == ErrorCode::TooLate);
    CHECK(e.bookings().cancelAppointment(a.id, baku(10, 11)).error().code
          == ErrorCode::InvalidState);
}

TEST_CASE("cancel by code and phone compares the phone's digits", "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    const Appointment a = book(e, baku(10, 0)); // phone +994501234567
    CHECK(
        e.bookings().cancelByCode(a.code, QStringLiteral("+994501234568"), baku(8, 0)).error().code
        == ErrorCode::NotFound);
    CHECK(e.bookings()
              .cancelByCode(QStringLiteral("000000"), QStringLiteral("+994501234567"), baku(8, 0))
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(e.bookings().cancelByCode(a.code, QStringLiteral("---"), baku(8, 0)).error().code
          == ErrorCode::NotFound);
    auto done = e.bookings().cancelByCode(a.code, QStringLiteral("+994 (50) 123-45-67"),
                                          baku(8, 0));
    REQUIRE(done.ok());
    CHECK(done->appointment->state == AppointmentState::Cancelled);
}

TEST_CASE("bookings open daysAhead local days ahead", "[core][appointments]")
{
    CentreConfig config = centre();
    for (ServiceConfig &s : config.services)
        s.appointments.daysAhead = 1;
    QueueEngine e(config, 9);
    startDay(e);
    const QDateTime tomorrow = baku(10, 0).addDays(1);
    CHECK(e.bookings().book(BookRequest{PASSPORT, tomorrow, {}, {}}, baku(8, 0)).ok());
    CHECK(e.bookings()
              .book(BookRequest{PASSPORT, tomorrow.addDays(1), {}, {}}, baku(8, 0))
              .error()
              .code
          == ErrorCode::InvalidParams);
}

TEST_CASE("the booking report counts states, rates and check-in earliness", "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    const Appointment early = book(e, baku(10, 0));
    const Appointment late = book(e, baku(10, 0));
    book(e, baku(10, 15));                                               // missed below
    const Appointment gone = book(e, baku(10, 30));                      // cancelled
    book(e, baku(11, 0));                                                // still booked
    REQUIRE(e.bookings().checkIn(early.code, {}, {}, baku(9, 40)).ok()); // 20 min early
    REQUIRE(e.bookings().checkIn(late.code, {}, {}, baku(10, 5)).ok());  // 5 min late
    REQUIRE(e.bookings().cancelAppointment(gone.id, baku(9, 50)).ok());
    REQUIRE(e.bookings().markMissed(baku(10, 26)).ok());
    e.commit();
    const BookingReport r = bookingReport(e.query().appointments(), e.query().tickets(),
                                          baku(10, 0).toTimeZone(QTimeZone("Asia/Baku")).date(),
                                          QTimeZone("Asia/Baku"));
    CHECK(r.bookings == 5);
    CHECK(r.checkedIn == 2);
    CHECK(r.missed == 1);
    CHECK(r.cancelled == 1);
    CHECK(r.booked == 1);
    CHECK(r.checkInRate == Approx(2.0 / 3));
    CHECK(r.missedRate == Approx(1.0 / 3));
    CHECK(r.earliness == std::array<int, 6>{1, 0, 1, 0, 0, 0}); // late, 15-30
}

namespace {
// A source that hands out a scripted list of numbers (then repeats the last).
class ScriptedRandom final : public RandomSource
{
public:
    explicit ScriptedRandom(std::vector<quint64> values) : m_values(std::move(values)) {}
    quint64 bounded(quint64 bound) override
    {
        const quint64 v = m_values[std::min(m_next, m_values.size() - 1)];
        ++m_next;
        return v % bound;
    }
    std::unique_ptr<RandomSource> clone() const override
    {
        return std::make_unique<ScriptedRandom>(*this);
    }

private:
    std::vector<quint64> m_values;
    size_t m_next = 0;
};
} // namespace

TEST_CASE("booking codes and ids come from the source the engine is given", "[core][appointments]")
{
    // Booking draws the appointment id's random part, then the code. A code
    // already booked is drawn again.
    QueueEngine e(
        centre(),
        std::make_unique<ScriptedRandom>(std::vector<quint64>{7, 123456, 8, 123456, 654321}));
    startDay(e);
    const Appointment first = book(e, baku(10, 0));
    CHECK(first.code == QStringLiteral("223456"));
    CHECK(first.id.endsWith(QStringLiteral("00007")));
    const Appointment second = book(e, baku(10, 0));
    CHECK(second.code == QStringLiteral("754321"));
}

TEST_CASE("a seeded source repeats the draws of a rolled-back booking", "[core][appointments]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    auto r = e.bookings().book(BookRequest{PASSPORT, baku(10, 0), {}, {}}, baku(8, 0));
    REQUIRE(r.ok());
    const QString code = r->appointment->code;
    e.rollback();
    CHECK(e.query().appointments().empty());
    CHECK(book(e, baku(10, 0)).code == code);
}
