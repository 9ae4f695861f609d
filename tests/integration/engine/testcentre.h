#pragma once

// Centre configs for the engine tests, derived from the sample centre
// resources/centres/baku-1.json, and logins with its demo credentials
// (docs/configuration.md: device token "demo-<device>-token", operator opNN PIN 1000+NN).

#include <QJsonObject>
#include <QString>

#include <memory>

namespace novbe::enginetest {

class WireClient;

// The sample centre as shipped.
QJsonObject sampleCentre();
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

// Demo token of a sample device.
QString demoToken(const QString &device);
// Demo PIN of operator "opNN".
QString demoPin(const QString &operatorId);

// A connected client after a successful session.hello as `device` (Catch REQUIREs inside).
std::unique_ptr<WireClient> connectAs(quint16 port, const QString &device,
                                      const QString &token = {});
// A counter desk: hello as `desk`, operator.login `op`, counter.open `counter`.
std::unique_ptr<WireClient> openCounter(quint16 port, const QString &desk, const QString &op,
                                        const QString &counter);
// The `result` of a call that must succeed (Catch REQUIRE inside).
QJsonObject okCall(WireClient &client, const QString &method, const QJsonObject &params = {});

// A fixed engine time for tests that need one: 2026-03-10 10:00 in Baku (06:00Z).
QString fixedClockStart();

} // namespace novbe::enginetest
