#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace novbe {

// Counts failed attempts per key (a device, an address, a device at an
// address...) and locks a key for lockSec seconds after maxFailures of them.
// A failure more than lockSec seconds after the key's previous one starts the
// count afresh. At most maxKeys keys are kept: when the table is full, keys
// that are neither locked nor recently failed are forgotten first, so a
// flood of distinct keys costs bounded memory.
class AttemptLimiter
{
public:
    AttemptLimiter(int maxFailures, int lockSec, qsizetype maxKeys = 4096);

    // Seconds until `key` is unlocked (rounded up); 0 when it is not locked.
    int lockedFor(const QString &key, const QDateTime &now);
    // Counts a failure; true when this one locked the key.
    bool recordFailure(const QString &key, const QDateTime &now);
    // Failures counted for `key` since its count last started.
    int failures(const QString &key) const;
    void reset(const QString &key) { m_entries.remove(key); }
    qsizetype size() const { return m_entries.size(); }
    int lockSec() const { return m_lockSec; }

private:
    struct Entry
    {
        int count = 0;
        QDateTime lastFailure;
        QDateTime lockedUntil;
    };

    bool isStale(const Entry &entry, const QDateTime &now) const;
    void makeRoom(const QDateTime &now);

    int m_maxFailures;
    int m_lockSec;
    qsizetype m_maxKeys;
    QHash<QString, Entry> m_entries;
};

} // namespace novbe
