// Numbering, service day, limits, hours, idempotent issue, wait estimate.
#include "testcentre.h"

#include "core/numbering.h"
#include "core/waitestimate.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;

namespace {
const QString BANK = QStringLiteral("bank"); // always open, no limit
const QString PASSPORT = QStringLiteral("passport");

QString issue(QueueEngine &e, const QString &service, const QDateTime &at)
{
    auto r = e.flow().issue(walkIn(service), at);
    REQUIRE(r.ok());
    e.commit();
    return r->ticket->number;
}
} // namespace

TEST_CASE("the service day changes at 00:00 Asia/Baku, not UTC", "[core][numbering]")
{
    QueueEngine e(centre(), 3);
    startDay(e, baku(8, 0));
    CHECK(issue(e, BANK, baku(23, 59, 59)) == QStringLiteral("D001"));
    CHECK(e.query().serviceDay() == QStringLiteral("2026-11-30"));
    // 20:00:01 UTC on the 30th is 00:00:01 on December 1st in Baku
    const QDateTime afterMidnight = baku(0, 0, 1, 1);
    CHECK(afterMidnight.date() == QDate(2026, 11, 30));
    auto r = e.flow().issue(walkIn(BANK), afterMidnight);
    REQUIRE(r.ok());
    CHECK(r->ticket->number == QStringLiteral("D001"));
    CHECK(r->ticket->serviceDay == QStringLiteral("2026-12-01"));
    CHECK(e.query().serviceDay() == QStringLiteral("2026-12-01"));
    // the left-over ticket of the 30th was reset in the same outcome
    REQUIRE(r->events.front().type == EventType::TicketReset);
    CHECK(r->events.front().ticket->state == TicketState::Reset);
    e.commit();
    // UTC midnight (04:00 Baku) does not start a new day
    CHECK(issue(e, BANK, baku(4, 0, 1, 1)) == QStringLiteral("D002"));
    CHECK(e.query().serviceDay() == QStringLiteral("2026-12-01"));
}

TEST_CASE("a reload that changes the time zone moves the day's end with it", "[core][numbering]")
{
    QueueEngine e(centre(), 3);
    startDay(e, baku(8, 0));
    CentreConfig utc = centre();
    utc.centre.timezone = QStringLiteral("UTC");
    REQUIRE(e.reconfigure(utc).ok());
    // 00:00:01 on December 1st in Baku is still November 30th in UTC: no new day.
    auto r = e.flow().issue(walkIn(BANK), baku(0, 0, 1, 1));
    REQUIRE(r.ok());
    CHECK(r->ticket->serviceDay == QStringLiteral("2026-11-30"));
    CHECK(e.query().serviceDay() == QStringLiteral("2026-11-30"));
    e.commit();
    // UTC midnight starts it.
    r = e.flow().issue(walkIn(BANK), QDateTime(QDate(2026, 12, 1), QTime(0, 0, 1), Qt::UTC));
    REQUIRE(r.ok());
    CHECK(e.query().serviceDay() == QStringLiteral("2026-12-01"));
}

TEST_CASE("numbers wrap after 999 and skip numbers still active", "[core][numbering]")
{
    const auto numbers = [](std::initializer_list<int> list) {
        NumberSet set;
        for (int n : list)
            set.set(size_t(n));
        return set;
    };
    CHECK(nextTicketNumber(0, NumberSet{}) == 1);
    CHECK(nextTicketNumber(998, NumberSet{}) == 999);
    CHECK(nextTicketNumber(999, NumberSet{}) == 1);
    CHECK(nextTicketNumber(999, numbers({1, 2, 4})) == 3);
    NumberSet all;
    for (int i = 1; i <= 999; ++i)
        all.set(size_t(i));
    CHECK_FALSE(nextTicketNumber(5, all).has_value());
    CHECK(formatTicketNumber(QStringLiteral("AB"), 7) == QStringLiteral("AB007"));

    QueueEngine e(centre(), 3);
    startDay(e);
    std::vector<QString> ids;
    for (int i = 0; i < 999; ++i) {
        auto r = e.flow().issue(walkIn(BANK), baku(10, 0));
        REQUIRE(r.ok());
        ids.push_back(r->ticket->id);
    }
    e.commit();
    CHECK(e.query().ticket(ids.back())->number == QStringLiteral("D999"));
    SECTION("all numbers active: the limit is reached")
    {
        auto r = e.flow().issue(walkIn(BANK), baku(10, 1));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::LimitReached);
    }
    SECTION("wrap to the first free number")
    {
        REQUIRE(e.flow().cancel(ids[0], {}, baku(10, 1)));
        REQUIRE(e.flow().cancel(ids[2], {}, baku(10, 1)));
        CHECK(issue(e, BANK, baku(10, 2)) == QStringLiteral("D001"));
        CHECK(issue(e, BANK, baku(10, 2)) == QStringLiteral("D003")); // D002 still waits
    }
}

