#pragma once

// JSON-RPC 2.0 messages over NDJSON lines (protocol.md sections 1, 2, 7):
// parsing requests (engine side), parsing responses and notifications
// (client side) and building every message kind.

#include "errors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace novbe {

struct Request
{
    QJsonValue id; // number or string; null for a notification
    QString method;
    QJsonObject params; // {} when omitted
    bool isNotification = false;
    // `params` was an array (JSON-RPC 2.0 by-position parameters): a valid
    // request, but every method takes named params, so the dispatcher answers
    // INVALID_PARAMS once the method is known (protocol.md section 2).
    bool positionalParams = false;
};

struct ParsedRequest
{
    Request request;                // on error: only `request.id` is set
    std::optional<WireError> error; // PARSE_ERROR or INVALID_REQUEST
    bool ok() const { return !error.has_value(); }
};

// One line -> a request, or the error to answer with `request.id`
// (the request's id when it was valid, else null).
ParsedRequest parseRequest(const QByteArray &line);

// A message received by a client.
struct IncomingMessage
{
    enum class Kind {
        Response,
        Notification,
        Invalid,
    };
    Kind kind = Kind::Invalid;
    QJsonValue id;                  // Response: the request's id (null for unmatched errors)
    std::optional<WireError> error; // Response: set when the call failed
    QJsonObject result;             // Response: the result when it succeeded
    QString method;                 // Notification
    QJsonObject params;             // Notification
};

IncomingMessage parseIncoming(const QByteArray &line);

// Message builders (objects; frame them with encodeLine()).
QJsonObject requestMessage(const QJsonValue &id, const QString &method,
                           const QJsonObject &params = {});
QJsonObject resultResponse(const QJsonValue &id, const QJsonObject &result);
QJsonObject errorResponse(const QJsonValue &id, const WireError &error);
// {"jsonrpc":"2.0","method":"event","params":params}
QJsonObject eventNotification(const QJsonObject &params);
// {"jsonrpc":"2.0","method":"alert","params":params} (alerts.subscribe)
QJsonObject alertNotification(const QJsonObject &params);
// The line of resultResponse(id, result) for a result already encoded as a
// compact JSON object: the same bytes encodeLine() gives, without a
// QJsonObject. Requires: `id` null, a number or a string.
QByteArray resultLine(const QJsonValue &id, QByteArrayView encodedResult);

// True when `bytes` are well-formed UTF-8 (no overlongs, surrogates or
// code points above U+10FFFF).
bool isValidUtf8(const QByteArray &bytes);

} // namespace novbe
