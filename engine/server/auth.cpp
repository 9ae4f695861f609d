#include "auth.h"

#include "logging.h"

#include "core/pinhash.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString nameKey(const QString &kind, const QString &name)
{
    return kind + QChar(0x1f) + name;
}

QString pairKey(const QString &kind, const QString &name, const QString &source)
{
    return nameKey(kind, name) + QChar(0x1f) + source;
}

QString what(const QString &kind)
{
    return kind == u"device"_s ? u"wrong tokens"_s : u"wrong PINs"_s;
}

} // namespace

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
                                     const QString &token, const QString &source,
                                     const QDateTime &now)
{
    const DeviceConfig *entry = config.device(device);
    const Attempt attempt{u"device"_s, device, source, entry != nullptr};
    if (const AuthCheck locked = lockFor(attempt, now);
        locked.verdict == AuthCheck::Verdict::Locked)
        return locked;
    static const QByteArray dummy(32, 'x');
    const QByteArray expected = entry ? entry->token.toUtf8() : dummy;
    const bool match = constantTimeEquals(expected, token.toUtf8());
    if (entry && match && !entry->token.isEmpty()) {
        succeeded(attempt);
        return {AuthCheck::Verdict::Ok, 0};
    }
    qCInfo(lcAuth).noquote() << "hello refused for device" << device << "from" << source;
    failed(attempt, now);
    return {AuthCheck::Verdict::Denied, 0};
}

AuthCheck Authenticator::checkOperator(const CentreConfig &config, const QString &operatorId,
                                       const QString &pin, const QString &source,
                                       const QDateTime &now)
{
    const OperatorConfig *entry = config.findOperator(operatorId);
    const Attempt attempt{u"operator"_s, operatorId, source, entry != nullptr};
    if (const AuthCheck locked = lockFor(attempt, now);
        locked.verdict == AuthCheck::Verdict::Locked)
        return locked;
    if (!entry) {
        failed(attempt, now);
        return {AuthCheck::Verdict::Unknown, 0};
    }
    if (verifyPin(pin, entry->pin)) {
        succeeded(attempt);
        return {AuthCheck::Verdict::Ok, 0};
    }
    qCInfo(lcAuth).noquote() << "wrong PIN for operator" << operatorId << "from" << source;
    failed(attempt, now);
    return {AuthCheck::Verdict::Denied, 0};
}

// Locked when the address is, or this device (operator) at this address is.
AuthCheck Authenticator::lockFor(const Attempt &attempt, const QDateTime &now)
{
    int wait = m_sources.lockedFor(attempt.source, now);
    if (attempt.known)
        wait = std::max(
            wait, m_pairs.lockedFor(pairKey(attempt.kind, attempt.name, attempt.source), now));
    return wait > 0 ? AuthCheck{AuthCheck::Verdict::Locked, wait} : AuthCheck{};
}

void Authenticator::succeeded(const Attempt &attempt)
{
    m_pairs.reset(pairKey(attempt.kind, attempt.name, attempt.source));
}

void Authenticator::failed(const Attempt &attempt, const QDateTime &now)
{
    if (m_sources.recordFailure(attempt.source, now))
        alert(attempt,
              u"%1 failed logins from %2 (the last for %3 %4): every login from that address "
              "is refused for %5 s"_s.arg(QString::number(MAX_SOURCE_FAILURES), attempt.source,
                                          attempt.kind, attempt.name, QString::number(LOCK_SEC)));
    if (!attempt.known)
        return;
    if (m_pairs.recordFailure(pairKey(attempt.kind, attempt.name, attempt.source), now))
        alert(attempt,
              u"%1 %2 for %3 %4 from %5: refused from that address for %6 s (it still gets "
              "in from its own)"_s.arg(QString::number(MAX_FAILURES), what(attempt.kind),
                                       attempt.kind, attempt.name, attempt.source,
                                       QString::number(LOCK_SEC)));
    if (m_spread.recordFailure(nameKey(attempt.kind, attempt.name), now))
        alert(attempt,
              u"%1 %2 for %3 %4 within %5 s from several addresses"_s.arg(
                  QString::number(SPREAD_ALERT), what(attempt.kind), attempt.kind, attempt.name,
                  QString::number(LOCK_SEC)));
}

void Authenticator::alert(const Attempt &attempt, const QString &message)
{
    qCWarning(lcAuth).noquote() << "guessing:" << message;
    if (m_alertSink)
        m_alertSink(Guessing{attempt.kind, attempt.name, attempt.source, message});
}

} // namespace novbe
