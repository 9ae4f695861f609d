#pragma once

// The booking web's side of the engine's HTTP API (docs/http-api.yaml) for
// tests: requests with the sample centre's booking key to the HTTP port of
// an EngineProcess started with its HTTP API on (httpCentre() or the `http`
// option).

#include "httptestclient.h"

#include <QJsonObject>
#include <QString>

namespace novbe::test {

class EngineProcess;

inline constexpr char BOOKING_KEY[] = "demo-booking-web-token";

class BookingApi
{
public:
    explicit BookingApi(const EngineProcess &engine) : m_engine(engine) {}

    HttpAnswer get(const QByteArray &target) const;
    HttpAnswer post(const QByteArray &target, const QJsonObject &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    HttpAnswer del(const QByteArray &target) const;

private:
    const EngineProcess &m_engine; // its HTTP port is read per request: restarts move it
};

// A POST /api/v1/appointments body for `service` at `start` (UTC ISO).
QJsonObject bookingBody(const QString &service, const QString &start);

} // namespace novbe::test
