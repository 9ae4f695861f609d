// The manager's controls of the day: closing a service, the cut-off time,
// the ticker message, the rollover reset and the fold of a day's journal.
#include "testcentre.h"

#include "core/configloader.h"
#include "core/managercontrols.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {
const QString IDCARD = QStringLiteral("idcard");
const QString PASSPORT = QStringLiteral("passport");
const QString MANAGER = QStringLiteral("m1");

std::vector<DomainEvent> eventsOf(const Result<Outcome> &r)
{
    REQUIRE(r.ok());
    return r.value().events;
}
} // namespace

TEST_CASE("a closed service refuses new tickets with a clear reason", "[core][controls]")
{
    QueueEngine e(centre(), 1);
    startDay(e);
    const auto closed = e.controls().setOpen(IDCARD, false, MANAGER, baku(10, 0));
    const std::vector<DomainEvent> events = eventsOf(closed);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::ServiceChanged);
    CHECK(events[0].control == ServiceControl{IDCARD, true, std::nullopt, MANAGER});
    e.commit();
    const auto refused = e.flow().issue(walkIn(IDCARD), baku(10, 1));
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == ErrorCode::ServiceClosed);
    CHECK(refused.error().data.value(QStringLiteral("closedBy")).toString() == u"manager"_s);
    CHECK(refused.error().message.contains(u"closed for new tickets"_s));
    CHECK_FALSE(e.query().serviceOpen(IDCARD, baku(10, 1)));
    CHECK(e.query().serviceOpen(PASSPORT, baku(10, 1))); // the others are untouched
    CHECK(e.flow().issue(walkIn(PASSPORT), baku(10, 1)).ok());
    e.commit();
    REQUIRE(e.controls().setOpen(IDCARD, true, MANAGER, baku(10, 2)).ok());
    e.commit();
    CHECK(e.query().control(IDCARD) == ServiceControl{IDCARD, false, std::nullopt, {}});
    CHECK(e.flow().issue(walkIn(IDCARD), baku(10, 3)).ok());
}

TEST_CASE("the cut-off refuses tickets from that minute on", "[core][controls]")
{
    QueueEngine e(centre(), 2);
    startDay(e);
    REQUIRE(e.controls().setCutoff(IDCARD, QTime(16, 30), MANAGER, baku(10, 0)).ok());
    e.commit();
    CHECK(e.flow().issue(walkIn(IDCARD), baku(16, 29, 59)).ok());
    e.commit();
    const auto refused = e.flow().issue(walkIn(IDCARD), baku(16, 30));
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == ErrorCode::ServiceClosed);
    CHECK(refused.error().data.value(QStringLiteral("closedBy")).toString() == u"cutoff"_s);
    CHECK(refused.error().data.value(QStringLiteral("cutoff")).toString() == u"16:30"_s);
    CHECK(refused.error().message.contains(u"after 16:30"_s));
    CHECK(e.query().serviceOpen(IDCARD, baku(16, 29)));
    CHECK_FALSE(e.query().serviceOpen(IDCARD, baku(16, 30)));
    REQUIRE(e.controls().setCutoff(IDCARD, std::nullopt, MANAGER, baku(16, 31)).ok());
    e.commit();
    CHECK(e.flow().issue(walkIn(IDCARD), baku(16, 32)).ok());
}

TEST_CASE("closure and cut-off are independent and combine", "[core][controls]")
{
    QueueEngine e(centre(), 3);
    startDay(e);
    REQUIRE(e.controls().setCutoff(IDCARD, QTime(12, 0), MANAGER, baku(9, 0)).ok());
    REQUIRE(e.controls().setOpen(IDCARD, false, MANAGER, baku(9, 1)).ok());
    REQUIRE(e.controls().setOpen(IDCARD, true, MANAGER, baku(9, 2)).ok());
    e.commit();
    CHECK(e.query().control(IDCARD).cutoff == QTime(12, 0)); // reopening keeps the cut-off
    CHECK(e.query().serviceOpen(IDCARD, baku(11, 59)));
    CHECK_FALSE(e.query().serviceOpen(IDCARD, baku(12, 0)));
}

TEST_CASE("controls refuse unknown services and change nothing", "[core][controls]")
{
    QueueEngine e(centre(), 4);
    startDay(e);
    const qint64 seq = e.query().lastSeq();
    CHECK(e.controls().setOpen(QStringLiteral("nope"), false, MANAGER, baku(9, 0)).error().code
          == ErrorCode::UnknownService);
    CHECK(e.controls()
              .setCutoff(QStringLiteral("nope"), QTime(9, 0), MANAGER, baku(9, 0))
              .error()
              .code
          == ErrorCode::UnknownService);
    CHECK_FALSE(e.hasUncommitted());
    CHECK(e.query().lastSeq() == seq);
}

