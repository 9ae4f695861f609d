// The hall display window, offscreen at its real resolutions: letter height,
// language switching, the offline dot.

#include "displaymodel.h"
#include "displaystyle.h"
#include "displaywindow.h"
#include "headerband.h"
#include "historypanel.h"
#include "nowcallingpanel.h"
#include "tickerbar.h"

#include "core/configloader.h"
#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

const QDateTime NOW = QDateTime(QDate(2026, 11, 28), QTime(7, 24), Qt::UTC);

QJsonObject called(qint64 seq, const QString &number, const QString &counter, int secondsAgo,
                   bool recall = false)
{
    const QJsonObject name{{u"az"_s, QString::number(counter.mid(1).toInt())}};
    return {{u"seq"_s, seq},
            {u"type"_s, u"ticket.called"_s},
            {u"at"_s, isoTime(NOW.addSecs(-secondsAgo))},
            {u"recall"_s, recall},
            {u"ticket"_s,
             QJsonObject{{u"id"_s, QString(u"t_"_s + number)},
                         {u"number"_s, number},
                         {u"service"_s, u"idCard"_s},
                         {u"state"_s, u"called"_s},
                         {u"counter"_s, counter},
                         {u"recalls"_s, recall ? 1 : 0}}},
            {u"counter"_s, QJsonObject{{u"id"_s, counter}, {u"name"_s, name}}}};
}

CentreView sampleCentre()
{
    QFile file(QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<CentreConfig> config = parseCentreConfig(file.readAll());
    REQUIRE(config.ok());
    return centreViewOf(*config);
}

EventView wireEvent(const QJsonObject &json)
{
    const std::optional<EventView> event = decode<EventView>(json);
    REQUIRE(event.has_value());
    return *event;
}

bool near(QRgb px, QRgb colour)
{
    const QColor c = palette::color(colour);
    return std::abs(qRed(px) - c.red()) + std::abs(qGreen(px) - c.green())
        + std::abs(qBlue(px) - c.blue())
        < 60;
}

// Height in pixels of the ink of colour `ink` (the digits) inside `area` of `image`.
int inkHeight(const QImage &image, const QRect &area, QRgb ink = palette::TEXT)
{
    int top = -1;
    int bottom = -1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (near(image.pixel(x, y), ink)) {
                if (top < 0)
                    top = y;
                bottom = y;
                break;
            }
        }
    }
    return top < 0 ? 0 : bottom - top + 1;
}

} // namespace

TEST_CASE("the current call's letters are at least 20% of the screen height", "[gui][display]")
{
    const QSize size = GENERATE(QSize(1920, 1080), QSize(3840, 2160));
    const QString number = GENERATE(u"A042"_s, u"NA005"_s);
    INFO(size.width() << "x" << size.height() << " " << number.toStdString());
    ManualClock clock(NOW);
    DisplayModel model(clock);
    model.setCentre(sampleCentre());
    model.applyEvent(wireEvent(called(1, u"B117"_s, u"c30"_s, 20)));
    model.applyEvent(wireEvent(called(2, number, u"c13"_s, 10)));
    clock.advanceSec(4); // past the three flashes: white digits on the accent until the next call
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    window.resize(size);
    window.show();
    REQUIRE(window.nowCalling()->shownRows() == QStringList{number + u" → 13"_s, u"B117 → 30"_s});
    const QImage image = window.grab().toImage();
    REQUIRE(image.size() == size);
    QRect row = window.nowCalling()->rowRect(0);
    row.translate(window.nowCalling()->pos());
    CHECK(near(image.pixel(row.left() + 2, row.top() + 2), palette::ACCENT)); // the newest: filled
    const int ink = inkHeight(image, row.adjusted(1, 1, -1, -1), palette::BAND_TEXT);
    CHECK(ink >= qCeil(0.2 * size.height()));
    CHECK(ink <= row.height());
}

TEST_CASE("switching language relabels the whole screen", "[gui][display]")
{
    ManualClock clock(NOW);
    DisplayModel model(clock);
    model.setCentre(sampleCentre());
    model.applyEvent(wireEvent(called(1, u"A041"_s, u"c01"_s, 100)));
    model.applyEvent(wireEvent(called(2, u"A042"_s, u"c01"_s, 50, true)));
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    window.resize(1920, 1080);
    window.setLanguage(u"ru"_s);
    CHECK(window.header()->centreName() == u"Бакинский центр «ASAN xidmət» № 1");
    CHECK(window.nowCalling()->shownRows() == QStringList{u"A042 → 1 (повторно)"_s});
    CHECK(window.historyPanel()->shownRows() == QStringList{u"A041 → 1"_s});
    CHECK(window.ticker()->text().startsWith(u"Xoş gəlmisiniz"_s));
    window.setTickerLanguages({u"en"_s});
    CHECK(window.ticker()->text().startsWith(u"Welcome!"_s));
    window.setLanguage(u"az"_s);
    CHECK(window.header()->centreName() == u"Bakı 1 nömrəli ASAN xidmət mərkəzi");
    CHECK(window.nowCalling()->shownRows() == QStringList{u"A042 → 1 (təkrar)"_s});
    window.setLanguage(u"en"_s);
    CHECK(window.nowCalling()->shownRows() == QStringList{u"A042 → 1 (again)"_s});
    CHECK(window.header()->clockText() == u"11:24"); // Asia/Baku
}

TEST_CASE("offline shows a small dot, never over the calls", "[gui][display]")
{
    ManualClock clock(NOW);
    DisplayModel model(clock);
    model.setCentre(sampleCentre());
    model.applyEvent(wireEvent(called(1, u"A042"_s, u"c07"_s, 10)));
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    window.resize(1920, 1080);
    window.show();
    CHECK(window.header()->offlineDotRect().isEmpty());
    window.setOnline(false);
    const QRect dot = window.header()->offlineDotRect();
    REQUIRE_FALSE(dot.isEmpty());
    CHECK(dot.height() < 1080 / 20);
    CHECK(window.header()->geometry().contains(dot));
    const QImage image = window.grab().toImage();
    CHECK(image.pixelColor(dot.center()) == palette::color(palette::FAULT));
    CHECK(window.nowCalling()->shownRows() == QStringList{u"A042 → 7"_s});
}
