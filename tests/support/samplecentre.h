#pragma once

// Facts of the sample centre resources/centres/baku-1.json that tests rely
// on: its file, its demo credentials (docs/configuration.md: device token
// "demo-<device>-token", operator opNN PIN 1000+NN) and times it is open.

#include <QDateTime>
#include <QString>

namespace novbe::test {

// Path of the sample centre as shipped.
QString sampleConfigPath();
// Token of a sample device (or of an "et-kiosk-NN" added by addKiosks()).
QString demoToken(const QString &device);
// Demo PIN of operator "opNN".
QString demoPin(const QString &operatorId);
// 10:00 Asia/Baku today (every sample service is open then).
QDateTime defaultClockStart();
// A fixed engine time for tests that need one: 2026-03-10 10:00 in Baku (06:00Z).
QDateTime fixedClockStart();

} // namespace novbe::test
