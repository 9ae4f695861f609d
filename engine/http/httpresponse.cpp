#include "httpresponse.h"

#include "protocol/errors.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::http {

Response Response::json(int status, const QJsonObject &body)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::error(int status, const QString &reason, const QString &message)
{
    return json(status,
                {{u"error"_s, QJsonObject{{u"reason"_s, reason}, {u"message"_s, message}}}});
}

Response Response::error(const WireError &e)
{
    Response r = error(statusFor(e.reason), e.reason, e.message);
    if (e.reason == u"RATE_LIMITED"_s && e.data.contains(u"retryAfterSec"_s))
        r.headers.emplaceBack("Retry-After",
                              QByteArray::number(e.data.value(u"retryAfterSec"_s).toInt()));
    return r;
}

int statusFor(const QString &reason)
{
    static const QHash<QString, int> statuses{
        {u"PARSE_ERROR"_s, 400},      {u"INVALID_REQUEST"_s, 400}, {u"INVALID_PARAMS"_s, 400},
        {u"METHOD_NOT_FOUND"_s, 404}, {u"NOT_FOUND"_s, 404},       {u"UNKNOWN_SERVICE"_s, 404},
        {u"UNAUTHENTICATED"_s, 401},  {u"FORBIDDEN"_s, 403},       {u"SERVICE_CLOSED"_s, 409},
        {u"LIMIT_REACHED"_s, 409},    {u"INVALID_STATE"_s, 409},   {u"TOO_EARLY"_s, 409},
        {u"TOO_LATE"_s, 409},         {u"RATE_LIMITED"_s, 429},    {u"STORAGE_UNAVAILABLE"_s, 503},
    };
    return statuses.value(reason, 500);
}

QByteArray statusText(int status)
{
    static const QHash<int, QByteArray> texts{
        {200, "OK"},
        {201, "Created"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {413, "Content Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {503, "Service Unavailable"},
        {505, "HTTP Version Not Supported"},
    };
    return texts.value(status, "Unknown");
}

QByteArray Response::serialize(bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace novbe::http
