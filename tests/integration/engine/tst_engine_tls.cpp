// TLS on the device port (issue 15, docs/security.md): a CA and engine
// certificates made here with the openssl command line, the real engine
// with a "tls" section, and real clients through the app kit (AppLink,
// ConnectionOptions) and novbe-ctl. A client pinning another CA, a
// certificate for another name and an expired one are refused with a clear
// message and no plain-TCP fallback; plain clients on the TLS port are
// dropped while TLS clients carry on.

#include "engineprocess.h"
#include "httptestclient.h"
#include "samplecentre.h"
#include "testcentre.h"
#include "testpki.h"

#include "app/applink.h"
#include "app/connectionoptions.h"
#include "clienttimings.h"

#include <catch2/catch.hpp>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int HANDSHAKE_TIMEOUT_MS = 500;
constexpr int WAIT_MS = 10000;

// The engine's options for TLS on the device port with certificate `cert`.
EngineProcessOptions tlsOptions(const TestPki &pki, const QString &cert, bool http = false)
{
    EngineProcessOptions options;
    options.tls = {pki.crt(cert), pki.key(cert), u"required"_s, HANDSHAKE_TIMEOUT_MS};
    options.http = http;
    return options;
}

// The centre with its HTTP API speaking HTTPS (switched on by the `http` option).
QJsonObject httpsCentre()
{
    QJsonObject config = alwaysOpenCentre();
    config.insert(u"http"_s, QJsonObject{{u"tls"_s, true}});
    return config;
}

// The options an app reads from its command line, e.g. {"--tls-ca", FILE}.
ConnectionOptions appOptions(quint16 port, const QString &device, const QStringList &tls,
                             const QString &host = u"127.0.0.1"_s)
{
    QCommandLineParser parser;
    ConnectionOptions::addTo(parser);
    REQUIRE(parser.parse(QStringList{u"novbe-test"_s, u"--host"_s, host, u"--port"_s,
                                     QString::number(port), u"--device"_s, device, u"--token"_s,
                                     demoToken(device)}
                         + tls));
    QString error;
    const std::optional<ConnectionOptions> options = ConnectionOptions::read(parser, &error,
                                                                             QProcessEnvironment());
    INFO(error.toStdString());
    REQUIRE(options);
    return *options;
}

std::unique_ptr<AppLink> makeLink(const ConnectionOptions &options)
{
    auto link = std::make_unique<AppLink>(options, u"tst_engine_tls"_s);
    link->client()->setTimings(quickClientTimings());
    return link;
}

RpcReply callAndWait(AppLink &link, const QString &method, const QJsonObject &params = {})
{
    std::optional<RpcReply> reply;
    link.client()->call(method, params, [&](const RpcReply &r) { reply = r; });
    REQUIRE(QTest::qWaitFor([&] { return reply.has_value(); }, WAIT_MS));
    return *reply;
}

// A link that must get through: ready, centre loaded, a ticket issued.
void checkWorks(AppLink &link)
{
    if (!link.hasCentre()) {
        QSignalSpy centre(&link, &AppLink::centreLoaded);
        REQUIRE(centre.wait(WAIT_MS));
    }
    const RpcReply issued = callAndWait(link, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    INFO(issued.error.message.toStdString());
    REQUIRE(issued.ok);
    CHECK(issued.result.value(u"ticket"_s)
              .toObject()
              .value(u"number"_s)
              .toString()
              .startsWith(u"B"_s));
}

// A link that must be refused: its connectionFailed message, never ready.
QString refusal(AppLink &link)
{
    QSignalSpy failed(&link, &AppLink::connectionFailed);
    QSignalSpy ready(&link, &AppLink::ready);
    link.start();
    REQUIRE(failed.wait(WAIT_MS));
    // It keeps retrying, and keeps failing the same way: no plaintext fallback.
    REQUIRE(QTest::qWaitFor([&] { return failed.size() >= 3; }, WAIT_MS));
    CHECK(ready.isEmpty());
    CHECK_FALSE(link.isReady());
    return failed.first().first().toString();
}

} // namespace

