// The TLS settings on both ends, without a network: the engine's "tls"
// section (engine/server/tlssettings.h) and the client options that pin a
// CA (common/app/connectionoptions.h: command line, environment, INI file).

#include "app/connectionoptions.h"
#include "server/tlssettings.h"

#include <catch2/catch.hpp>

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

QString tlsError(const QByteArray &json)
{
    const Result<TlsSettings> s = parseTlsSettings(json);
    REQUIRE_FALSE(s.ok());
    return s.error().message;
}

// A self-signed CA certificate (made once with openssl; any certificate will do).
const QByteArray SOME_CA = R"(-----BEGIN CERTIFICATE-----
MIIBfDCCASOgAwIBAgIUWc67qeb+W2+glDydomCiQ+ruJc4wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJVGVzdCBDQSAxMB4XDTI2MTIwNDE5MjgyNFoXDTM2MTIwMTE5
MjgyNFowFDESMBAGA1UEAwwJVGVzdCBDQSAxMFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAEYQhOoV3V4GXdI0EB1hC0c1b9JIqh1HPywdUkme3brJzGnP8+zURft1QS
1uNaCgvy56r+AY7X2mx7jxUqWQYncKNTMFEwHQYDVR0OBBYEFPkQAt+EOhnC/Plc
7MNdlsudJ7FwMB8GA1UdIwQYMBaAFPkQAt+EOhnC/Plc7MNdlsudJ7FwMA8GA1Ud
EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgFJjsYq+YA1OHg0a1vUnHIkRX
OVAOL+mdkiHsyH7KPecCICV5zK89b/ABIU2muPLubN1tA8XI++vXtzMESeqcdcy2
-----END CERTIFICATE-----
)";

struct Read
{
    std::optional<ConnectionOptions> options;
    QString error;
};

Read readOptions(const QStringList &args, const QProcessEnvironment &env = {})
{
    QCommandLineParser parser;
    ConnectionOptions::addTo(parser);
    REQUIRE(parser.parse(QStringList{u"novbe-test"_s} + args));
    Read r;
    r.options = ConnectionOptions::read(parser, &r.error, env);
    return r;
}

} // namespace

TEST_CASE("The tls section: off, required with its files, or refused naming the key",
          "[tls][config]")
{
    const Result<TlsSettings> absent = parseTlsSettings(R"({"centre": {}})");
    REQUIRE(absent.ok());
    CHECK_FALSE(absent->stated);
    CHECK_FALSE(absent->enabled());

    const Result<TlsSettings> off = parseTlsSettings(R"({"tls": {"mode": "off"}})");
    REQUIRE(off.ok());
    CHECK(off->stated);
    CHECK_FALSE(off->enabled());

    const Result<TlsSettings> on = parseTlsSettings(
        R"({"tls": {"mode": "required", "certificate": "/c.crt", "key": "/k.key",
                    "chain": "/ch.crt", "handshakeTimeoutMs": 2500}})");
    REQUIRE(on.ok());
    CHECK(on->enabled());
    CHECK(on->certificate == u"/c.crt"_s);
    CHECK(on->key == u"/k.key"_s);
    CHECK(on->chain == u"/ch.crt"_s);
    CHECK(on->handshakeTimeoutMs == 2500);

    CHECK(tlsError(R"({"tls": true})") == u"tls: must be an object (got true)"_s);
    CHECK(tlsError(R"({"tls": {}})") == u"tls: missing mode (\"required\" or \"off\")"_s);
    CHECK(tlsError(R"({"tls": {"mode": "on"}})")
          == u"tls: mode must be \"required\" or \"off\" (got \"on\")"_s);
    CHECK(tlsError(R"({"tls": {"mode": "required", "certificate": "/c.crt"}})")
          == u"tls: mode \"required\" needs certificate and key (PEM file paths)"_s);
    CHECK(tlsError(R"({"tls": {"mode": "required", "certificate": 7, "key": "/k"}})")
          == u"tls: certificate must be a file path (got 7)"_s);
    CHECK(tlsError(R"({"tls": {"mode": "off", "handshakeTimeoutMs": 50}})")
          == u"tls: handshakeTimeoutMs must be an integer 100..60000 (got 50)"_s);
}

TEST_CASE("Clients: a CA turns TLS on, on without a CA is refused, nothing said is plain",
          "[tls][client]")
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(u"ca.crt"_s);
    QFile file(ca);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(SOME_CA);
    file.close();

    const Read plain = readOptions({});
    REQUIRE(plain.options);
    CHECK_FALSE(plain.options->tls.enabled);

    const Read withCa = readOptions({u"--tls-ca"_s, ca, u"--tls-peer-name"_s, u"engine.lan"_s});
    REQUIRE(withCa.options);
    CHECK(withCa.options->tls.enabled);
    CHECK(withCa.options->tls.ca.size() == 1);
    CHECK(withCa.options->tls.peerName == u"engine.lan"_s);
    CHECK(withCa.options->tls.configuration().caCertificates() == withCa.options->tls.ca);

    // An explicit off wins over a CA from the environment.
    QProcessEnvironment env;
    env.insert(u"NOVBE_TLS_CA"_s, ca);
    CHECK(readOptions({}, env).options->tls.enabled);
    CHECK_FALSE(readOptions({u"--tls"_s, u"off"_s}, env).options->tls.enabled);

    CHECK(readOptions({u"--tls"_s, u"on"_s}).error.startsWith(u"tls is on but no CA"_s));
    CHECK(readOptions({u"--tls"_s, u"yes"_s}).error
          == u"the command line: tls must be on or off (got \"yes\")"_s);
    CHECK(readOptions({u"--tls-ca"_s, dir.filePath(u"none.crt"_s)})
              .error.startsWith(u"cannot read the TLS CA file "_s));
    const QString notPem = dir.filePath(u"not.pem"_s);
    QFile junk(notPem);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("hello\n");
    junk.close();
    CHECK(readOptions({u"--tls-ca"_s, notPem}).error
          == u"the TLS CA file "_s + notPem + u" holds no PEM certificate"_s);

    // The INI file's [engine] group.
    const QString iniPath = dir.filePath(u"device.ini"_s);
    {
        QSettings ini(iniPath, QSettings::IniFormat);
        ini.setValue(u"engine/tls"_s, u"on"_s);
        ini.setValue(u"engine/tlsCa"_s, ca);
    }
    const Read fromIni = readOptions({u"--config"_s, iniPath});
    REQUIRE(fromIni.options);
    CHECK(fromIni.options->tls.enabled);
    CHECK(fromIni.options->tls.caFile == ca);
}
