// novbe-display's app against the real novbe-engine over loopback TCP:
// a counter calls and the display shows it on that event; the engine
// restarts and the display resyncs with no duplicate or stale call.

#include "announcementtext.h"
#include "announcer.h"
#include "deskwindow.h"
#include "displayapp.h"
#include "displaymodel.h"
#include "displaywindow.h"
#include "headerband.h"
#include "historypanel.h"
#include "nowcallingpanel.h"

#include "client/engineclient.h"
#include "clienttimings.h"
#include "engineprocess.h"
#include "samplecentre.h"
#include "testclient.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 15000;

// Records what would be said and finishes each request from the event loop.
class InstantSpeaker final : public Speaker
{
public:
    QStringList *log;
    explicit InstantSpeaker(QStringList *out) : log(out) {}
    void playChime() override { finishLater(u"chime"_s); }
    void say(const QString &text, const QString &lang) override
    {
        finishLater(lang + u": "_s + text);
    }
    void stop() override {}

private:
    void finishLater(const QString &what)
    {
        log->append(what);
        QTimer::singleShot(0, this, &Speaker::finished);
    }
};

DisplaySettings settingsFor(quint16 port)
{
    DisplaySettings s;
    s.connection.port = port;
    s.connection.device = u"display-hall"_s;
    s.connection.token = demoToken(u"display-hall"_s);
    s.windowed = true;
    s.size = {1920, 1080};
    return s;
}

QString issue(TestClient &kiosk, const QString &service)
{
    const QJsonObject r = resultOf(kiosk.call(u"ticket.issue"_s, {{u"service"_s, service}}));
    return r.value(u"ticket"_s).toObject().value(u"number"_s).toString();
}

QString counterCall(TestClient &desk, const QString &method)
{
    const QJsonObject r = resultOf(desk.call(method));
    return r.value(u"ticket"_s).toObject().value(u"number"_s).toString();
}

// Every number on screen (now and history), each once.
QStringList numbersOnScreen(const DisplayApp &app)
{
    QStringList out;
    for (const DisplayCall &c : app.model().currentCalls() + app.model().history())
        out.append(c.number);
    return out;
}

} // namespace

TEST_CASE("the display shows calls from a real engine and rides out a restart", "[gui][display]")
{
    // A running clock: each restart goes on from where the last run left it.
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running());
    REQUIRE(engine.start());
    const quint16 port = engine.port();

    QStringList spoken;
    DisplayApp app(settingsFor(port), std::make_unique<InstantSpeaker>(&spoken));
    // The link's timeouts, injected: the default 3 s ping and 8 s silence make a
    // silent engine noticed within 10 s; the quick ones do the same in about 1 s.
    app.client().setTimings(quickClientTimings());
    QSignalSpy subscribed(&app.client(), &EngineClient::subscribed);
    app.start();
    REQUIRE(subscribed.wait(WAIT_MS));
    CHECK(app.window().header()->isOnline());

    TestClient kiosk;
    REQUIRE(kiosk.connectTo(port));
    REQUIRE(isOk(kiosk.hello(u"kiosk-1"_s)));
    TestClient desk;
    REQUIRE(desk.connectTo(port));
    REQUIRE(isOk(desk.hello(u"desk-01"_s)));
    REQUIRE(desk.openCounter(u"op01"_s, u"c01"_s));
    const QString first = issue(kiosk, u"idCard"_s);
    const QString second = issue(kiosk, u"idCard"_s);
    REQUIRE(first == u"A001");

    // What the screen showed at the moment the ticket.called event was applied.
    QStringList shownOnEvent;
    QObject::connect(&app.model(), &DisplayModel::callArrived, &app, [&] {
        if (shownOnEvent.isEmpty())
            shownOnEvent = app.window().nowCalling()->shownRows();
    });
    REQUIRE(counterCall(desk, u"counter.callNext"_s) == first);
    REQUIRE(QTest::qWaitFor([&] { return !shownOnEvent.isEmpty(); }, WAIT_MS));
    CHECK(shownOnEvent == QStringList{u"A001 → 1"_s});
    const QString sayFirst = u"az: "_s + announcementText(first, u"1"_s, u"az"_s, false);
    REQUIRE(QTest::qWaitFor([&] { return spoken.contains(sayFirst); }, WAIT_MS));
    CHECK(spoken.indexOf(u"chime"_s) < spoken.indexOf(sayFirst));

    SECTION("engine restart: calls stay on screen offline, then resync without duplicates")
    {
        REQUIRE(engine.terminate() == 0);
        REQUIRE(QTest::qWaitFor([&] { return !app.window().header()->isOnline(); }, WAIT_MS));
        CHECK(app.window().nowCalling()->shownRows() == QStringList{u"A001 → 1"_s});

        subscribed.clear();
        REQUIRE(engine.restartOnSamePort());
        REQUIRE((subscribed.size() > 0 || subscribed.wait(WAIT_MS)));
        REQUIRE(QTest::qWaitFor([&] { return app.window().header()->isOnline(); }, WAIT_MS));
        CHECK(app.window().nowCalling()->shownRows() == QStringList{u"A001 → 1"_s});

        TestClient desk2;
        REQUIRE(desk2.connectTo(port));
        REQUIRE(isOk(desk2.hello(u"desk-01"_s)));
        REQUIRE(desk2.openCounter(u"op01"_s, u"c01"_s));
        REQUIRE(counterCall(desk2, u"counter.noShow"_s) == first);
        REQUIRE(counterCall(desk2, u"counter.callNext"_s) == second);
        REQUIRE(QTest::qWaitFor(
            [&] { return app.window().nowCalling()->shownRows() == QStringList{u"A002 → 1"_s}; },
            WAIT_MS));
        REQUIRE(counterCall(desk2, u"counter.recall"_s) == second);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return app.window().nowCalling()->shownRows()
                    == QStringList{u"A002 → 1 (təkrar)"_s};
            },
            WAIT_MS));
        CHECK(app.window().historyPanel()->shownRows() == QStringList{u"A001 → 1"_s});
        const QStringList numbers = numbersOnScreen(app);
        CHECK(numbers.size() == QSet<QString>(numbers.begin(), numbers.end()).size());
        REQUIRE(QTest::qWaitFor([&] { return !app.announcer().isBusy(); }, WAIT_MS));
        CHECK(spoken.count(sayFirst) == 1); // not announced again after the resync
        CHECK(spoken.contains(u"az: "_s + announcementText(second, u"1"_s, u"az"_s, true)));
    }

    SECTION("a silent engine (SIGSTOP) is noticed within 10 s by the ping watchdog")
    {
        QElapsedTimer silent;
        engine.sendSignal(SIGSTOP);
        silent.start();
        REQUIRE(QTest::qWaitFor([&] { return !app.window().header()->isOnline(); }, 12000));
        CHECK(silent.elapsed() <= 10000);
        const ClientTimings timings = quickClientTimings();
        CHECK(silent.elapsed() <= timings.deadAfterMs + timings.pingIntervalMs + 1000);
        // The same watchdog with the app's own timings: silence plus one tick stays under 10 s.
        CHECK(ClientTimings{}.deadAfterMs + ClientTimings{}.pingIntervalMs / 4 <= 10000);
        CHECK(app.window().nowCalling()->shownRows() == QStringList{u"A001 → 1"_s});
        engine.sendSignal(SIGCONT);
        REQUIRE(QTest::qWaitFor([&] { return app.window().header()->isOnline(); }, WAIT_MS));
    }

    SECTION("an engine with a new database: resync, and no stale calls remain")
    {
        REQUIRE(engine.terminate() == 0);
        REQUIRE(QTest::qWaitFor([&] { return !app.window().header()->isOnline(); }, WAIT_MS));
        QSignalSpy snapshots(&app.client(), &EngineClient::snapshotReceived);
        engine.setDbPath(engine.dir() + u"/other.db"_s);
        REQUIRE(engine.restartOnSamePort());
        REQUIRE((snapshots.size() > 0 || snapshots.wait(WAIT_MS)));
        REQUIRE(QTest::qWaitFor([&] { return app.window().header()->isOnline(); }, WAIT_MS));
        CHECK(app.window().nowCalling()->shownRows().isEmpty());
        CHECK(app.window().historyPanel()->shownRows().isEmpty());
    }
    app.stop();
}

