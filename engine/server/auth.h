#pragma once

#include "core/centreconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

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

// Device-token and operator-PIN checks with lockout: MAX_FAILURES failed
// attempts for one device or one operator lock it for LOCK_SEC seconds.
class Authenticator
{
public:
    static constexpr int MAX_FAILURES = 5;
    static constexpr int LOCK_SEC = 300;

    // Checks a device's token (constant time) and counts failures per device.
    AuthCheck checkDevice(const CentreConfig &config, const QString &device, const QString &token,
                          const QDateTime &now);
    // Checks an operator's PIN (PBKDF2 via verifyPin) and counts failures per operator.
    AuthCheck checkOperator(const CentreConfig &config, const QString &operatorId,
                            const QString &pin, const QDateTime &now);

private:
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };

    int lockedFor(QHash<QString, Failures> &table, const QString &key, const QDateTime &now);
    void recordFailure(QHash<QString, Failures> &table, const QString &key, const QDateTime &now);

    QHash<QString, Failures> m_devices;
    QHash<QString, Failures> m_operators;
};

} // namespace novbe
