#pragma once

#include "core/centreconfig.h"
#include "server/attemptlimiter.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace novbe::http {

// API keys of booking clients: a key is the token of a config device of role
// "booking", sent as "Authorization: Bearer <token>". Wrong or missing keys
// are counted per source address by the engine's AttemptLimiter (bounded
// table): after `maxFailures` failures, each within a minute of the previous,
// the address is refused (even with a right key) for a minute.
class ApiKeys
{
public:
    static constexpr int LOCK_SEC = 60;

    explicit ApiKeys(int maxFailures) : m_failures(maxFailures, LOCK_SEC) {}

    struct Check
    {
        std::optional<QString> device; // the booking client, when the key is right
        int retryAfterSec = 0;         // > 0: the address is rate-limited
    };

    // `authorization`: the header's value (may be empty).
    Check check(const CentreConfig &config, const QByteArray &authorization, const QString &peer,
                const QDateTime &now);

private:
    AttemptLimiter m_failures;
};

} // namespace novbe::http
