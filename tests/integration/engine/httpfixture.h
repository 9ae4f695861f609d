#pragma once

// The engine under test with its HTTP API enabled on a free port (the
// "<port file>.http" file), on the manual test clock (manualClockOptions():
// 2026-03-10 10:00 Baku, moved only by debug.advanceClock).

#include "engineprocess.h"
#include "httptestclient.h"

#include <QJsonObject>

namespace novbe::test {

inline constexpr char BOOKING_KEY[] = "demo-booking-web-token";

struct HttpTimeouts
{
    int requestTimeoutMs = 10000;
    int idleTimeoutMs = 15000;
    int maxRequestsPerConnection = 100;
    int keyFailuresPerMinute = 10;
    int pageWritesPerAddress = 10;
    int trackMissesPerMinute = 30;
};

// The sample centre with "http" enabled (and the given limits).
QJsonObject httpCentre(const HttpTimeouts &limits = {});

class HttpEngine
{
public:
    explicit HttpEngine(const HttpTimeouts &limits = {});
    // A centre config of the test's own (httpCentre() changed).
    explicit HttpEngine(const QJsonObject &config);
    bool start();
    quint16 httpPort() const { return m_httpPort; }
    EngineProcess &process() { return m_engine; }

    // Requests with the booking key.
    HttpAnswer get(const QByteArray &target);
    HttpAnswer post(const QByteArray &target, const QJsonObject &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpAnswer del(const QByteArray &target);

private:
    EngineProcess m_engine;
    quint16 m_httpPort = 0;
};

// A POST /api/v1/appointments body for `service` at `start` (UTC ISO).
QJsonObject bookingBody(const QString &service, const QString &start);

} // namespace novbe::test
