// Call order of protocol.md section 6.
#include "testcentre.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;

namespace {

struct Hall
{
    QueueEngine e{centre(), 7};
    Hall() { startDay(e); }

    QString issue(const QString &service, const QDateTime &at,
                  const QString &category = QStringLiteral("standard"))
    {
        auto r = e.flow().issue(walkIn(service, category), at);
        REQUIRE(r.ok());
        e.commit();
        return r->ticket->number;
    }
    void open(const QString &counter, const QDateTime &at)
    {
        REQUIRE(e.desks().openCounter(counter, QStringLiteral("op-") + counter, {}, at).ok());
    }
    // Calls the next ticket at `counter` and frees the counter again.
    QString next(const QString &counter, const QDateTime &at)
    {
        auto r = e.desks().callNext(counter, at);
        REQUIRE(r.ok());
        if (!r->ticket)
            return QStringLiteral("none");
        REQUIRE(e.desks().noShow(counter, at).ok());
        e.commit();
        return r->ticket->number;
    }
};

const QString PASSPORT = QStringLiteral("passport");
const QString IDCARD = QStringLiteral("idcard");

} // namespace

TEST_CASE("longest wait first among equals", "[core][routing]")
{
    Hall h;
    h.issue(PASSPORT, baku(9, 0));
    h.issue(PASSPORT, baku(9, 5));
    h.open(QStringLiteral("c4"), baku(9, 10));
    CHECK(h.next(QStringLiteral("c4"), baku(9, 10)) == QStringLiteral("A001"));
    CHECK(h.next(QStringLiteral("c4"), baku(9, 10)) == QStringLiteral("A002"));
    CHECK(h.next(QStringLiteral("c4"), baku(9, 10)) == QStringLiteral("none"));
}

TEST_CASE("a priority ticket overtakes by at most its boost", "[core][routing]")
{
    Hall h;
    h.open(QStringLiteral("c4"), baku(9, 0));
    SECTION("boost wins while the standard ticket waited less than the boost")
    {
        h.issue(PASSPORT, baku(9, 0));                                // waits 29 min
        h.issue(PASSPORT, baku(9, 29), QStringLiteral("disability")); // 0 + 30
        CHECK(h.next(QStringLiteral("c4"), baku(9, 29)) == QStringLiteral("A002"));
    }
    SECTION("bounded overtaking: a standard ticket waiting longer than the boost goes first")
    {
        h.issue(PASSPORT, baku(9, 0));                                // waits 31 min
        h.issue(PASSPORT, baku(9, 31), QStringLiteral("disability")); // 0 + 30
        CHECK(h.next(QStringLiteral("c4"), baku(9, 31)) == QStringLiteral("A001"));
    }
    SECTION("boosts differ by category")
    {
        h.issue(PASSPORT, baku(9, 0), QStringLiteral("elderly"));    // 5 + 20
        h.issue(PASSPORT, baku(9, 5), QStringLiteral("disability")); // 0 + 30
        CHECK(h.next(QStringLiteral("c4"), baku(9, 5)) == QStringLiteral("A002"));
    }
}

TEST_CASE("counter weights scale the score per service", "[core][routing]")
{
    Hall h;
    h.open(QStringLiteral("c1"), baku(9, 0)); // passport x2, idcard x1
    h.issue(IDCARD, baku(9, 0));              // 10 min x 1 = 10
    h.issue(PASSPORT, baku(9, 4));            // 6 min x 2 = 12
    CHECK(h.next(QStringLiteral("c1"), baku(9, 10)) == QStringLiteral("A001"));
    h.issue(IDCARD, baku(9, 10));
    h.issue(PASSPORT, baku(9, 16)); // at 9:20: B001 20, B002 10, A002 8
    CHECK(h.next(QStringLiteral("c1"), baku(9, 20)) == QStringLiteral("B001"));
    CHECK(h.next(QStringLiteral("c1"), baku(9, 20)) == QStringLiteral("B002"));
    SECTION("a counter only calls its own services")
    {
        h.issue(QStringLiteral("bank"), baku(9, 0));
        h.open(QStringLiteral("c2"), baku(9, 20));
        CHECK(h.next(QStringLiteral("c2"), baku(9, 20)) == QStringLiteral("none"));
    }
}

TEST_CASE("ties go to the earlier issue time, then the lower seq", "[core][routing]")
{
    Hall h;
    h.open(QStringLiteral("c4"), baku(9, 0));
    h.issue(IDCARD, baku(9, 0));
    h.issue(PASSPORT, baku(9, 0)); // same time, same score, later seq
    h.issue(IDCARD, baku(9, 0, 1));
    CHECK(h.next(QStringLiteral("c4"), baku(9, 10)) == QStringLiteral("B001"));
    CHECK(h.next(QStringLiteral("c4"), baku(9, 10)) == QStringLiteral("A001"));
    CHECK(h.next(QStringLiteral("c4"), baku(9, 10)) == QStringLiteral("B002"));
}