TEST_CASE("A TLS engine serves app kit clients and novbe-ctl that pin the centre CA",
          "[engine][tls]")
{
    TestPki pki;
    pki.makeCa(u"centre"_s);
    pki.makeCert(u"centre"_s, u"engine"_s, u"DNS:localhost,IP:127.0.0.1"_s);
    EngineProcess engine(alwaysOpenCentre(), tlsOptions(pki, u"engine"_s));
    REQUIRE(engine.start());
    CHECK(engine.output().contains("listening on 127.0.0.1:"));
    CHECK(engine.output().contains("(TLS)"));

    for (const QString &host : {u"127.0.0.1"_s, u"localhost"_s}) {
        auto link = makeLink(
            appOptions(engine.port(), u"kiosk-1"_s, {u"--tls-ca"_s, pki.crt(u"centre"_s)}, host));
        QSignalSpy ready(link.get(), &AppLink::ready);
        link->start();
        REQUIRE(ready.wait(WAIT_MS));
        checkWorks(*link);
    }

    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(QStringLiteral(NOVBE_CTL),
              {u"--port"_s, QString::number(engine.port()), u"--device"_s, u"kiosk-2"_s,
               u"--token"_s, demoToken(u"kiosk-2"_s), u"--tls-ca"_s, pki.crt(u"centre"_s),
               u"issue"_s, u"passport"_s});
    REQUIRE(ctl.waitForFinished(WAIT_MS));
    const QByteArray out = ctl.readAll();
    INFO(out.toStdString());
    CHECK(ctl.exitCode() == 0);
    CHECK(out.contains("Ticket B"));
}

TEST_CASE("A client pinning another CA is refused with a clear error", "[engine][tls]")
{
    TestPki pki;
    pki.makeCa(u"centre"_s);
    pki.makeCa(u"other"_s);
    pki.makeCert(u"centre"_s, u"engine"_s, u"DNS:localhost,IP:127.0.0.1"_s);
    EngineProcess engine(alwaysOpenCentre(), tlsOptions(pki, u"engine"_s));
    REQUIRE(engine.start());

    auto link = makeLink(
        appOptions(engine.port(), u"kiosk-1"_s, {u"--tls-ca"_s, pki.crt(u"other"_s)}));
    const QString message = refusal(*link);
    CHECK(message.contains(u"not signed by the pinned CA "_s + pki.crt(u"other"_s)));
    CHECK(link->client()->lastFailure() == message);
    CHECK_FALSE(engine.output().contains("is kiosk kiosk-1"));

    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(QStringLiteral(NOVBE_CTL),
              {u"--port"_s, QString::number(engine.port()), u"--device"_s, u"kiosk-2"_s,
               u"--token"_s, demoToken(u"kiosk-2"_s), u"--tls-ca"_s, pki.crt(u"other"_s),
               u"issue"_s, u"passport"_s});
    REQUIRE(ctl.waitForFinished(WAIT_MS));
    CHECK(ctl.exitCode() == 2);
    CHECK(ctl.readAll().contains("not signed by the pinned CA"));

    // A client set up for TLS against a plain engine never speaks in the clear.
    EngineProcess plain(alwaysOpenCentre());
    REQUIRE(plain.start());
    auto toPlain = makeLink(
        appOptions(plain.port(), u"kiosk-1"_s, {u"--tls-ca"_s, pki.crt(u"centre"_s)}));
    CHECK(refusal(*toPlain).startsWith(u"TLS: "_s));
    CHECK_FALSE(plain.output().contains("is kiosk kiosk-1"));
}

