// RequestParser (engine/http): the pure bytes -> request | error step.

#include "http/requestparser.h"

#include <catch2/catch.hpp>

using namespace novbe::http;
using State = RequestParser::State;

TEST_CASE("a request fed byte by byte parses like one fed at once", "[http][parser]")
{
    const QByteArray bytes = "POST /api/v1/appointments?x=%41 HTTP/1.1\r\nHost: a\r\n"
                             "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    RequestParser whole;
    REQUIRE(whole.feed(bytes) == State::Done);
    RequestParser split;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i)
        REQUIRE(split.feed(bytes.mid(i, 1)) == State::NeedMore);
    REQUIRE(split.feed(bytes.right(1)) == State::Done);
    const Request r = split.take();
    CHECK(r.method == "POST");
    CHECK(r.path() == QStringLiteral("/api/v1/appointments"));
    CHECK(r.query() == QStringLiteral("x=%41"));
    CHECK(r.header("content-type") == "application/json");
    CHECK(r.body == "{}");
    CHECK(r.keepAlive);
    CHECK(whole.take().body == r.body);
}

TEST_CASE("pipelined requests come out one by one", "[http][parser]")
{
    RequestParser p;
    REQUIRE(p.feed("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\r\n\r\nGET /c") == State::Done);
    CHECK(p.take().target == "/a");
    REQUIRE(p.state() == State::Done);
    const Request b = p.take();
    CHECK(b.target == "/b");
    CHECK_FALSE(b.keepAlive); // HTTP/1.0
    CHECK(p.state() == State::NeedMore);
    CHECK(p.hasPartial());
    REQUIRE(p.feed(" HTTP/1.1\r\nConnection: close\r\n\r\n") == State::Done);
    CHECK_FALSE(p.take().keepAlive);
}

TEST_CASE("the head limit is 8 KiB and the body limit 64 KiB", "[http][parser]")
{
    const QByteArray start = "GET / HTTP/1.1\r\nX: ";
    const QByteArray fits = start + QByteArray(RequestParser::MAX_HEAD - start.size() - 4, 'a')
        + "\r\n\r\n";
    RequestParser ok;
    CHECK(ok.feed(fits) == State::Done);
    RequestParser over;
    CHECK(
        over.feed(start + QByteArray(RequestParser::MAX_HEAD - start.size() - 3, 'a') + "\r\n\r\n")
        == State::Failed);
    CHECK(over.failure().status == 431);
    RequestParser endless;
    CHECK(endless.feed(start + QByteArray(RequestParser::MAX_HEAD, 'a')) == State::Failed);
    RequestParser body;
    CHECK(body.feed("POST / HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") == State::NeedMore);
    RequestParser tooBig;
    CHECK(tooBig.feed("POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n") == State::Failed);
    CHECK(tooBig.failure().status == 413);
}

TEST_CASE("ambiguous or malformed requests fail with a reason", "[http][parser]")
{
    const QList<QPair<QByteArray, int>> cases{
        {"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
        {"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", 400},
        {"GET / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nContent-Length: +1\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\n: x\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nX: \x01\r\n\r\n", 400},
        {"GET  / HTTP/1.1\r\n\r\n", 400},
        {"GET http://a/ HTTP/1.1\r\n\r\n", 400},
        {"GET / HTTP/1.2\r\n\r\n", 505},
        {"GET / HTTP/1.1\r\nX: a\r\n\tb\r\n\r\n", 400},
    };
    for (const auto &[bytes, status] : cases) {
        INFO(bytes.toStdString());
        RequestParser p;
        REQUIRE(p.feed(bytes) == State::Failed);
        CHECK(p.failure().status == status);
        CHECK(p.failure().reason == QStringLiteral("INVALID_REQUEST"));
        CHECK(p.feed("GET / HTTP/1.1\r\n\r\n") == State::Failed); // stays failed
    }
}