TEST_CASE("checked-in appointments whose slot started come first", "[core][routing]")
{
    Hall h;
    BookRequest b{PASSPORT, baku(10, 0), QStringLiteral("Aysel"), {}};
    auto booked = h.e.bookings().book(b, baku(8, 0));
    REQUIRE(booked.ok());
    BookRequest b2{PASSPORT, baku(9, 45), {}, {}};
    auto booked2 = h.e.bookings().book(b2, baku(8, 0));
    REQUIRE(booked2.ok());
    h.e.commit();
    h.issue(PASSPORT, baku(9, 0), QStringLiteral("disability")); // A001
    auto in1 = h.e.bookings().checkIn(booked->appointment->code, {}, {},
                                      baku(9, 40)); // A002, slot 10:00
    REQUIRE(in1.ok());
    auto in2 = h.e.bookings().checkIn(booked2->appointment->code, {}, {},
                                      baku(9, 41)); // A003, slot 9:45
    REQUIRE(in2.ok());
    h.e.commit();
    h.open(QStringLiteral("c4"), baku(9, 42));
    // 9:42: no slot has started: A001 (42 + 30) beats A002 (2) and A003 (1)
    CHECK(h.next(QStringLiteral("c4"), baku(9, 42)) == QStringLiteral("A001"));
    h.issue(PASSPORT, baku(9, 0, 1), QStringLiteral("disability")); // A004, long wait
    // 10:01: both slots started: earliest slot first, before any walk-in
    CHECK(h.next(QStringLiteral("c4"), baku(10, 1)) == QStringLiteral("A003"));
    CHECK(h.next(QStringLiteral("c4"), baku(10, 1)) == QStringLiteral("A002"));
    CHECK(h.next(QStringLiteral("c4"), baku(10, 1)) == QStringLiteral("A004"));
}

TEST_CASE("transfer placement first, last, original", "[core][routing]")
{
    Hall h;
    h.open(QStringLiteral("c2"), baku(9, 0)); // idcard only
    h.open(QStringLiteral("c4"), baku(9, 0));
    h.issue(PASSPORT, baku(9, 0)); // A001: will be transferred to idcard
    h.issue(IDCARD, baku(9, 5));   // B001
    h.issue(IDCARD, baku(9, 10));  // B002
    auto called = h.e.desks().callNext(QStringLiteral("c4"), baku(9, 20));
    REQUIRE(called->ticket->number == QStringLiteral("A001"));
    const Placement placement = GENERATE(Placement::First, Placement::Last, Placement::Original);
    CAPTURE(placementName(placement));
    auto moved = h.e.desks().transfer(QStringLiteral("c4"), IDCARD, placement,
                                      QStringLiteral("photo"), baku(9, 25));
    REQUIRE(moved.ok());
    CHECK(moved->ticket->number == QStringLiteral("A001")); // same number
    CHECK(moved->ticket->service == IDCARD);
    CHECK(moved->ticket->state == TicketState::Waiting);
    h.issue(IDCARD, baku(9, 26)); // B003
    QStringList order;
    for (int i = 0; i < 4; ++i)
        order << h.next(QStringLiteral("c2"), baku(9, 30));
    if (placement == Placement::First)
        CHECK(order.join(u' ') == QStringLiteral("A001 B001 B002 B003"));
    else if (placement == Placement::Last)
        CHECK(order.join(u' ') == QStringLiteral("B001 B002 A001 B003"));
    else
        CHECK(order.join(u' ') == QStringLiteral("A001 B001 B002 B003"));
}

TEST_CASE("original placement keeps the first issue time among later tickets", "[core][routing]")
{
    Hall h;
    h.open(QStringLiteral("c2"), baku(8, 50));
    h.open(QStringLiteral("c4"), baku(8, 50));
    h.issue(IDCARD, baku(9, 0));       // B001, earlier than A001
    h.issue(PASSPORT, baku(9, 0, 30)); // A001
    h.issue(IDCARD, baku(9, 5));       // B002
    REQUIRE(h.e.desks().callNext(QStringLiteral("c4"), baku(9, 20))->ticket->number
            == QStringLiteral("B001"));
    REQUIRE(h.e.desks().noShow(QStringLiteral("c4"), baku(9, 20)));
    REQUIRE(h.e.desks().callNext(QStringLiteral("c4"), baku(9, 20))->ticket->number
            == QStringLiteral("A001"));
    REQUIRE(
        h.e.desks().transfer(QStringLiteral("c4"), IDCARD, Placement::Original, {}, baku(9, 25)));
    h.issue(IDCARD, baku(9, 26)); // B003
    CHECK(h.next(QStringLiteral("c2"), baku(9, 30)) == QStringLiteral("A001"));
    CHECK(h.next(QStringLiteral("c2"), baku(9, 30)) == QStringLiteral("B002"));
}