TEST_CASE("daily limits", "[core][numbering]")
{
    QueueEngine e(centre(), 3);
    startDay(e);
    const QString notary = QStringLiteral("notary"); // dailyLimit 3
    const QString first = issue(e, notary, baku(10, 0));
    issue(e, notary, baku(10, 0));
    auto third = e.flow().issue(walkIn(notary), baku(10, 0));
    REQUIRE(third.ok());
    REQUIRE(e.flow().cancel(third->ticket->id, {}, baku(10, 1))); // cancelled tickets still count
    auto fourth = e.flow().issue(walkIn(notary), baku(10, 2));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().code == ErrorCode::LimitReached);
    CHECK(fourth.error().message.contains(QStringLiteral("daily limit")));
    CHECK(first == QStringLiteral("C001"));
}

TEST_CASE("opening hours in Baku time", "[core][numbering]")
{
    QueueEngine e(centre(), 3);
    startDay(e);
    auto early = e.flow().issue(walkIn(PASSPORT), baku(8, 59, 59));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::ServiceClosed);
    CHECK(early.error().data.value(QStringLiteral("opensAt")) == QStringLiteral("09:00"));
    CHECK(e.flow().issue(walkIn(PASSPORT), baku(9, 0)).ok());
    CHECK(e.flow().issue(walkIn(PASSPORT), baku(17, 59, 59)).ok());
    CHECK(e.flow().issue(walkIn(PASSPORT), baku(18, 0)).error().code == ErrorCode::ServiceClosed);
    CHECK(e.flow().issue(walkIn(BANK), baku(23, 0)).ok()); // no hours: always open
    CHECK(e.query().serviceOpen(BANK, baku(3, 0)));
    CHECK_FALSE(e.query().serviceOpen(PASSPORT, baku(3, 0)));
    CHECK(e.flow().issue(walkIn(QStringLiteral("nope")), baku(10, 0)).error().code
          == ErrorCode::UnknownService);
    CHECK(e.flow().issue(walkIn(BANK, QStringLiteral("vip")), baku(10, 0)).error().code
          == ErrorCode::InvalidParams);
}

TEST_CASE("requestId makes issue idempotent per device and day", "[core][numbering]")
{
    QueueEngine e(centre(), 3);
    startDay(e);
    IssueRequest r = walkIn(BANK);
    r.requestId = QStringLiteral("req-1");
    auto first = e.flow().issue(r, baku(10, 0));
    REQUIRE(first.ok());
    e.commit();
    const qint64 seq = e.query().lastSeq();
    auto retry = e.flow().issue(r, baku(10, 0, 5));
    REQUIRE(retry.ok());
    CHECK(retry->ticket->id == first->ticket->id);
    CHECK(retry->events.empty());
    CHECK(e.query().lastSeq() == seq);
    IssueRequest other = r;
    other.device = QStringLiteral("k2");
    CHECK(e.flow().issue(other, baku(10, 1))->ticket->number == QStringLiteral("D002"));
    auto tomorrow = e.flow().issue(r, baku(10, 0, 0, 1));
    CHECK(tomorrow->ticket->number == QStringLiteral("D001"));
    CHECK(tomorrow->ticket->id != first->ticket->id);
}

TEST_CASE("wait estimate", "[core][estimate]")
{
    CHECK(estimateWaitSec(0, 1, 1, 300) == 0);
    CHECK(estimateWaitSec(0, 0, 1, 300) == 300);
    CHECK(estimateWaitSec(3, 0, 2, 300) == 600);
    CHECK(estimateWaitSec(3, 1, 2, 300) == 450);
    CHECK(estimateWaitSec(5, 0, 0, 60) == 360);
    CHECK(updateServiceAverage(300, 100) == Approx(280));

    QueueEngine e(centre(), 3);
    startDay(e);
    const QString c3 = QStringLiteral("c3");
    REQUIRE(e.desks().openCounter(c3, QStringLiteral("op"), {}, baku(9, 0)));
    std::vector<QString> ids;
    for (int i = 0; i < 4; ++i)
        ids.push_back(e.flow().issue(walkIn(BANK), baku(9, 0, i))->ticket->id);
    // nothing served yet: default 300 s; c3 is free and takes the first at once
    CHECK(e.query().estimate(ids[0], baku(9, 1)).ahead == 0);
    CHECK(e.query().estimate(ids[0], baku(9, 1)).etaSec == 0);
    CHECK(e.query().estimate(ids[3], baku(9, 1)).ahead == 3);
    CHECK(e.query().estimate(ids[3], baku(9, 1)).etaSec == 900);
    // one service of 100 s moves the average to 280 s
    REQUIRE(e.desks().callNext(c3, baku(9, 2)));
    REQUIRE(e.desks().start(c3, baku(9, 2)));
    REQUIRE(e.desks().finish(c3, {}, baku(9, 2).addSecs(100)));
    CHECK(e.query().averageServiceSec(BANK) == Approx(280));
    CHECK(e.query().estimate(ids[3], baku(9, 5)).ahead == 2);
    // c3 is free: it calls the two ahead now and after 280 s, this one after 560 s
    CHECK(e.query().estimate(ids[3], baku(9, 5)).etaSec == 560);
    CHECK(e.query().estimate(ids[0], baku(9, 5)).etaSec == 0); // not waiting any more
}
