#include "idempotency.h"

#include <QCryptographicHash>

namespace novbe::http {

namespace {

QString slot(const QString &client, const QByteArray &key)
{
    return client + QLatin1Char('\n') + QString::fromLatin1(key);
}

} // namespace

IdempotencyCache::Hit IdempotencyCache::begin(const QString &client, const QByteArray &key,
                                              const QByteArray &body, const QDateTime &now)
{
    expire(now);
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    auto it = m_entries.find(slot(client, key));
    if (it == m_entries.end()) {
        m_entries.insert(slot(client, key), Entry{hash, now, std::nullopt});
        return {};
    }
    if (it->bodyHash != hash)
        return Hit{Lookup::Mismatch, {}};
    if (!it->response)
        return Hit{Lookup::InProgress, {}};
    return Hit{Lookup::Stored, *it->response};
}

void IdempotencyCache::finish(const QString &client, const QByteArray &key,
                              const Response &response)
{
    auto it = m_entries.find(slot(client, key));
    if (it != m_entries.end())
        it->response = response;
}

void IdempotencyCache::drop(const QString &client, const QByteArray &key)
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
