#include "idempotency.h"

#include <QCryptographicHash>

namespace novbe::http {

namespace {

QString slot(const QString &client, const QString &key)
{
    return client + QLatin1Char('\n') + key;
}

} // namespace

QByteArray IdempotencyCache::fingerprint(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256);
}

IdempotencyCache::Hit IdempotencyCache::begin(const QString &client, const QString &key,
                                              const QByteArray &fingerprint, const QDateTime &now)
{
    expire(now);
    auto it = m_entries.find(slot(client, key));
    if (it == m_entries.end()) {
        if (std::optional<Entry> stored = fromStore(client, key, now))
            it = m_entries.insert(slot(client, key), std::move(*stored));
    }
    if (it == m_entries.end()) {
        m_entries.insert(slot(client, key), Entry{fingerprint, now, std::nullopt});
        return {};
    }
    if (it->fingerprint != fingerprint)
        return Hit{Lookup::Mismatch, {}};
    if (!it->response)
        return Hit{Lookup::InProgress, {}};
    return Hit{Lookup::Stored, *it->response};
}

std::optional<IdempotencyCache::Entry>
IdempotencyCache::fromStore(const QString &client, const QString &key, const QDateTime &now) const
{
    if (!m_stored)
        return std::nullopt;
    const std::optional<StoredAnswer> a = m_stored(client, key, now.addSecs(-TTL_SEC));
    if (!a)
        return std::nullopt;
    Response response;
    response.status = a->status;
    response.body = a->body;
    return Entry{a->fingerprint, a->at, response};
}

void IdempotencyCache::finish(const QString &client, const QString &key, const Response &response)
{
    auto it = m_entries.find(slot(client, key));
    if (it != m_entries.end())
        it->response = response;
}

void IdempotencyCache::drop(const QString &client, const QString &key)
{
    m_entries.remove(slot(client, key));
}

void IdempotencyCache::expire(const QDateTime &now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->at.secsTo(now) > TTL_SEC)
            it = m_entries.erase(it);
        else
            ++it;
    }
    while (m_entries.size() >= MAX_ENTRIES) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->at < oldest->at)
                oldest = it;
        }
        m_entries.erase(oldest);
    }
}

} // namespace novbe::http
