#pragma once

#include "httpresponse.h"

#include "store/storedanswer.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace novbe::http {

// Answers of POST requests by (client, Idempotency-Key). A booking's answer
// is stored durably with the booking itself (Reply::answer, schema 4 table
// `idempotency`); this cache holds the recent answers and the requests still
// running, and asks the store for a key it does not know (after a restart).
// Answers are kept for TTL_SEC; at most MAX_ENTRIES stay in memory (oldest
// dropped first; the store still has them).
class IdempotencyCache
{
public:
    static constexpr int TTL_SEC = 24 * 3600;
    static constexpr int MAX_ENTRIES = 10000;
    static constexpr int MAX_KEY_LENGTH = 200;

    // The durable answer of (client, key) given at or after notBefore.
    using StoredLookup = std::function<std::optional<StoredAnswer>(
        const QString &client, const QString &key, const QDateTime &notBefore)>;

    enum class Lookup { New, Stored, InProgress, Mismatch };
    struct Hit
    {
        Lookup lookup = Lookup::New;
        Response response; // for Stored
    };

    explicit IdempotencyCache(StoredLookup stored = {}) : m_stored(std::move(stored)) {}

    // The request's fingerprint: a retry must send the same body.
    static QByteArray fingerprint(const QByteArray &body);

    // Looks the key up; New reserves it (finish() or drop() must follow).
    Hit begin(const QString &client, const QString &key, const QByteArray &fingerprint,
              const QDateTime &now);
    void finish(const QString &client, const QString &key, const Response &response);
    void drop(const QString &client, const QString &key);

private:
    struct Entry
    {
        QByteArray fingerprint;
        QDateTime at;
        std::optional<Response> response; // none while the first request runs
    };

    void expire(const QDateTime &now);
    std::optional<Entry> fromStore(const QString &client, const QString &key,
                                   const QDateTime &now) const;

    StoredLookup m_stored;
    QHash<QString, Entry> m_entries;
};

} // namespace novbe::http