TEST_CASE("Plain TCP clients on the TLS port are dropped and TLS clients carry on",
          "[engine][tls][hostile]")
{
    TestPki pki;
    pki.makeCa(u"centre"_s);
    pki.makeCert(u"centre"_s, u"engine"_s, u"DNS:localhost,IP:127.0.0.1"_s);
    EngineProcess engine(alwaysOpenCentre(), tlsOptions(pki, u"engine"_s, true));
    REQUIRE(engine.start());
    auto bystander = makeLink(
        appOptions(engine.port(), u"kiosk-1"_s, {u"--tls-ca"_s, pki.crt(u"centre"_s)}));
    QSignalSpy ready(bystander.get(), &AppLink::ready);
    bystander->start();
    REQUIRE(ready.wait(WAIT_MS));

    // Plain clients that talk are dropped at their first byte; silent ones
    // when the handshake timeout ends. Neither holds anyone up.
    constexpr int TALKERS = 40;
    constexpr int SILENT = 40;
    std::vector<std::unique_ptr<QTcpSocket>> plain;
    for (int i = 0; i < TALKERS + SILENT; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, engine.port());
        REQUIRE(socket->waitForConnected(WAIT_MS));
        if (i < TALKERS)
            socket->write(R"({"jsonrpc":"2.0","id":1,"method":"session.hello","params":)"
                          R"({"protocol":1,"device":"kiosk-2","token":"demo-kiosk-2-token"}})"
                          "\n");
        plain.push_back(std::move(socket));
    }
    QElapsedTimer timer;
    timer.start();
    checkWorks(*bystander);
    const auto closed = [&](int from, int to) {
        for (int i = from; i < to; ++i)
            if (plain[std::size_t(i)]->state() != QAbstractSocket::UnconnectedState)
                return false;
        return true;
    };
    REQUIRE(QTest::qWaitFor([&] { return closed(0, TALKERS); }, WAIT_MS));
    INFO("talking plain clients dropped after " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < HANDSHAKE_TIMEOUT_MS * 4);
    REQUIRE(QTest::qWaitFor([&] { return closed(TALKERS, TALKERS + SILENT); }, WAIT_MS));
    for (const auto &socket : plain)
        CHECK(socket->readAll().isEmpty()); // not one byte of the protocol in the clear
    checkWorks(*bystander);
    CHECK(bystander->isReady());
    CHECK(engine.output().contains("spoke no TLS (a plain client?); dropped"));
    CHECK_FALSE(engine.output().contains("is kiosk kiosk-2"));
    // Counted, by outcome (the log keeps to 10 lines a minute).
    const HttpAnswer metrics = httpCall(engine.httpPort(), "GET", "/api/v1/metrics");
    REQUIRE(metrics.status == 200);
    CHECK(metrics.body.contains("novbe_tls_handshakes_total{outcome=\"not_tls\"} 40\n"));
    CHECK(metrics.body.contains("novbe_tls_handshakes_total{outcome=\"timeout\"} 40\n"));
    CHECK(metrics.body.contains("novbe_tls_handshakes_total{outcome=\"ok\"} 1\n"));
}

