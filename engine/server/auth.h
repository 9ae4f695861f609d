#pragma once

#include "attemptlimiter.h"

#include "core/centreconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace novbe {

// True when `a` equals `b`; the time taken depends only on the length of `b`.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

struct AuthCheck
{
    enum class Verdict {
        Ok,
        Denied,  // unknown device, bad token, bad PIN
        Unknown, // unknown operator id
        Locked,  // too many failures: retry after retryAfterSec
    };
    Verdict verdict = Verdict::Denied;
    int retryAfterSec = 0;
};

// Device-token and operator-PIN checks with lockout by source address
// (docs/security.md): MAX_FAILURES failures for one device (or operator) from
// one address lock that device at that address, MAX_SOURCE_FAILURES failures
// of any kind from one address lock the address, each for LOCK_SEC seconds.
// The genuine device at its own address still gets in. SPREAD_ALERT failures
// for one device from several addresses lock nothing but raise an alert.
// Every lock is logged and reported to the alert sink.
class Authenticator
{
public:
    static constexpr int MAX_FAILURES = 5;
    static constexpr int MAX_SOURCE_FAILURES = 20;
    static constexpr int SPREAD_ALERT = 20;
    static constexpr int LOCK_SEC = 300;
    // A lock (or guessing from several addresses): who was guessed (kind
    // "device" or "operator", its id), from which address (the last one),
    // and the message for the log and the alert.
    struct Guessing
    {
        QString kind;
        QString name;
        QString source;
        QString message;
    };
    using AlertSink = std::function<void(const Guessing &guessing)>;

    void setAlertSink(AlertSink sink) { m_alertSink = std::move(sink); }

    // Checks a device's token (constant time) presented from `source` (an address).
    AuthCheck checkDevice(const CentreConfig &config, const QString &device, const QString &token,
                          const QString &source, const QDateTime &now);
    // Checks an operator's PIN (PBKDF2 via verifyPin) presented from `source`.
    AuthCheck checkOperator(const CentreConfig &config, const QString &operatorId,
                            const QString &pin, const QString &source, const QDateTime &now);

private:
    struct Attempt
    {
        QString kind; // "device" or "operator"
        QString name;
        QString source;
        bool known = false;
    };

    AuthCheck lockFor(const Attempt &attempt, const QDateTime &now);
    void succeeded(const Attempt &attempt);
    void failed(const Attempt &attempt, const QDateTime &now);
    void alert(const Attempt &attempt, const QString &message);

    AttemptLimiter m_sources{MAX_SOURCE_FAILURES, LOCK_SEC};
    AttemptLimiter m_pairs{MAX_FAILURES, LOCK_SEC};
    AttemptLimiter m_spread{SPREAD_ALERT, LOCK_SEC};
    AlertSink m_alertSink;
};

} // namespace novbe
