// Appointments (book, check-in window, capacity, cancel) and feedback.
#include "testcentre.h"

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