TEST_CASE("a booked appointment still checks in at a closed service", "[core][controls]")
{
    QueueEngine e(centre(), 5);
    startDay(e);
    auto booked = e.bookings().book(BookRequest{PASSPORT, baku(10, 0), {}, {}}, baku(8, 0));
    REQUIRE(booked.ok());
    e.commit();
    REQUIRE(e.controls().setOpen(PASSPORT, false, MANAGER, baku(9, 0)).ok());
    REQUIRE(e.controls().setCutoff(PASSPORT, QTime(9, 30), MANAGER, baku(9, 0)).ok());
    e.commit();
    CHECK(e.flow().issue(walkIn(PASSPORT), baku(9, 55)).error().code == ErrorCode::ServiceClosed);
    const auto checkedIn = e.bookings().checkIn(booked->appointment->code, QStringLiteral("az"),
                                                QStringLiteral("k1"), baku(9, 55));
    CHECK(checkedIn.ok());
}

TEST_CASE("booking today's slots follows the closure and the cut-off", "[core][controls]")
{
    QueueEngine e(centre(), 6);
    startDay(e);
    REQUIRE(e.controls().setCutoff(PASSPORT, QTime(15, 0), MANAGER, baku(8, 0)).ok());
    e.commit();
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(14, 45), {}, {}}, baku(8, 0)).ok());
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(15, 0), {}, {}}, baku(8, 0)).error().code
          == ErrorCode::ServiceClosed);
    // Tomorrow is a new day: today's controls do not apply.
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(15, 0, 0, 1), {}, {}}, baku(8, 0)).ok());
    e.commit();
    REQUIRE(e.controls().setOpen(PASSPORT, false, MANAGER, baku(8, 1)).ok());
    e.commit();
    CHECK(e.bookings().book(BookRequest{PASSPORT, baku(10, 0), {}, {}}, baku(8, 2)).error().code
          == ErrorCode::ServiceClosed);
}

TEST_CASE("the ticker message: set, expire, clear, refuse bad input", "[core][controls]")
{
    QueueEngine e(centre(), 7);
    startDay(e);
    const auto set = e.controls().setMessage(QStringLiteral("  Kassa   14:00-dək  "), baku(12, 0),
                                             MANAGER, baku(10, 0));
    const std::vector<DomainEvent> events = eventsOf(set);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::DisplayMessage);
    REQUIRE(events[0].message);
    CHECK(events[0].message->text == QStringLiteral("Kassa 14:00-dək")); // whitespace tidied
    CHECK(events[0].message->by == MANAGER);
    e.commit();
    CHECK(e.query().message(baku(11, 59)).has_value());
    CHECK_FALSE(e.query().message(baku(12, 0)).has_value()); // expired
    CHECK(e.controls()
              .setMessage(QString(MAX_MESSAGE_CHARS + 1, u'x'), {}, MANAGER, baku(10, 1))
              .error()
              .code
          == ErrorCode::InvalidParams);
    CHECK(e.controls()
              .setMessage(QStringLiteral("late"), baku(9, 0), MANAGER, baku(10, 1))
              .error()
              .code
          == ErrorCode::InvalidParams);
    CHECK_FALSE(e.hasUncommitted());
    const auto cleared = e.controls().setMessage(QString(), {}, MANAGER, baku(10, 2));
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared->events.back().message.has_value());
    e.commit();
    CHECK_FALSE(e.query().message(baku(10, 3)).has_value());
}

TEST_CASE("the rollover resets every control, each as its event", "[core][controls]")
{
    QueueEngine e(centre(), 8);
    startDay(e);
    REQUIRE(e.controls().setOpen(IDCARD, false, MANAGER, baku(10, 0)).ok());
    REQUIRE(e.controls().setCutoff(PASSPORT, QTime(15, 0), MANAGER, baku(10, 0)).ok());
    REQUIRE(e.controls().setMessage(QStringLiteral("x"), {}, MANAGER, baku(10, 0)).ok());
    e.commit();
    const auto next = e.flow().issue(walkIn(IDCARD), baku(9, 0, 0, 1));
    REQUIRE(next.ok()); // the next morning the closure is gone
    std::vector<EventType> types;
    for (const DomainEvent &ev : next->events)
        types.push_back(ev.type);
    const std::vector<EventType> expected = {EventType::DayRollover,    EventType::ServiceChanged,
                                             EventType::ServiceChanged, EventType::DisplayMessage,
                                             EventType::TicketIssued,   EventType::QueueChanged};
    CHECK(types == expected);
    CHECK(next->events[1].control->service == PASSPORT); // config order
    CHECK(next->events[2].control == ServiceControl{IDCARD, false, std::nullopt, {}});
    CHECK(e.query().control(PASSPORT) == ServiceControl{PASSPORT, false, std::nullopt, {}});
    CHECK_FALSE(e.query().message(baku(9, 0, 0, 1)).has_value());
}

