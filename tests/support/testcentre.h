#pragma once

// Centre configs for tests, derived from the sample centre, and shortcuts for
// clients that must succeed. Catch REQUIREs inside: for Catch tests only.

#include "engineprocess.h"
#include "samplecentre.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace novbe::test {

class TestClient;

// The sample centre as shipped.
QJsonObject sampleCentre();
// Limits of the HTTP API for httpCentre().
struct HttpTimeouts
{
    int requestTimeoutMs = 10000;
    int idleTimeoutMs = 15000;
    int maxRequestsPerConnection = 100;
    int keyFailuresPerMinute = 10;
    int pageWritesPerAddress = 10;
    int trackMissesPerMinute = 30;
};

// The sample centre with its HTTP API on 127.0.0.1, any free port (and the given limits).
QJsonObject httpCentre(const HttpTimeouts &limits = {});
// The sample centre with every service always open (no `hours`): time-independent.
QJsonObject alwaysOpenCentre();
// Sets `key` of service `serviceId` to `value` (a null value removes the key).
void setServiceKey(QJsonObject &config, const QString &serviceId, const QString &key,
                   const QJsonValue &value);
// Adds `count` kiosks "et-kiosk-NN" with token "et-kiosk-NN-token" (NN from 01).
void addKiosks(QJsonObject &config, int count);
// Sets the localised name of service `serviceId` in `lang`.
void setServiceName(QJsonObject &config, const QString &serviceId, const QString &lang,
                    const QString &name);

// A connected client after a successful session.hello as `device`.
std::unique_ptr<TestClient> connectAs(quint16 port, const QString &device,
                                      const QString &token = {});
// A counter desk: hello as `desk`, operator.login `op`, counter.open `counter`.
std::unique_ptr<TestClient> openCounter(quint16 port, const QString &desk, const QString &op,
                                        const QString &counter);
// The `result` of a call that must succeed.
QJsonObject okCall(TestClient &client, const QString &method, const QJsonObject &params = {});
// debug.advanceClock by `sec` seconds (must succeed); the engine runs its
// timed work (alerts, missed bookings) before it answers.
QJsonObject advanceClock(TestClient &manager, int sec);

} // namespace novbe::test
