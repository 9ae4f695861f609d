// RequestParser (engine/http): the pure bytes -> request | error step.

#include "http/requestparser.h"

#include <catch2/catch.hpp>

#include <random>

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

namespace {

// What a parser makes of `bytes` fed in the given pieces: each request as
// "METHOD target [headers] body", or the failure's status.
QList<QByteArray> parseInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    RequestParser p;
    QList<QByteArray> out;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(bytes.size());
    for (const qsizetype to : ends) {
        State s = p.feed(bytes.mid(from, to - from));
        from = to;
        while (s == State::Done) {
            const Request r = p.take();
            QByteArray line = r.method + ' ' + r.target + (r.keepAlive ? " ka" : " close");
            for (const auto &h : r.headers)
                line += ' ' + h.first + '=' + h.second;
            out.append(line + ' ' + r.body);
            s = p.state();
        }
        if (s == State::Failed) {
            out.append("failed " + QByteArray::number(p.failure().status));
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("random splits of pipelined requests parse like the whole", "[http][parser]")
{
    const QByteArray body = R"({"service":"passport"})";
    const QList<QByteArray> inputs{
        "\r\n\r\nGET /a HTTP/1.1\r\nHost: a\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nX-A: 1\r\n\r\n" + body
            + "GET /c?q=1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
        "GET /x HTTP/1.1\r\nX: " + QByteArray(3000, 'v') + "\r\n\r\nGET /y HTTP/1.1\r\n\r\n",
        "GET /a HTTP/1.1\r\nX: " + QByteArray(RequestParser::MAX_HEAD, 'v') + "\r\n\r\n",
        "GET /a HTTP/1.1\r\nX: a\r\n\r\nGET /b HTTP/1.1\r\nBad\rHeader: 1\r\n\r\n",
    };
    std::mt19937 random(20261204);
    for (const QByteArray &input : inputs) {
        const QList<QByteArray> whole = parseInPieces(input, {});
        REQUIRE_FALSE(whole.isEmpty());
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < input.size(); ++i)
            everyByte.append(i);
        CHECK(parseInPieces(input, everyByte) == whole);
        for (int round = 0; round < 50; ++round) {
            QList<qsizetype> cuts;
            for (qsizetype at = 0;;) {
                at += 1 + qsizetype(random() % 17);
                if (at >= input.size())
                    break;
                cuts.append(at);
            }
            INFO("round " << round);
            CHECK(parseInPieces(input, cuts) == whole);
        }
    }
}
