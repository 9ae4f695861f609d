#include "attemptlimiter.h"

namespace novbe {

AttemptLimiter::AttemptLimiter(int maxFailures, int lockSec, qsizetype maxKeys)
    : m_maxFailures(maxFailures), m_lockSec(lockSec), m_maxKeys(maxKeys)
{
}

int AttemptLimiter::lockedFor(const QString &key, const QDateTime &now)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || !it->lockedUntil.isValid())
        return 0;
    const qint64 ms = now.msecsTo(it->lockedUntil);
    if (ms <= 0) {
        m_entries.erase(it);
        return 0;
    }
    return int((ms + 999) / 1000);
}

bool AttemptLimiter::recordFailure(const QString &key, const QDateTime &now)
{
    if (!m_entries.contains(key) && m_entries.size() >= m_maxKeys)
        makeRoom(now);
    Entry &entry = m_entries[key];
    if (isStale(entry, now))
        entry = Entry{};
    if (entry.lockedUntil.isValid())
        return false; // already locked: the lock is not extended
    entry.lastFailure = now;
    if (++entry.count < m_maxFailures)
        return false;
    entry.lockedUntil = now.addSecs(m_lockSec);
    return true;
}

int AttemptLimiter::failures(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? 0 : it->count;
}

bool AttemptLimiter::isStale(const Entry &entry, const QDateTime &now) const
{
    if (entry.lockedUntil.isValid())
        return entry.lockedUntil <= now;
    return !entry.lastFailure.isValid() || entry.lastFailure.addSecs(m_lockSec) <= now;
}

// Forgets stale keys; when every key is fresh, forgets the unlocked ones; a
// table of nothing but live locks is cleared (the locks of a flood of
// addresses are worth less than bounded memory).
void AttemptLimiter::makeRoom(const QDateTime &now)
{
    m_entries.removeIf([&](const auto &it) { return isStale(it.value(), now); });
    if (m_entries.size() < m_maxKeys)
        return;
    m_entries.removeIf([](const auto &it) { return !it.value().lockedUntil.isValid(); });
    if (m_entries.size() >= m_maxKeys)
        m_entries.clear();
}

} // namespace novbe
