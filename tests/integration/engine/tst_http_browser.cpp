// The citizen pages in a real headless Debian chromium (tests/support
// HeadlessBrowser, DevTools over a pipe): the tracking page shows the
// ticket's number and position and follows a call without a reload; a
// booking made through /book appears in GET /api/v1/appointments and can be
// cancelled by code and phone. With NOVBE_SCREENSHOT_DIR set, phone-sized
// screenshots in az/en/ru are written there (scripts/screenshots-pages.sh).

#include "bookingapi.h"
#include "engineprocess.h"
#include "headlessbrowser.h"
#include "testcentre.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QStringList LANGUAGES{u"az"_s, u"en"_s, u"ru"_s};

QString base(const EngineProcess &engine)
{
    return u"http://127.0.0.1:%1"_s.arg(engine.httpPort());
}

QString text(HeadlessBrowser &browser, const QString &id)
{
    return browser.evaluate(u"document.getElementById('%1').textContent"_s.arg(id)).toString();
}

bool visible(HeadlessBrowser &browser, const QString &id)
{
    return browser.evaluate(u"!document.getElementById('%1').hidden"_s.arg(id)).toBool();
}

// Saves a PNG when NOVBE_SCREENSHOT_DIR is set; the PNG must be one anyway.
void keepScreenshot(HeadlessBrowser &browser, const QString &name, bool fullPage = false)
{
    const QByteArray png = browser.screenshot(fullPage);
    REQUIRE(png.startsWith("\x89PNG"));
    const QString dir = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(name + u".png"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(png);
}

void startBrowser(HeadlessBrowser &browser)
{
    INFO(browser.log().toStdString());
    REQUIRE(browser.start());
}

// The ticket, with "tracking" (the token of its /t/ page) from the result.
QJsonObject issue(TestClient &kiosk)
{
    const QJsonObject result = okCall(kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    QJsonObject ticket = result.value(u"ticket"_s).toObject();
    ticket.insert(u"tracking"_s, result.value(u"tracking"_s));
    return ticket;
}

void screenshotsInEveryLanguage(HeadlessBrowser &browser, const QString &url, const QString &name,
                                const QString &ready)
{
    for (const QString &lang : LANGUAGES) {
        REQUIRE(browser.open(url + u"?lang="_s + lang));
        REQUIRE(browser.waitUntil(ready));
        CHECK(browser.evaluate(u"document.documentElement.lang"_s).toString() == lang);
        keepScreenshot(browser, name + u'-' + lang);
    }
}

} // namespace

TEST_CASE("the tracking page shows the ticket and follows its call without a reload",
          "[http][pages][browser]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    issue(*kiosk);
    const QJsonObject mine = issue(*kiosk);
    const QString number = mine.value(u"number"_s).toString();
    const QString url = base(engine) + u"/t/"_s + mine.value(u"tracking"_s).toString();

    HeadlessBrowser browser;
    startBrowser(browser);
    REQUIRE(browser.setAcceptLanguage("en-GB,en;q=0.9"));
    REQUIRE(browser.open(url));
    CHECK(browser.evaluate(u"document.documentElement.lang"_s).toString() == u"en"_s);
    CHECK(text(browser, u"number"_s) == number);
    CHECK(text(browser, u"state"_s) == u"Waiting"_s);
    CHECK(text(browser, u"ahead"_s) == u"1"_s);
    CHECK(visible(browser, u"row-wait"_s));
    browser.evaluate(u"window.sameDocument = 42"_s); // gone if the page reloads

    okCall(*desk, u"counter.callNext"_s); // the ticket before mine
    CHECK(browser.waitUntil(u"document.getElementById('ahead').textContent === '0'"_s));
    okCall(*desk, u"counter.start"_s);
    okCall(*desk, u"counter.finish"_s);
    okCall(*desk, u"counter.callNext"_s); // mine, at counter 1
    CHECK(browser.waitUntil(u"!document.getElementById('call').hidden"_s));
    CHECK(text(browser, u"state"_s) == u"You are being called"_s);
    CHECK(text(browser, u"call"_s) == u"Please go to counter 1"_s);
    CHECK_FALSE(visible(browser, u"row-ahead"_s));
    CHECK(browser.evaluate(u"window.sameDocument"_s).toInt() == 42);
    screenshotsInEveryLanguage(browser, url, u"track-called"_s,
                               u"!document.getElementById('call').hidden"_s);

    okCall(*desk, u"counter.start"_s);
    okCall(*desk, u"counter.finish"_s);
    REQUIRE(browser.open(url + u"?lang=en"_s));
    REQUIRE(browser.waitUntil(u"!document.getElementById('rate').hidden"_s));
    screenshotsInEveryLanguage(browser, url, u"track-rate"_s,
                               u"!document.getElementById('rate').hidden"_s);
    REQUIRE(browser.open(url + u"?lang=en"_s));
    REQUIRE(browser.waitUntil(u"!document.getElementById('rate').hidden"_s));
    browser.evaluate(u"document.querySelectorAll('#stars button')[4].click()"_s);
    CHECK(browser.waitUntil(u"!document.getElementById('rated').hidden"_s));
    CHECK(text(browser, u"rated"_s) == u"Thank you! Your rating is saved."_s);
    CHECK_FALSE(visible(browser, u"rate"_s));
    // Once: the page offers no second rating, and the engine refuses one.
    REQUIRE(browser.open(url + u"?lang=en"_s));
    CHECK(text(browser, u"rated"_s) == u"You have rated this visit already."_s);
    CHECK_FALSE(visible(browser, u"rate"_s));
}

TEST_CASE("the tracking page of a waiting ticket, in every language", "[http][pages][browser]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    for (int i = 0; i < 3; ++i)
        issue(*kiosk);
    const QJsonObject mine = issue(*kiosk);
    HeadlessBrowser browser;
    startBrowser(browser);
    const QString url = base(engine) + u"/t/"_s + mine.value(u"tracking"_s).toString();
    screenshotsInEveryLanguage(browser, url, u"track-waiting"_s,
                               u"!document.getElementById('row-ahead').hidden"_s);
    CHECK(text(browser, u"number"_s) == mine.value(u"number"_s).toString());
    CHECK(text(browser, u"ahead"_s) == u"3 чел."_s);
    REQUIRE(browser.open(base(engine) + u"/t/t_nosuch1234?lang=ru"_s));
    CHECK(browser.evaluate(u"document.body.innerText"_s).toString().contains(u"Талон не найден"_s));
    keepScreenshot(browser, u"track-notfound-ru"_s);
}

namespace {

// 12:00, 12:15 and 12:30 Baku: one booking in each language.
const QStringList SLOTS{u"2026-03-10T08:00:00.000Z"_s, u"2026-03-10T08:15:00.000Z"_s,
                        u"2026-03-10T08:30:00.000Z"_s};

// Fills the booking form: passport, today, the slot at `start`, name and phone.
void fillBooking(HeadlessBrowser &browser, const QString &start, const QString &phone)
{
    REQUIRE(browser.waitUntil(u"document.getElementById('service').options.length > 1"_s));
    browser.evaluate(u"(() => { const s = document.getElementById('service'); s.value = "
                     "'passport'; s.dispatchEvent(new Event('change')); })()"_s);
    const QString slot = u"document.querySelector('#slots button[data-start=\"%1\"]')"_s.arg(start);
    REQUIRE(browser.waitUntil(slot + u" !== null"_s));
    browser.evaluate(slot + u".click()"_s);
    browser.evaluate(u"document.getElementById('name').value = 'Aysel Məmmədova'; "
                     "document.getElementById('phone').value = '%1'"_s.arg(phone));
}

QString zbarDecode(const QByteArray &png)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"shot.png"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(png);
    file.close();
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, file.fileName()});
    zbar.waitForFinished(20000);
    return QString::fromLatin1(zbar.readAllStandardOutput()).trimmed();
}