TEST_CASE("the desk display shows its counter's number, break and closed from a real engine",
          "[gui][display][desk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running());
    REQUIRE(engine.start());
    DisplaySettings s = settingsFor(engine.port());
    s.connection.device = u"display-zone-a"_s; // a zone display (counters c01-c10)
    s.connection.token = demoToken(u"display-zone-a"_s);
    s.labelLanguages = {u"en"_s};
    s.size = {800, 480};
    QString error;
    REQUIRE(DisplaySettings::parse({u"novbe-display"_s, u"--counter"_s, u"c01"_s, u"--port"_s,
                                    QString::number(engine.port()), u"--device"_s,
                                    u"display-zone-a"_s, u"--token"_s, s.connection.token},
                                   &s, &error));
    CHECK(s.model.zone.counters == QStringList{u"c01"_s}); // the zone of one counter
    CHECK_FALSE(s.voice);                                  // the hall speakers announce
    QStringList spoken;
    DisplayApp app(s, std::make_unique<InstantSpeaker>(&spoken));
    REQUIRE(app.desk() != nullptr);
    QSignalSpy subscribed(&app.client(), &EngineClient::subscribed);
    app.start();
    REQUIRE(subscribed.wait(WAIT_MS));
    const auto shows = [&](const QString &text) {
        return QTest::qWaitFor([&] { return app.desk()->shownTexts().contains(text); }, WAIT_MS);
    };
    CHECK(shows(u"Closed"_s));
    CHECK(app.desk()->shownTexts().first() == u"Counter\u00A01"_s);

    TestClient kiosk;
    REQUIRE(kiosk.connectTo(engine.port()));
    REQUIRE(isOk(kiosk.hello(u"kiosk-1"_s)));
    TestClient desk;
    REQUIRE(desk.connectTo(engine.port()));
    REQUIRE(isOk(desk.hello(u"desk-01"_s)));
    REQUIRE(desk.openCounter(u"op01"_s, u"c01"_s));
    CHECK(shows(u"Please wait for your number"_s));
    const QString number = issue(kiosk, u"idCard"_s);
    REQUIRE(counterCall(desk, u"counter.callNext"_s) == number);
    CHECK(shows(number));
    resultOf(desk.call(u"counter.start"_s));
    resultOf(desk.call(u"counter.finish"_s));
    resultOf(desk.call(u"counter.pause"_s, {{u"reason"_s, u"lunch"_s}}));
    CHECK(shows(u"Break"_s));
    CHECK_FALSE(app.desk()->shownTexts().contains(number));
    CHECK(app.desk()->cutTexts().isEmpty());
    CHECK(spoken.isEmpty());
}
