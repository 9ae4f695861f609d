// The strict HTTP/1.1 server over loopback: oversize, malformed, slow and
// idle requests, keep-alive with its cap; every error a JSON body.

#include "bookingapi.h"
#include "engineprocess.h"
#include "testcentre.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// One raw request on a new connection; the engine answers, then closes.
HttpAnswer rawOnce(quint16 port, const QByteArray &bytes, bool *closed = nullptr)
{
    HttpConnection c(port);
    c.send(bytes);
    HttpAnswer a = c.read();
    if (closed)
        *closed = c.waitForClose();
    return a;
}

void checkRefused(const HttpAnswer &a, int status)
{
    INFO(a.body.toStdString());
    CHECK(a.status == status);
    CHECK(a.errorReason() == u"INVALID_REQUEST"_s);
    CHECK(a.header("connection") == "close");
}

} // namespace

TEST_CASE("oversize heads and bodies are refused with 431 and 413", "[http][limits]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const QByteArray big(9000, 'a');
    bool closed = false;
    checkRefused(
        rawOnce(port, httpRequestBytes("GET", "/api/v1/status", {{"X-Big", big}}), &closed), 431);
    CHECK(closed);
    // Exactly at the limit the head is accepted: 8192 bytes in all.
    const QByteArray head = httpRequestBytes("GET", "/api/v1/status", {{"X-Pad", ""}});
    const QByteArray fits = httpRequestBytes("GET", "/api/v1/status",
                                             {{"X-Pad", QByteArray(8192 - head.size(), 'p')}});
    REQUIRE(fits.size() == 8192);
    CHECK(rawOnce(port, fits).status == 200);
    checkRefused(rawOnce(port,
                         httpRequestBytes("GET", "/api/v1/status",
                                          {{"X-Pad", QByteArray(8193 - head.size(), 'p')}})),
                 431);
    // A head that never ends is cut at 8 KiB too.
    checkRefused(rawOnce(port, "GET /api/v1/status HTTP/1.1\r\nX-A: " + big), 431);
    checkRefused(rawOnce(port,
                         "POST /api/v1/appointments HTTP/1.1\r\nContent-Type: "
                         "application/json\r\nContent-Length: 65537\r\n\r\n"),
                 413);
    CHECK(api.get("/api/v1/services").status == 200); // the engine is fine
}

TEST_CASE("malformed requests get 400 INVALID_REQUEST and a closed connection", "[http][limits]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    const QList<QByteArray> bad{
        "GARBAGE\r\n\r\n",
        "GET /api/v1/status\r\n\r\n",
        "GET api/v1/status HTTP/1.1\r\n\r\n",
        "GET /api/v1/status HTTP/1.1\nHost: x\n\n\r\n\r\n",
        "GET /api/v1/status HTTP/1.1\r\nNo colon here\r\n\r\n",
        "GET /api/v1/status HTTP/1.1\r\n folded: x\r\n\r\n",
        "GET /api/v1/status HTTP/1.1\r\nX: a\rb\r\n\r\n",
        "GET /api/v1/status HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        "GET /api/v1/status HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        QByteArray("GET /api/v1/status HTTP/1.1\r\nX: a\0b\r\n\r\n", 39),
    };
    for (const QByteArray &bytes : bad) {
        INFO(bytes.toStdString());
        bool closed = false;
        checkRefused(rawOnce(port, bytes, &closed), 400);
        CHECK(closed);
    }
    checkRefused(rawOnce(port, "GET /api/v1/status HTTP/2.0\r\n\r\n"), 505);
    checkRefused(rawOnce(port,
                         "POST /api/v1/appointments HTTP/1.1\r\nTransfer-Encoding: "
                         "chunked\r\n\r\n0\r\n\r\n"),
                 501);
    CHECK(api.get("/api/v1/services").status == 200);
}

TEST_CASE("slow and idle connections are closed", "[http][limits]")
{
    HttpTimeouts limits;
    limits.requestTimeoutMs = 300;
    limits.idleTimeoutMs = 600;
    EngineProcess engine(httpCentre(limits), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    SECTION("a request not complete in time gets 408")
    {
        HttpConnection c(engine.httpPort());
        c.send("GET /api/v1/status HTTP/1.1\r\nHost: x\r\n"); // ... and nothing more
        const HttpAnswer a = c.read();
        checkRefused(a, 408);
        CHECK(c.waitForClose());
    }
    SECTION("a body that stops short gets 408")
    {
        HttpConnection c(engine.httpPort());
        c.send("POST /api/v1/appointments HTTP/1.1\r\nContent-Length: 10\r\n\r\n{}");
        checkRefused(c.read(), 408);
        CHECK(c.waitForClose());
    }
    SECTION("an idle connection is closed without an answer")
    {
        HttpConnection c(engine.httpPort());
        REQUIRE(c.isConnected());
        CHECK(c.waitForClose());
        CHECK(c.read(100).status == 0);
    }
}

TEST_CASE("keep-alive: pipelined requests in order, a cap per connection", "[http][limits]")
{
    HttpTimeouts limits;
    limits.maxRequestsPerConnection = 3;
    EngineProcess engine(httpCentre(limits), EngineProcessOptions::manual());
    const BookingApi api(engine);
    REQUIRE(engine.start());
    HttpConnection c(engine.httpPort());
    const QByteArray status = httpRequestBytes("GET", "/api/v1/status");
    const QByteArray missing = httpRequestBytes("GET", "/nosuch");
    c.send(status + missing); // pipelined
    const HttpAnswer first = c.read();
    const HttpAnswer second = c.read();
    CHECK(first.status == 200);
    CHECK(first.header("connection") == "keep-alive");
    CHECK(second.status == 404);
    CHECK(second.header("connection") == "keep-alive");
    c.send(status);
    const HttpAnswer third = c.read();
    CHECK(third.status == 200);
    CHECK(third.header("connection") == "close"); // the third is the last
    CHECK(c.waitForClose());

    HttpConnection closing(engine.httpPort());
    closing.send(httpRequestBytes("GET", "/api/v1/status", {{"Connection", "close"}}));
    CHECK(closing.read().header("connection") == "close");
    CHECK(closing.waitForClose());
}
