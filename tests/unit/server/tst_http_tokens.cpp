// The tracking tokens (server/trackingtokens.h) and the Idempotency-Key
// cache's fall-back to the stored answers (http/idempotency.h).

#include "http/idempotency.h"
#include "server/trackingtokens.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::http;
using namespace Qt::StringLiterals;

TEST_CASE("a tracking token opens only its own ticket, and only with the right secret",
          "[http][tracking]")
{
    const TrackingTokens tokens(QByteArray(32, 's'));
    const QString token = tokens.tokenFor(u"t_2k00a1b2"_s);
    REQUIRE(token.startsWith(u"t_2k00a1b2."_s));
    CHECK(token.size() == QString(u"t_2k00a1b2."_s).size() + 12);
    CHECK(tokens.ticketOf(token) == u"t_2k00a1b2"_s);
    CHECK(tokens.tokenFor(u"t_2k00a1b2"_s) == token); // the same every time (reprints, retries)
    CHECK_FALSE(tokens.ticketOf(u"t_2k00a1b2"_s));    // the id alone
    const QString mac = token.section(u'.', 1);
    CHECK_FALSE(tokens.ticketOf(QString(u"t_2k00a1b3."_s + mac))); // a neighbour's id, this MAC
    for (qsizetype i = 0; i < mac.size(); ++i) {
        QString forged = mac;
        forged[i] = forged[i] == u'A' ? u'B' : u'A';
        CHECK_FALSE(tokens.ticketOf(QString(u"t_2k00a1b2."_s + forged)));
    }
    CHECK_FALSE(TrackingTokens(QByteArray(32, 't')).ticketOf(token)); // another centre's secret
    const QStringList junk{
        u""_s,          u"."_s,           u"t_.AAAAAAAAAAAA"_s, u"T_1.AAAAAAAAAAAA"_s,
        token + u"A"_s, token.chopped(1), u"<script>"_s};
    for (const QString &bad : junk)
        CHECK_FALSE(tokens.ticketOf(bad));
}

TEST_CASE("an Idempotency-Key not in memory is looked up in the store", "[http][idempotency]")
{
    const QDateTime now = QDateTime::fromString(u"2026-03-10T06:00:00Z"_s, Qt::ISODate);
    const QByteArray print = IdempotencyCache::fingerprint("{\"a\":1}");
    QList<QDateTime> asked;
    IdempotencyCache cache([&](const QString &client, const QString &key, const QDateTime &since) {
        asked.append(since);
        std::optional<StoredAnswer> a;
        if (client == u"web"_s && key == u"k1"_s)
            a = StoredAnswer{client, key, print, now.addSecs(-60), 201, "{\"id\":\"ap_1\"}"};
        return a;
    });
    const IdempotencyCache::Hit stored = cache.begin(u"web"_s, u"k1"_s, print, now);
    CHECK(stored.lookup == IdempotencyCache::Lookup::Stored);
    CHECK(stored.response.status == 201);
    CHECK(stored.response.body == "{\"id\":\"ap_1\"}");
    REQUIRE(asked.size() == 1);
    CHECK(asked.first() == now.addSecs(-IdempotencyCache::TTL_SEC)); // only a day back
    CHECK(cache.begin(u"web"_s, u"k1"_s, IdempotencyCache::fingerprint("{\"a\":2}"), now).lookup
          == IdempotencyCache::Lookup::Mismatch);
    CHECK(asked.size() == 1); // kept in memory after the first lookup
    // Another client's key of the same name is its own.
    CHECK(cache.begin(u"agent"_s, u"k1"_s, print, now).lookup == IdempotencyCache::Lookup::New);
    CHECK(cache.begin(u"agent"_s, u"k1"_s, print, now).lookup
          == IdempotencyCache::Lookup::InProgress);
}
