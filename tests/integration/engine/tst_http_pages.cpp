// The citizen pages over plain HTTP (the browser tests are in
// tst_http_browser.cpp): languages, the not-found page, security headers,
// the per-address limits, cancel by code and phone, the QR, the rating rules,
// days ahead.

#include "bookingapi.h"
#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QString SLOT = u"2026-03-10T08:00:00.000Z"_s; // 12:00 Baku

HttpAnswer page(quint16 port, const QByteArray &target, const QByteArray &language = {})
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!language.isEmpty())
        headers.emplaceBack("Accept-Language", language);
    return httpCall(port, "GET", target, headers);
}

HttpAnswer pagePost(quint16 port, const QByteArray &target, const QJsonObject &body,
                    const QByteArray &key = {})
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!key.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + key);
    return httpCall(port, "POST", target, headers,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString htmlLang(const HttpAnswer &a)
{
    const qsizetype at = a.body.indexOf("<html lang=\"");
    return at < 0 ? QString() : QString::fromLatin1(a.body.mid(at + 12, 2));
}

// The ticket.issue result: {ticket, tracking}.
QJsonObject issue(EngineProcess &engine)
{
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    return okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
}

// The tracking page of an issued ticket, "/t/<token>".
QByteArray trackPath(const QJsonObject &issued)
{
    return "/t/" + issued[u"tracking"_s].toString().toLatin1();
}

} // namespace

TEST_CASE("pages speak the Accept-Language of the visitor, ?lang= wins", "[http][pages]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const QByteArray target = trackPath(issue(engine));
    CHECK(htmlLang(page(port, target)) == u"az"_s);
    CHECK(htmlLang(page(port, target, "ru-RU,ru;q=0.9,en;q=0.8")) == u"ru"_s);
    CHECK(htmlLang(page(port, target, "de-DE,en;q=0.5,ru;q=0.7")) == u"ru"_s);
    CHECK(htmlLang(page(port, target, "fr")) == u"az"_s);
    CHECK(htmlLang(page(port, target + "?lang=en", "ru")) == u"en"_s);
    CHECK(htmlLang(page(port, target + "?lang=xx", "ru")) == u"ru"_s);
    CHECK(htmlLang(page(port, "/book", "en")) == u"en"_s);
    const HttpAnswer a = page(port, target);
    CHECK(a.status == 200);
    CHECK(a.header("content-type") == "text/html; charset=utf-8");
    CHECK(a.header("content-security-policy").contains("default-src 'none'"));
    CHECK(a.header("referrer-policy") == "no-referrer");
    CHECK(a.header("cache-control") == "no-store");
    CHECK(a.body.startsWith("<!DOCTYPE html>\n<html lang=\"az\">")); // the shared head
    CHECK(a.body.contains("<body class=\"track\">"));
    CHECK_FALSE(a.body.contains("{{"));       // every placeholder filled
    CHECK_FALSE(a.body.contains("http://"));  // no external assets
    CHECK_FALSE(a.body.contains("https://")); // (the switch links are relative)
    CHECK(a.body.contains(QByteArray("href=\"" + target + "?lang=en\"")));
}

