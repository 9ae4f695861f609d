// Stored answers to Idempotency-Key requests (schema 4, table `idempotency`):
// written with the batch that holds the change they answer, read when a
// retry's key is not in the HTTP front end's memory (after a restart).

#include "store.h"

#include "storeprivate.h"

#include <sqlite3.h>

namespace novbe {

namespace {

constexpr const char *PUT_ANSWER =
    "INSERT OR REPLACE INTO idempotency(client, key, fingerprint, at, status, body) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6)";
constexpr const char *EXPIRE_ANSWERS = "DELETE FROM idempotency WHERE at < ?1";
constexpr const char *GET_ANSWER = "SELECT fingerprint, at, status, body FROM idempotency "
                                   "WHERE client = ?1 AND key = ?2 AND at >= ?3";

} // namespace

int writeAnswers(Database &db, const std::vector<StoredAnswer> &answers)
{
    QDateTime newest;
    for (const StoredAnswer &a : answers) {
        Statement q = db.prepare(PUT_ANSWER);
        q.bind(1, a.client.toUtf8()); // "" (the citizen page) stays text, never NULL
        q.bind(2, a.key.toUtf8());
        q.bindBlob(3, a.fingerprint);
        q.bind(4, a.at);
        q.bind(5, qint64(a.status));
        q.bindBlob(6, a.body);
        if (const int rc = q.run(); rc != SQLITE_DONE)
            return rc;
        newest = std::max(newest, a.at);
    }
    if (!newest.isValid())
        return SQLITE_OK;
    Statement expire = db.prepare(EXPIRE_ANSWERS);
    expire.bind(1, newest.addSecs(-Store::ANSWER_TTL_SEC));
    const int rc = expire.run();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

std::optional<StoredAnswer> Store::storedAnswer(const QString &client, const QString &key,
                                                const QDateTime &notBefore) const
{
    Statement q = d->db.prepare(GET_ANSWER);
    q.bind(1, client.toUtf8());
    q.bind(2, key.toUtf8());
    q.bind(3, notBefore);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return StoredAnswer{client, key, q.bytes(0), q.time(1), int(q.integer(2)), q.bytes(3)};
}

} // namespace novbe
