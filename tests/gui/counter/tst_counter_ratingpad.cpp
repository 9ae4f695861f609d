// The rating pad: asks after Finish at its own counter only, sends
// feedback.submit exactly once per ticket, thanks and resets.
#include "deskharness.h"

#include "counterwindow.h"
#include "deskmodel.h"
#include "desksession.h"
#include "desktranslations.h"
#include "deskview.h"
#include "ratingpad.h"
#include "ratingsession.h"

#include "client/engineclient.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// Injected timeouts: the behaviour is the same at 30 s / 6 s, only slower.
constexpr int TEST_RESET_MS = 1000; // asking, unanswered -> idle
constexpr int TEST_THANKS_MS = 200; // thank-you -> idle

std::unique_ptr<RatingPadApp> makePad(quint16 port, const QString &counter, int resetMs)
{
    CounterOptions o = deskOptions(port, u"desk-11"_s, counter);
    o.ratingPad = true;
    auto pad = std::make_unique<RatingPadApp>(o);
    pad->session()->setTimeouts(resetMs, TEST_THANKS_MS);
    pad->start();
    return pad;
}

// Calls, starts and finishes the next ticket at `desk`; its id.
QString serveOne(Desk &desk)
{
    desk.press(Qt::Key_F1);
    if (!waitUntil([&] { return desk.currentState() == u"called"_s && desk.settle(); }))
        return {};
    const QString id = desk.currentId();
    desk.press(Qt::Key_F3);
    if (!waitUntil([&] { return desk.currentState() == u"serving"_s && desk.settle(); }))
        return {};
    desk.app().session()->finish({});
    return waitUntil([&] { return desk.currentId().isEmpty() && desk.settle(); }) ? id : QString();
}

} // namespace

TEST_CASE("the rating pad asks once per finished ticket of its counter", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    const QJsonObject citizen = hall.issue(u"birthCertificate"_s, u"standard"_s, u"ru"_s);
    REQUIRE_FALSE(citizen.isEmpty());
    auto pad = makePad(hall.port(), u"c11"_s, 30000);
    RatingSession *rating = pad->session();
    REQUIRE(waitUntil([&] { return rating->isConnected() && pad->client()->isSubscribed(); }));
    QSignalSpy submitted(rating, &RatingSession::submitted);

    Desk desk(hall.port(), u"desk-12"_s, u"c11"_s);
    REQUIRE(desk.login(u"op11"_s, demoPin(u"op11"_s)));
    const QString served = serveOne(desk);
    REQUIRE(served == citizen.value(u"id"_s).toString());

    REQUIRE(waitUntil([&] { return rating->phase() == RatingSession::Phase::Asking; }));
    CHECK(rating->ticket()->id == served);
    CHECK(uiLanguage() == u"ru"_s); // the language the citizen chose at the kiosk
    REQUIRE(pad->pad()->face(4)->isVisible());
    QTest::mouseClick(pad->pad()->face(4), Qt::LeftButton);
    QTest::mouseClick(pad->pad()->face(5), Qt::LeftButton); // a second touch changes nothing
    QTest::keyClick(pad->pad(), Qt::Key_1);
    REQUIRE(waitUntil([&] {
        return submitted.count() == 1 && rating->phase() == RatingSession::Phase::Thanked;
    }));
    CHECK(submitted.first().at(0).toString() == served);
    CHECK(submitted.first().at(1).toInt() == 4);
    CHECK(rating->submissions() == 1);

    // The engine holds that rating: one more for the same ticket is refused.
    TestClient other;
    REQUIRE(other.connectTo(hall.port()));
    REQUIRE(isOk(other.hello(u"desk-13"_s)));
    CHECK(errorCode(other.call(u"feedback.submit"_s, {{u"ticket"_s, served}, {u"rating"_s, 1}}))
          != 0);

    REQUIRE(waitUntil([&] { return rating->phase() == RatingSession::Phase::Idle; },
                      TEST_THANKS_MS + 5000));
    CHECK(rating->submissions() == 1);
}

TEST_CASE("the rating pad ignores other counters and resets unanswered", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    REQUIRE_FALSE(hall.issue(u"birthCertificate"_s).isEmpty());
    REQUIRE_FALSE(hall.issue(u"birthCertificate"_s).isEmpty());
    auto pad = makePad(hall.port(), u"c11"_s, TEST_RESET_MS);
    RatingSession *rating = pad->session();
    REQUIRE(waitUntil([&] { return rating->isConnected() && pad->client()->isSubscribed(); }));
    QSignalSpy phases(rating, &RatingSession::phaseChanged);

    Desk neighbour(hall.port(), u"desk-14"_s, u"c12"_s); // also serves birthCertificate
    REQUIRE(neighbour.login(u"op12"_s, demoPin(u"op12"_s)));
    REQUIRE_FALSE(serveOne(neighbour).isEmpty());
    Desk desk(hall.port(), u"desk-12"_s, u"c11"_s);
    REQUIRE(desk.login(u"op11"_s, demoPin(u"op11"_s)));
    REQUIRE_FALSE(serveOne(desk).isEmpty());
    REQUIRE(waitUntil([&] { return rating->phase() == RatingSession::Phase::Asking; }));
    CHECK(phases.count() == 1); // only our counter's ticket made it ask
    REQUIRE(waitUntil([&] { return rating->phase() == RatingSession::Phase::Idle; },
                      TEST_RESET_MS + 5000));
    CHECK(rating->submissions() == 0);
}