TEST_CASE("an unknown ticket gives a plain not-found page; guessing is limited", "[http][pages]")
{
    HttpTimeouts limits;
    limits.trackMissesPerMinute = 5;
    EngineProcess engine(httpCentre(limits), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const QJsonObject issued = issue(engine);
    const QJsonObject ticket = issued[u"ticket"_s].toObject();
    const QByteArray mine = trackPath(issued);
    // The ticket id alone, a token with another ticket's MAC or a forged MAC
    // is as unknown as a ticket that does not exist.
    const QString id = ticket[u"id"_s].toString();
    const QString mac = issued[u"tracking"_s].toString().section(u'.', 1);
    REQUIRE(mac.size() == 12);
    REQUIRE(mine == "/t/" + id.toLatin1() + "." + mac.toLatin1());
    QString forged = mac;
    forged[0] = forged[0] == u'A' ? u'B' : u'A';
    const QList<QByteArray> unknown{
        QByteArray("/t/") + id.toLatin1(), QByteArray("/t/t_nosuch.") + mac.toLatin1(),
        QByteArray("/t/" + id.toLatin1() + "." + forged.toLatin1()), QByteArray("/t/%3Cscript%3E")};
    for (const QByteArray &target : unknown) {
        const HttpAnswer a = page(port, target, "en");
        INFO(target.toStdString());
        CHECK(a.status == 404);
        CHECK(a.header("content-type") == "text/html; charset=utf-8");
        CHECK(a.body.contains("Ticket not found"));
        CHECK(a.body.contains("<body class=\"message\">"));
        CHECK_FALSE(a.body.contains("{{"));
        CHECK_FALSE(a.body.contains(ticket[u"number"_s].toString().toLatin1()));
        CHECK_FALSE(a.body.contains("<script>"));
    }
    CHECK(page(port, "/t/" + id.toLatin1() + "/state").errorReason() == u"NOT_FOUND"_s);
    // After the fifth miss in a minute the address is refused, even for a right token.
    const HttpAnswer limited = page(port, mine);
    CHECK(limited.status == 429);
    CHECK(limited.header("retry-after").toInt() > 0);
    CHECK(page(port, mine + "/state").status == 429);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 61}});
    const HttpAnswer state = page(port, mine + "/state");
    CHECK(state.status == 200);
    CHECK(state.json()[u"number"_s] == ticket[u"number"_s]);
    CHECK(state.json()[u"state"_s] == u"waiting"_s);
    CHECK(state.json()[u"ahead"_s] == 0);
    CHECK_FALSE(state.json().contains(u"id"_s));
}

