#include "core/pinhash.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <string>
#include <tuple>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published vectors", "[config][pinhash]")
{
    // RFC 7914 section 11 and the widely published RFC 6070-style SHA-256 vectors.
    const auto [password, salt, iterations,
                hex] = GENERATE(table<std::string, std::string, int, std::string>({
        {"password", "salt", 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"},
        {"password", "salt", 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"},
        {"password", "salt", 4096,
         "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"},
        {"passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096,
         "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"},
        {std::string("pass\0word", 9), std::string("sa\0lt", 5), 4096,
         "89b69d0516f829893c696226650a8687"},
        {"passwd", "salt", 1,
         "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
         "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"},
    }));
    const int keyLen = int(hex.size() / 2);
    const QByteArray key = pbkdf2Sha256(QByteArray::fromStdString(password),
                                        QByteArray::fromStdString(salt), iterations, keyLen);
    CHECK(key.toHex().toStdString() == hex);
}

TEST_CASE("PBKDF2 hashes a key longer than one HMAC block first", "[config][pinhash]")
{
    // Python: hashlib.pbkdf2_hmac('sha256', b'x' * 100, b'salt', 2).hex()
    const QByteArray key = pbkdf2Sha256(QByteArray(100, 'x'), "salt", 2, 32);
    CHECK(key.toHex() == "d43a18cd77bafc1a4b0c6025dbbf29c7e6d67acce6ad02a736d4a3003b6a3c26");
}

TEST_CASE("hashPin encodes the scheme, iterations, salt and key", "[config][pinhash]")
{
    const QString encoded = hashPin(u"password"_s, "salt", 4096);
    CHECK(encoded == u"pbkdf2-sha256$4096$c2FsdA==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o="_s);
    CHECK(isValidPinHash(encoded));
    CHECK(verifyPin(u"password"_s, encoded));
}

TEST_CASE("verifyPin accepts the right PIN and rejects a wrong one", "[config][pinhash]")
{
    const QString encoded = hashPin(u"1234"_s, randomSalt(), 1000);
    CHECK(verifyPin(u"1234"_s, encoded));
    CHECK_FALSE(verifyPin(u"1235"_s, encoded));
    CHECK_FALSE(verifyPin(u"12345"_s, encoded));
    CHECK_FALSE(verifyPin(QString(), encoded));
}

TEST_CASE("PINs hash their UTF-8 bytes", "[config][pinhash]")
{
    const QString encoded = hashPin(u"şəki"_s, "salt", 10);
    CHECK(verifyPin(u"şəki"_s, encoded));
    CHECK_FALSE(verifyPin(u"seki"_s, encoded));
    CHECK(encoded.section(u'$', 3)
          == QString::fromLatin1(pbkdf2Sha256(u"şəki"_s.toUtf8(), "salt", 10, 32).toBase64()));
}

TEST_CASE("malformed PIN hashes are invalid and never verify", "[config][pinhash]")
{
    const QString good = hashPin(u"1001"_s, "0123456789abcdef", 100);
    REQUIRE(isValidPinHash(good));
    const QString hash = good.section(u'$', 3);
    const QString bad = GENERATE_COPY(
        QString(), u"1001"_s, u"pbkdf2-sha256$100$MDEyMzQ1Njc4OWFiY2RlZg=="_s,
        u"pbkdf2-sha1$100$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash,
        u"pbkdf2-sha256$0$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash,
        u"pbkdf2-sha256$-5$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash,
        u"pbkdf2-sha256$1e3$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash,
        u"pbkdf2-sha256$99999999999$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash,
        u"pbkdf2-sha256$100$$"_s + hash, u"pbkdf2-sha256$100$MDEyMzQ1Njc4OWFiY2RlZg$"_s + hash,
        u"pbkdf2-sha256$100$MDEy*zQ1Njc4OWFiY2RlZg==$"_s + hash,
        u"pbkdf2-sha256$100$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash.chopped(1),
        u"pbkdf2-sha256$100$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash.left(40) + u"==",
        u"pbkdf2-sha256$100$MDEyMzQ1Njc4OWFiY2RlZg==$MTIz"_s,
        u"pbkdf2-sha256$100$MDEyMzQ1Njc4OWFiY2RlZg==$"_s + hash + u"$extra"_s);
    INFO(bad.toStdString());
    CHECK_FALSE(isValidPinHash(bad));
    CHECK_FALSE(verifyPin(u"1001"_s, bad));
}

TEST_CASE("randomSalt gives fresh bytes of the asked length", "[config][pinhash]")
{
    QSet<QByteArray> salts;
    for (int i = 0; i < 20; ++i) {
        const QByteArray salt = randomSalt(16);
        CHECK(salt.size() == 16);
        salts.insert(salt);
    }
    CHECK(salts.size() == 20);
    CHECK(randomSalt(5).size() == 5);
}
