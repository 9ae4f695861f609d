#include "apikeys.h"

#include "server/auth.h"

using namespace Qt::StringLiterals;

#include <algorithm>

namespace novbe::http {

namespace {

constexpr int WINDOW_SEC = 60;

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
    Window &w = m_failures[peer];
    if (!w.start.isValid() || w.start.secsTo(now) >= WINDOW_SEC)
        w = Window{now, 0};
    if (w.failures >= m_maxFailures)
        return Check{std::nullopt, int(std::max<qint64>(1, WINDOW_SEC - w.start.secsTo(now)))};
    Check result{deviceOfKey(config, authorization), 0};
    if (!result.device)
        ++w.failures;
    if (w.failures == 0)
        m_failures.remove(peer);
    return result;
}

} // namespace novbe::http
