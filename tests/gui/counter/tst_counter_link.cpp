// The desk and the link: actions refused while disconnected (never lost),
// state restored after a reconnect, two desks never sharing a ticket.
#include "deskharness.h"

#include "banner.h"
#include "counterwindow.h"
#include "deskmodel.h"
#include "desksession.h"
#include "deskview.h"
#include "ticketcard.h"

#include "client/engineclient.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

bool linkIs(Desk &desk, LinkState link)
{
    return waitUntil([&] { return desk.app().session()->link() == link; }, 20000);
}

} // namespace

TEST_CASE("an action while disconnected is refused, then the desk comes back as it was",
          "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    const QJsonObject called = hall.issue(u"passport"_s);
    const QJsonObject waiting = hall.issue(u"passport"_s);
    Desk desk(hall.port(), u"desk-02"_s, u"c02"_s);
    REQUIRE(desk.login(u"op02"_s, demoPin(u"op02"_s)));
    desk.press(Qt::Key_F1);
    REQUIRE(waitUntil([&] { return desk.currentId() == called.value(u"id"_s).toString(); }));
    REQUIRE(desk.settle());

    hall.engine().kill();
    REQUIRE(linkIs(desk, LinkState::Disconnected));
    CHECK(desk.app().window()->connectionText().contains(u"Not connected"_s));
    CHECK(desk.app().session()->enabled().isEmpty());
    desk.press(Qt::Key_F3); // Start while the engine is away
    CHECK(desk.bannerText().contains(u"NOT sent"_s));
    CHECK_FALSE(desk.app().session()->isBusy());
    CHECK(desk.app().window()->deskView()->card()->numberText()
          == called.value(u"number"_s).toString());

    REQUIRE(hall.restart());
    desk.app().client()->setEndpoint(u"127.0.0.1"_s, hall.port());
    REQUIRE(linkIs(desk, LinkState::Connected));
    CHECK(desk.app().session()->phase() == DeskSession::Phase::Open);
    CHECK(desk.currentId() == called.value(u"id"_s).toString());
    CHECK(desk.currentState() == u"called"_s); // the refused Start was not sent later
    CHECK(hall.ticket(called.value(u"id"_s).toString()).value(u"state"_s).toString()
          == u"called"_s);
    CHECK(hall.counter(u"c02"_s).value(u"operator"_s).toObject().value(u"id"_s).toString()
          == u"op02"_s);
    CHECK(hall.ticket(waiting.value(u"id"_s).toString()).value(u"state"_s).toString()
          == u"waiting"_s);

    desk.press(Qt::Key_F3); // works again
    REQUIRE(waitUntil([&] { return desk.currentState() == u"serving"_s; }));
}

TEST_CASE("a pause survives a reconnect", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    Desk desk(hall.port(), u"desk-04"_s, u"c04"_s);
    REQUIRE(desk.login(u"op04"_s, demoPin(u"op04"_s)));
    desk.app().session()->pause(u"paperwork"_s);
    REQUIRE(waitUntil([&] { return desk.app().model()->counterState() == CounterState::Paused; }));
    REQUIRE(desk.settle());

    hall.engine().kill();
    REQUIRE(linkIs(desk, LinkState::Disconnected));
    REQUIRE(hall.restart());
    desk.app().client()->setEndpoint(u"127.0.0.1"_s, hall.port());
    REQUIRE(linkIs(desk, LinkState::Connected));
    REQUIRE(waitUntil(
        [&] { return hall.counter(u"c04"_s).value(u"state"_s).toString() == u"paused"_s; }));
    CHECK(hall.counter(u"c04"_s).value(u"pauseReason"_s).toString() == u"paperwork"_s);
    REQUIRE(waitUntil([&] { return desk.app().model()->counterState() == CounterState::Paused; }));
}

TEST_CASE("two desks calling at the same moment never get the same ticket", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    constexpr int TICKETS = 24;
    QSet<QString> issued;
    for (int i = 0; i < TICKETS; ++i)
        issued.insert(hall.issue(i % 3 ? u"passport"_s : u"idCard"_s).value(u"id"_s).toString());
    REQUIRE(issued.size() == TICKETS);

    Desk one(hall.port(), u"desk-01"_s, u"c01"_s);
    Desk two(hall.port(), u"desk-02"_s, u"c02"_s);
    REQUIRE(one.login(u"op01"_s, demoPin(u"op01"_s)));
    REQUIRE(two.login(u"op02"_s, demoPin(u"op02"_s)));

    QStringList byOne, byTwo;
    for (int round = 0; round < TICKETS; ++round) {
        one.press(Qt::Key_F1); // both requests leave before either answer arrives
        two.press(Qt::Key_F1);
        REQUIRE(one.settle());
        REQUIRE(two.settle());
        const QString a = one.currentId(), b = two.currentId();
        if (a.isEmpty() && b.isEmpty())
            break;
        if (!a.isEmpty())
            byOne << a;
        if (!b.isEmpty())
            byTwo << b;
        CHECK(a != b);
        for (Desk *d : {&one, &two}) {
            if (!d->currentId().isEmpty())
                d->press(Qt::Key_F5);
        }
        REQUIRE(one.settle());
        REQUIRE(two.settle());
        REQUIRE(waitUntil([&] { return one.currentId().isEmpty() && two.currentId().isEmpty(); }));
    }
    const QSet<QString> setOne(byOne.begin(), byOne.end());
    const QSet<QString> setTwo(byTwo.begin(), byTwo.end());
    CHECK(setOne.size() == byOne.size());
    CHECK(setTwo.size() == byTwo.size());
    CHECK_FALSE(setOne.intersects(setTwo));
    CHECK((setOne + setTwo) == issued);
    CHECK(byOne.size() > 0);
    CHECK(byTwo.size() > 0);
}