QJsonObject bookingWithCode(const BookingApi &api, const QString &code)
{
    const QJsonArray list =
        api.get("/api/v1/appointments?date=2026-03-10").json()[u"appointments"_s].toArray();
    for (const QJsonValue &a : list) {
        if (a[u"code"_s].toString() == code)
            return a.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("a booking made through /book appears in GET /appointments and is cancelled by code",
          "[http][pages][browser]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    HeadlessBrowser browser;
    startBrowser(browser);
    QStringList codes;
    for (const QString &lang : LANGUAGES) {
        REQUIRE(browser.open(base(engine) + u"/book?lang="_s + lang));
        const QString slot = SLOTS[codes.size()];
        fillBooking(browser, slot, u"+994 50 123 45 6%1"_s.arg(codes.size()));
        keepScreenshot(browser, u"book-"_s + lang, true);
        browser.evaluate(u"document.getElementById('book-button').click()"_s);
        REQUIRE(browser.waitUntil(u"!document.getElementById('done').hidden"_s));
        const QString code = text(browser, u"code"_s);
        REQUIRE(code.size() == 6);
        codes << code;
        const QJsonObject booked = bookingWithCode(api, code);
        CHECK(booked[u"service"_s] == u"passport"_s);
        CHECK(booked[u"start"_s] == slot);
        CHECK(booked[u"state"_s] == u"booked"_s);
        CHECK(booked[u"lang"_s] == lang); // booked in the page's language, and stored
        REQUIRE(browser.waitUntil(u"document.getElementById('qr').complete && "
                                  "document.getElementById('qr').naturalWidth > 0"_s));
        if (lang == u"en"_s) // the QR holds the code, as the kiosk's scanner types it
            CHECK(zbarDecode(browser.screenshot()) == code);
        keepScreenshot(browser, u"book-done-"_s + lang);
    }
    CHECK(QSet<QString>(codes.cbegin(), codes.cend()).size() == 3);

    REQUIRE(browser.open(base(engine) + u"/book?lang=en"_s));
    browser.evaluate(u"document.getElementById('cancel-code').value = '%1'; "
                     "document.getElementById('cancel-phone').value = '+994501234560'; "
                     "document.querySelector('#cancel-form button').click()"_s.arg(codes[0]));
    REQUIRE(browser.waitUntil(u"!document.getElementById('cancel-ok').hidden"_s));
    CHECK(bookingWithCode(api, codes[0])[u"state"_s] == u"cancelled"_s);
}
