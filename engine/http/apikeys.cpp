#include "apikeys.h"

#include "server/auth.h"

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

std::optional<QString> deviceOfKey(const CentreConfig &config, const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray key = authorization.mid(7).trimmed();
    std::optional<QString> found;
    for (const DeviceConfig &d : config.devices) {
        // Every booking device is compared, so the time does not tell which matched.
        if (d.role == u"booking"_s && !d.token.isEmpty()
            && constantTimeEquals(key, d.token.toUtf8()))
            found = d.id;
    }
    return key.isEmpty() ? std::nullopt : found;
}

} // namespace

ApiKeys::Check ApiKeys::check(const CentreConfig &config, const QByteArray &authorization,
                              const QString &peer, const QDateTime &now)
{
    if (const int locked = m_failures.lockedFor(peer, now); locked > 0)
        return Check{std::nullopt, locked};
    Check result{deviceOfKey(config, authorization), 0};
    if (!result.device)
        m_failures.recordFailure(peer, now);
    return result;
}

} // namespace novbe::http
