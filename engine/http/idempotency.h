#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace novbe::http {

// Answers of POST requests by (client, Idempotency-Key), kept for TTL_SEC and
// at most MAX_ENTRIES (oldest dropped first), in memory: a retry after an
// engine restart is booked again (docs/appointments.md).
class IdempotencyCache
{
public:
    static constexpr int TTL_SEC = 24 * 3600;
    static constexpr int MAX_ENTRIES = 10000;
    static constexpr int MAX_KEY_LENGTH = 200;

    enum class Lookup { New, Stored, InProgress, Mismatch };
    struct Hit
    {
        Lookup lookup = Lookup::New;
        Response response; // for Stored
    };

    // Looks the key up; New reserves it (finish() or drop() must follow).
    Hit begin(const QString &client, const QByteArray &key, const QByteArray &body,
              const QDateTime &now);
    void finish(const QString &client, const QByteArray &key, const Response &response);
    void drop(const QString &client, const QByteArray &key);

private:
    struct Entry
    {
        QByteArray bodyHash;
        QDateTime at;
        std::optional<Response> response; // none while the first request runs
    };

    void expire(const QDateTime &now);

    QHash<QString, Entry> m_entries;
};

} // namespace novbe::http
