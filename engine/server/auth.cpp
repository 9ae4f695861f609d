#include "auth.h"

#include "logging.h"

#include "core/pinhash.h"

using namespace Qt::StringLiterals;

namespace novbe {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    const qsizetype n = a.size();
    for (qsizetype i = 0; i < b.size(); ++i) {
        const unsigned char x = n > 0 ? static_cast<unsigned char>(a[i % n]) : 0;
        diff |= x ^ static_cast<unsigned char>(b[i]);
    }
    return diff == 0 && a.size() == b.size();
}

AuthCheck Authenticator::checkDevice(const CentreConfig &config, const QString &device,
                                     const QString &token, const QDateTime &now)
{
    const DeviceConfig *entry = config.device(device);
    if (entry) {
        if (const int wait = lockedFor(m_devices, device, now); wait > 0)
            return {AuthCheck::Verdict::Locked, wait};
    }
    static const QByteArray dummy(32, 'x');
    const QByteArray expected = entry ? entry->token.toUtf8() : dummy;
    const bool match = constantTimeEquals(expected, token.toUtf8());
    if (entry && match && !entry->token.isEmpty()) {
        m_devices.remove(device);
        return {AuthCheck::Verdict::Ok, 0};
    }
    qCInfo(lcAuth).noquote() << "hello refused for device" << device;
    if (entry)
        recordFailure(m_devices, device, now);
    return {AuthCheck::Verdict::Denied, 0};
}

AuthCheck Authenticator::checkOperator(const CentreConfig &config, const QString &operatorId,
                                       const QString &pin, const QDateTime &now)
{
    const OperatorConfig *entry = config.findOperator(operatorId);
    if (!entry)
        return {AuthCheck::Verdict::Unknown, 0};
    if (const int wait = lockedFor(m_operators, operatorId, now); wait > 0)
        return {AuthCheck::Verdict::Locked, wait};
    if (verifyPin(pin, entry->pin)) {
        m_operators.remove(operatorId);
        return {AuthCheck::Verdict::Ok, 0};
    }
    qCInfo(lcAuth).noquote() << "wrong PIN for operator" << operatorId;
    recordFailure(m_operators, operatorId, now);
    return {AuthCheck::Verdict::Denied, 0};
}

int Authenticator::lockedFor(QHash<QString, Failures> &table, const QString &key,
                             const QDateTime &now)
{
    auto it = table.find(key);
    if (it == table.end() || !it->lockedUntil.isValid())
        return 0;
    const qint64 ms = now.msecsTo(it->lockedUntil);
    if (ms <= 0) {
        table.erase(it);
        return 0;
    }
    return int((ms + 999) / 1000);
}

void Authenticator::recordFailure(QHash<QString, Failures> &table, const QString &key,
                                  const QDateTime &now)
{
    Failures &f = table[key];
    if (++f.count >= MAX_FAILURES) {
        f.lockedUntil = now.addSecs(LOCK_SEC);
        qCWarning(lcAuth).noquote()
            << key << "locked for" << LOCK_SEC << "s after" << f.count << "failed attempts";
    }
}

} // namespace novbe