TEST_CASE("a rating from the tracking page: after the service, once", "[http][pages]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const QByteArray rating = trackPath(issue(engine)) + "/rating";
    CHECK(pagePost(port, rating, {{u"rating"_s, 5}}).errorReason() == u"INVALID_STATE"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    for (const char *step : {"counter.callNext", "counter.start", "counter.finish"})
        okCall(*desk, QString::fromLatin1(step));
    CHECK(pagePost(port, rating, {{u"rating"_s, 6}}).status == 400);
    CHECK(pagePost(port, rating, {{u"rating"_s, u"5"_s}}).status == 400);
    CHECK(pagePost(port, rating, {{u"rating"_s, 4}}).status == 200);
    const HttpAnswer again = pagePost(port, rating, {{u"rating"_s, 5}});
    CHECK(again.status == 409);
    CHECK(again.errorReason() == u"INVALID_STATE"_s);
    CHECK(pagePost(port, "/t/t_nosuch/rating", {{u"rating"_s, 4}}).status == 404);
}

TEST_CASE("the booking page's writes: limited per address without a key, cancel by code and "
          "phone",
          "[http][pages]")
{
    HttpTimeouts limits;
    limits.pageWritesPerAddress = 3;
    EngineProcess engine(httpCentre(limits), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const HttpAnswer booked = pagePost(port, "/book/appointments",
                                       bookingBody(u"passport"_s, SLOT));
    REQUIRE(booked.status == 201);
    const QString code = booked.json()[u"code"_s].toString();
    CHECK(pagePost(port, "/book/cancel", {{u"code"_s, code}, {u"phone"_s, u"+994500000000"_s}})
              .errorReason()
          == u"NOT_FOUND"_s);
    CHECK(pagePost(port, "/book/cancel", {{u"code"_s, u"12"_s}, {u"phone"_s, u"1"_s}}).status
          == 400);
    // The fourth write from the address waits; an agent's key is not limited by address.
    const HttpAnswer limited = pagePost(port, "/book/cancel",
                                        {{u"code"_s, code}, {u"phone"_s, u"+994 50 123-45-67"_s}});
    CHECK(limited.status == 429);
    CHECK(limited.header("retry-after").toInt() > 0);
    CHECK(pagePost(port, "/book/cancel", {{u"code"_s, code}, {u"phone"_s, u"+994501234567"_s}},
                   "wrong")
              .status
          == 401);
    const HttpAnswer cancelled = pagePost(port, "/book/cancel",
                                          {{u"code"_s, code}, {u"phone"_s, u"+994 50 123-45-67"_s}},
                                          BOOKING_KEY);
    CHECK(cancelled.status == 200);
    CHECK(cancelled.json()[u"state"_s] == u"cancelled"_s);
    CHECK_FALSE(cancelled.body.contains("994"));
}

TEST_CASE("the booking page's reads, QR and assets", "[http][pages]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const QJsonObject services = page(port, "/book/services?lang=en").json();
    CHECK(services[u"today"_s] == u"2026-03-10"_s);
    const QJsonArray list = services[u"services"_s].toArray();
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list[0][u"lastDay"_s].toString() > u"2026-03-10"_s);
    const QJsonArray slotList =
        page(port, "/book/slots?service=passport&date=2026-03-10").json()[u"slots"_s].toArray();
    REQUIRE_FALSE(slotList.isEmpty());
    CHECK(slotList[0][u"time"_s] == u"10:15"_s); // after now (10:00 Baku)
    CHECK(page(port, "/book/slots?service=passport&date=2026-13-01").status == 400);
    CHECK(page(port, "/book/slots?service=nosuch&date=2026-03-10").status == 404);
    const HttpAnswer qr = page(port, "/book/qr.svg?code=123456");
    CHECK(qr.status == 200);
    CHECK(qr.header("content-type") == "image/svg+xml");
    CHECK(qr.body.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(page(port, "/book/qr.svg?code=12345x").status == 400);
    CHECK(page(port, "/assets/page.css").header("content-type") == "text/css; charset=utf-8");
    CHECK(page(port, "/assets/track.js").status == 200);
    CHECK(page(port, "/assets/nosuch.js").status == 404);
}

TEST_CASE("bookings open daysAhead days ahead", "[http][pages][booking]")
{
    QJsonObject config = httpCentre();
    setServiceKey(config, u"passport"_s, u"appointments"_s,
                  QJsonObject{{u"slotMin"_s, 15}, {u"perSlot"_s, 2}, {u"daysAhead"_s, 2}});
    EngineProcess engine(config, EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    // 2026-03-12 is two days ahead: bookable; 2026-03-13 is not.
    CHECK(pagePost(port, "/book/appointments",
                   bookingBody(u"passport"_s, u"2026-03-12T08:00:00.000Z"_s))
              .status
          == 201);
    const HttpAnswer late = pagePost(port, "/book/appointments",
                                     bookingBody(u"passport"_s, u"2026-03-13T08:00:00.000Z"_s));
    CHECK(late.status == 400);
    CHECK(late.errorReason() == u"INVALID_PARAMS"_s);
    CHECK(page(port, "/book/slots?service=passport&date=2026-03-13")
              .json()[u"slots"_s]
              .toArray()
              .isEmpty());
    CHECK_FALSE(page(port, "/book/slots?service=passport&date=2026-03-12")
                    .json()[u"slots"_s]
                    .toArray()
                    .isEmpty());
}

TEST_CASE("behind a trusted proxy the limits count the client named by X-Forwarded-For",
          "[http][pages]")
{
    QJsonObject config = httpCentre();
    QJsonObject http = config[u"http"_s].toObject();
    http.insert(u"trackMissesPerMinute"_s, 2);
    http.insert(u"trustedProxies"_s, QJsonArray{u"127.0.0.1"_s});
    config.insert(u"http"_s, http);
    EngineProcess engine(config, EngineProcessOptions::manual());
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    auto from = [port](const QByteArray &chain) {
        return httpCall(port, "GET", "/t/t_nosuch", {{"X-Forwarded-For", chain}}).status;
    };
    CHECK(from("203.0.113.5") == 404);
    CHECK(from("198.51.100.1, 203.0.113.5") == 404); // the rightmost untrusted hop counts
    CHECK(from("203.0.113.5") == 429);
    CHECK(from("203.0.113.6") == 404); // another client behind the same proxy
    CHECK(from("203.0.113.6, 127.0.0.1") == 404);
    CHECK(from("203.0.113.6") == 429);
}
