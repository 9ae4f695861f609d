#pragma once

#include "core/centreconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace novbe::http {

// API keys of booking clients: a key is the token of a config device of role
// "booking", sent as "Authorization: Bearer <token>". Wrong or missing keys
// are counted per source address; an address with `maxFailures` failures in
// the last minute is refused (even with a right key) until the minute is over.
class ApiKeys
{
public:
    explicit ApiKeys(int maxFailures) : m_maxFailures(maxFailures) {}

    struct Check
    {
        std::optional<QString> device; // the booking client, when the key is right
        int retryAfterSec = 0;         // > 0: the address is rate-limited
    };

    // `authorization`: the header's value (may be empty).
    Check check(const CentreConfig &config, const QByteArray &authorization, const QString &peer,
                const QDateTime &now);

private:
    struct Window
    {
        QDateTime start;
        int failures = 0;
    };

    int m_maxFailures;
    QHash<QString, Window> m_failures;
};

} // namespace novbe::http
