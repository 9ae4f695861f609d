// The manager's ticker message on the hall display (display.message,
// docs/display.md): first on the bottom band, amber and bold; gone at its
// expiry or when cleared; after a reconnect it comes back from the snapshot.
// Offscreen against the real window, then the real app against the engine.

#include "displayapp.h"
#include "displaymodel.h"
#include "displaywindow.h"
#include "tickerbar.h"

#include "core/configloader.h"
#include "engineprocess.h"
#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"
#include "samplecentre.h"
#include "speaker.h"
#include "testcentre.h"
#include "testclient.h"
#include "ui/palette.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime NOW = QDateTime(QDate(2026, 11, 28), QTime(7, 24), Qt::UTC);
constexpr int WAIT_MS = 15000;

CentreView centreOfSample()
{
    QFile file(QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<CentreConfig> config = parseCentreConfig(file.readAll());
    REQUIRE(config.ok());
    return centreViewOf(*config);
}

EventView messageEvent(qint64 seq, const QString &text, const QDateTime &expiresAt = {})
{
    QJsonObject json{{u"seq"_s, seq}, {u"type"_s, u"display.message"_s}, {u"at"_s, isoTime(NOW)}};
    json.insert(u"message"_s,
                text.isEmpty() ? QJsonValue()
                               : QJsonValue(QJsonObject{{u"text"_s, text},
                                                        {u"expiresAt"_s, isoTimeOrNull(expiresAt)},
                                                        {u"by"_s, u"dashboard-1"_s},
                                                        {u"at"_s, isoTime(NOW)}}));
    const std::optional<EventView> event = decode<EventView>(json);
    REQUIRE(event);
    return *event;
}

EventView calledEvent(qint64 seq, const QString &number, const QString &counter)
{
    const std::optional<EventView> event = decode<EventView>(QJsonObject{
        {u"seq"_s, seq},
        {u"type"_s, u"ticket.called"_s},
        {u"at"_s, isoTime(NOW.addSecs(-60))},
        {u"recall"_s, false},
        {u"ticket"_s,
         QJsonObject{{u"id"_s, QString(u"t_"_s + number)},
                     {u"number"_s, number},
                     {u"service"_s, u"idCard"_s},
                     {u"state"_s, u"called"_s},
                     {u"counter"_s, counter},
                     {u"recalls"_s, 0}}},
        {u"counter"_s,
         QJsonObject{{u"id"_s, counter}, {u"name"_s, QJsonObject{{u"az"_s, counter.mid(1)}}}}}});
    REQUIRE(event);
    return *event;
}

const std::map<QString, QString> MESSAGES{
    {u"az"_s, u"Diqqət: notariat xidməti bu gün saat 16:00-a qədər işləyir"_s},
    {u"en"_s, u"Please note: the notary service works until 16:00 today"_s},
    {u"ru"_s, u"Внимание: нотариат сегодня работает до 16:00"_s}};

// No sound in these tests: a display message is not announced.
class SilentSpeaker final : public Speaker
{
public:
    void playChime() override {}
    void say(const QString &, const QString &) override {}
    void stop() override {}
};

} // namespace

TEST_CASE("the manager's message leads the ticker band, amber, until it expires",
          "[gui][display][ticker]")
{
    ManualClock clock(NOW);
    DisplayModel model(clock);
    model.setCentre(centreOfSample());
    model.applyEvent(calledEvent(1, u"A041"_s, u"c01"_s));
    model.applyEvent(calledEvent(2, u"B017"_s, u"c05"_s));
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    window.resize(1920, 1080);
    window.show();
    CHECK_FALSE(window.ticker()->isHighlighted());

    qint64 seq = 3;
    for (const auto &[lang, text] : MESSAGES) {
        INFO("language " << lang.toStdString());
        model.applyEvent(messageEvent(seq++, text, NOW.addSecs(3600)));
        window.setLanguage(lang);
        window.setTickerLanguages({lang});
        CHECK(window.ticker()->text().startsWith(text));
        CHECK(window.ticker()->isHighlighted());
        const QImage image = window.grab().toImage();
        const QRect band = window.ticker()->geometry();
        CHECK(image.pixelColor(band.left() + 2, band.bottom() - 2)
              == palette::color(palette::WARNING_BG));
    }

    clock.advanceSec(3600); // expired: the centre's own ticker again
    model.tick();
    CHECK_FALSE(window.ticker()->isHighlighted());
    CHECK_FALSE(window.ticker()->text().contains(u"16:00"_s));

    model.applyEvent(messageEvent(seq++, u"Salam"_s));
    CHECK(window.ticker()->isHighlighted());
    model.applyEvent(messageEvent(seq++, QString())); // cleared
    CHECK_FALSE(window.ticker()->isHighlighted());
    CHECK_FALSE(window.ticker()->text().contains(u"Salam"_s));
}

TEST_CASE("the display gets the message from the engine, and again after a reconnect",
          "[gui][display][ticker]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions{defaultClockStart()});
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    DisplaySettings settings;
    settings.connection.port = engine.port();
    settings.connection.device = u"display-hall"_s;
    settings.connection.token = demoToken(u"display-hall"_s);
    settings.windowed = true;
    settings.size = {1920, 1080};
    {
        DisplayApp app(settings, std::make_unique<SilentSpeaker>());
        QSignalSpy subscribed(&app.client(), &EngineClient::subscribed);
        app.start();
        REQUIRE(subscribed.wait(WAIT_MS));
        okCall(*manager, u"display.message"_s, {{u"text"_s, u"Kassa 14:00-da bağlanır"_s}});
        REQUIRE(QTest::qWaitFor(
            [&] { return app.window().ticker()->text().startsWith(u"Kassa 14:00-da bağlanır"_s); },
            WAIT_MS));
        CHECK(app.window().ticker()->isHighlighted());
    }
    DisplayApp again(
        settings,
        std::make_unique<SilentSpeaker>()); // a display switched on later: the snapshot has it
    again.start();
    REQUIRE(QTest::qWaitFor(
        [&] { return again.window().ticker()->text().startsWith(u"Kassa 14:00-da bağlanır"_s); },
        WAIT_MS));
    okCall(*manager, u"display.message"_s, {{u"text"_s, u""_s}});
    REQUIRE(QTest::qWaitFor([&] { return !again.window().ticker()->isHighlighted(); }, WAIT_MS));
}