TEST_CASE("a day's journal gives back the controls", "[core][controls]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    std::vector<DomainEvent> journal;
    auto keep = [&](Result<Outcome> r) {
        REQUIRE(r.ok());
        e.commit();
        for (const DomainEvent &ev : r->events)
            journal.push_back(ev);
    };
    keep(e.controls().setOpen(IDCARD, false, MANAGER, baku(10, 0)));
    keep(e.controls().setCutoff(PASSPORT, QTime(15, 0), MANAGER, baku(10, 1)));
    keep(e.controls().setMessage(QStringLiteral("Salam"), {}, MANAGER, baku(10, 2)));
    keep(e.controls().setCutoff(PASSPORT, std::nullopt, MANAGER, baku(10, 3)));
    const DayControls folded = controlsFromEvents(journal);
    CHECK(folded.services.size() == 1);
    CHECK(folded.services.value(IDCARD).closed);
    REQUIRE(folded.message);
    CHECK(folded.message->text == QStringLiteral("Salam"));
    QueueEngine restarted(centre(), 9);
    startDay(restarted);
    restarted.restoreControls(journal);
    CHECK_FALSE(restarted.query().serviceOpen(IDCARD, baku(10, 5)));
    CHECK(restarted.query().serviceOpen(PASSPORT, baku(16, 0)));
    DomainEvent rollover;
    rollover.type = EventType::DayRollover;
    journal.push_back(rollover);
    CHECK(controlsFromEvents(journal) == DayControls{});
}

TEST_CASE("cut-off times parse as HH:MM only", "[core][controls]")
{
    CHECK(parseCutoff(QStringLiteral("16:30")) == QTime(16, 30));
    CHECK(parseCutoff(QStringLiteral("00:00")) == QTime(0, 0));
    CHECK(parseCutoff(QStringLiteral("23:59")) == QTime(23, 59));
    for (const char *bad : {"24:00", "7:30", "16:60", "16.30", "", "16:30:00", "ab:cd"})
        CHECK_FALSE(parseCutoff(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("the dashboard's card targets come from the centre config", "[core][config]")
{
    const QByteArray base = R"({"centre": {"id": "x", "name": {"az": "X"}},
        "categories": [{"id": "standard", "name": {"az": "Ümumi"}}],
        "services": [{"id": "bank", "prefix": "BK", "name": {"az": "Bank"}}],
        "counters": [{"id": "c25", "name": {"az": "25"}, "services": ["bank"]}])";
    const auto defaults = parseCentreConfig(base + "}");
    REQUIRE(defaults.ok());
    CHECK(defaults->dashboard == DashboardTargets{90, 75, 10, 15, 4.5, 4.0});

    const auto set = parseCentreConfig(base + R"(, "dashboard": {"targets": {"slaPct": 95,
        "slaWarnPct": 80, "noShowPct": 5, "noShowWarnPct": 8, "rating": 4.8, "ratingWarn": 4.2}}})");
    REQUIRE(set.ok());
    CHECK(set->dashboard == DashboardTargets{95, 80, 5, 8, 4.8, 4.2});
    const auto partial = parseCentreConfig(base + R"(, "dashboard": {"targets": {"slaPct": 85}}})");
    REQUIRE(partial.ok());
    CHECK(partial->dashboard.slaPct == 85);
    CHECK(partial->dashboard.slaWarnPct == 75);

    for (const char *bad :
         {R"({"targets": {"slaPct": 70}})", // below its warning limit
          R"({"targets": {"slaPct": 101, "slaWarnPct": 90}})",
          R"({"targets": {"noShowWarnPct": 5}})", R"({"targets": {"rating": 6}})",
          R"({"targets": {"rating": 3.5}})", // below ratingWarn 4.0
          R"({"targets": {"slaPct": "high"}})", R"({"targets": [1]})", R"([1])"}) {
        INFO(bad);
        const auto refused = parseCentreConfig(base + R"(, "dashboard": )" + bad + "}");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.startsWith(u"dashboard"_s));
    }
}