TEST_CASE("Certificates for another name or out of date are refused", "[engine][tls]")
{
    TestPki pki;
    pki.makeCa(u"centre"_s);

    SECTION("the name connected to is not in the subjectAltName")
    {
        pki.makeCert(u"centre"_s, u"named"_s, u"DNS:engine.centre.test"_s);
        EngineProcess engine(alwaysOpenCentre(), tlsOptions(pki, u"named"_s));
        REQUIRE(engine.start());
        auto link = makeLink(
            appOptions(engine.port(), u"kiosk-1"_s, {u"--tls-ca"_s, pki.crt(u"centre"_s)}));
        CHECK(refusal(*link).contains(u"does not name 127.0.0.1"_s));
        // The name it carries, given as the peer name, is accepted.
        auto named = makeLink(appOptions(
            engine.port(), u"kiosk-1"_s,
            {u"--tls-ca"_s, pki.crt(u"centre"_s), u"--tls-peer-name"_s, u"engine.centre.test"_s}));
        QSignalSpy ready(named.get(), &AppLink::ready);
        named->start();
        REQUIRE(ready.wait(WAIT_MS));
        checkWorks(*named);
    }
    SECTION("an expired certificate")
    {
        pki.makeCert2020(u"centre"_s, u"old"_s, u"DNS:localhost,IP:127.0.0.1"_s);
        // The engine checks the validity on its own clock: started in 2020, it serves.
        EngineProcessOptions in2020 = tlsOptions(pki, u"old"_s);
        in2020.clockStart = QDateTime(QDate(2020, 6, 1), QTime(10, 0), QTimeZone::utc());
        EngineProcess engine(alwaysOpenCentre(), in2020);
        REQUIRE(engine.start());
        auto link = makeLink(
            appOptions(engine.port(), u"kiosk-1"_s, {u"--tls-ca"_s, pki.crt(u"centre"_s)}));
        CHECK(refusal(*link).contains(u"has expired"_s));

        // On today's clock the engine refuses to start with it, naming the file.
        EngineProcess today(alwaysOpenCentre(), tlsOptions(pki, u"old"_s));
        CHECK(today.runToExit() == 2);
        const QByteArray expected = "tls: certificate " + pki.crt(u"old"_s).toUtf8()
            + " is valid from 2020-01-01";
        CHECK(today.output().contains(expected));
    }
}

TEST_CASE("The engine refuses a broken tls section and says which key", "[engine][tls]")
{
    TestPki pki;
    pki.makeCa(u"centre"_s);
    QJsonObject config = alwaysOpenCentre();
    config.insert(u"tls"_s,
                  QJsonObject{{u"mode"_s, u"required"_s},
                              {u"certificate"_s, pki.crt(u"centre"_s)},
                              {u"key"_s, QString(pki.dir() + u"/missing.key"_s)}});
    EngineProcess missingKey(config);
    CHECK(missingKey.runToExit() == 2);
    const QByteArray expected = "tls: cannot read key " + pki.dir().toUtf8() + "/missing.key";
    CHECK(missingKey.output().contains(expected));
    config.insert(u"tls"_s, QJsonObject{{u"mode"_s, u"on"_s}});
    EngineProcess badMode(config);
    CHECK(badMode.runToExit() == 2);
    CHECK(badMode.output().contains(R"(tls: mode must be "required" or "off" (got "on"))"));
}

TEST_CASE("The HTTP API speaks HTTPS with the engine's certificate when asked", "[engine][tls]")
{
    TestPki pki;
    pki.makeCa(u"centre"_s);
    pki.makeCert(u"centre"_s, u"engine"_s, u"DNS:localhost,IP:127.0.0.1"_s);
    EngineProcess engine(httpsCentre(), tlsOptions(pki, u"engine"_s, true));
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();

    ClientTls tls;
    tls.enabled = true;
    tls.caFile = pki.crt(u"centre"_s);
    QString error;
    tls.ca = readPinnedCa(tls.caFile, &error).value_or(QList<QSslCertificate>{});
    QSslSocket https;
    REQUIRE(openEngineSocket(https, u"127.0.0.1"_s, port, tls, WAIT_MS, &error));
    https.write(httpRequestBytes("GET", "/api/v1/status", {}, {}));
    QByteArray answer;
    REQUIRE(QTest::qWaitFor(
        [&] {
            answer += https.readAll();
            return answer.contains("\r\n\r\n");
        },
        WAIT_MS));
    CHECK(answer.startsWith("HTTP/1.1 200"));

    // Plain HTTP on the HTTPS port gets no answer at all.
    CHECK(httpCall(port, "GET", "/api/v1/status").status == 0);
    // And HTTPS without TLS on the device port is a config error.
    EngineProcessOptions httpOnly;
    httpOnly.http = true;
    EngineProcess wrong(httpsCentre(), httpOnly);
    CHECK(wrong.runToExit() == 2);
    CHECK(wrong.output().contains(R"(http: tls needs the "tls" section with mode "required")"));
}
