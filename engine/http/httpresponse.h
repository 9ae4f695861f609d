#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace novbe {
struct WireError;
}

namespace novbe::http {

// One HTTP answer. serialize() adds Content-Length, Date-free (the engine's
// clock may be a test clock) and the connection header.
struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonObject &body);
    // {"error": {"reason", "message"}} with `status`.
    static Response error(int status, const QString &reason, const QString &message);
    // A wire error with the HTTP status its reason maps to (statusFor()).
    static Response error(const WireError &error);

    QByteArray serialize(bool keepAlive) const;
};

// The HTTP status for a protocol reason (docs/http-api.yaml lists them).
int statusFor(const QString &reason);
QByteArray statusText(int status);

} // namespace novbe::http
