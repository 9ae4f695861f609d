#include "errors.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace novbe {

const std::vector<WireCodeEntry> &wireCodeTable()
{
    static const std::vector<WireCodeEntry> table = {
        {wirecode::PARSE_ERROR, "PARSE_ERROR"},
        {wirecode::INVALID_REQUEST, "INVALID_REQUEST"},
        {wirecode::METHOD_NOT_FOUND, "METHOD_NOT_FOUND"},
        {wirecode::INVALID_PARAMS, "INVALID_PARAMS"},
        {wirecode::INTERNAL, "INTERNAL"},
        {wirecode::UNAUTHENTICATED, "UNAUTHENTICATED"},
        {wirecode::FORBIDDEN, "FORBIDDEN"},
        {wirecode::UNKNOWN_SERVICE, "UNKNOWN_SERVICE"},
        {wirecode::SERVICE_CLOSED, "SERVICE_CLOSED"},
        {wirecode::LIMIT_REACHED, "LIMIT_REACHED"},
        {wirecode::INVALID_STATE, "INVALID_STATE"},
        {wirecode::RATE_LIMITED, "RATE_LIMITED"},
        {wirecode::STORAGE_UNAVAILABLE, "STORAGE_UNAVAILABLE"},
        {wirecode::NOT_FOUND, "NOT_FOUND"},
        {wirecode::PROTOCOL_MISMATCH, "PROTOCOL_MISMATCH"},
        {wirecode::COUNTER_BUSY, "COUNTER_BUSY"},
        {wirecode::NO_COUNTER, "NO_COUNTER"},
        {wirecode::NO_OPERATOR, "NO_OPERATOR"},
        {wirecode::TOO_EARLY, "TOO_EARLY"},
        {wirecode::TOO_LATE, "TOO_LATE"},
    };
    return table;
}

QString wireReason(int code)
{
    for (const WireCodeEntry &entry : wireCodeTable()) {
        if (entry.code == code)
            return QString::fromLatin1(entry.reason);
    }
    return {};
}

QJsonObject WireError::toJson() const
{
    QJsonObject wireData = data;
    wireData.insert(u"reason"_s, reason);
    return QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, wireData}};
}

WireError wireErrorFromJson(const QJsonObject &json)
{
    const QJsonValue code = json.value(u"code"_s);
    const QJsonObject data = json.value(u"data"_s).toObject();
    const QString reason = data.value(u"reason"_s).toString();
    if (!code.isDouble() || !json.value(u"message"_s).isString()) {
        return WireError{
            wirecode::INTERNAL, u"MALFORMED_ERROR"_s, u"the engine sent a malformed error"_s, {}};
    }
    WireError error{code.toInt(), reason, json.value(u"message"_s).toString(), data};
    error.data.remove(u"reason"_s);
    if (error.reason.isEmpty())
        error.reason = wireReason(error.code);
    return error;
}

WireError makeWireError(int code, const QString &message, const QJsonObject &data)
{
    return WireError{code, wireReason(code), message, data};
}

static int wireCodeOf(ErrorCode code)
{
    switch (code) {
        case ErrorCode::InvalidParams: return wirecode::INVALID_PARAMS;
        case ErrorCode::UnknownService: return wirecode::UNKNOWN_SERVICE;
        case ErrorCode::ServiceClosed: return wirecode::SERVICE_CLOSED;
        case ErrorCode::LimitReached: return wirecode::LIMIT_REACHED;
        case ErrorCode::InvalidState: return wirecode::INVALID_STATE;
        case ErrorCode::NotFound: return wirecode::NOT_FOUND;
        case ErrorCode::TooEarly: return wirecode::TOO_EARLY;
        case ErrorCode::TooLate: return wirecode::TOO_LATE;
        case ErrorCode::NoCounter: return wirecode::NO_COUNTER;
        case ErrorCode::NoOperator: return wirecode::NO_OPERATOR;
        case ErrorCode::CounterBusy: return wirecode::COUNTER_BUSY;
        case ErrorCode::StorageUnavailable: return wirecode::STORAGE_UNAVAILABLE;
        case ErrorCode::Internal: return wirecode::INTERNAL;
    }
    return wirecode::INTERNAL;
}

WireError toWireError(const DomainError &error)
{
    const int code = wireCodeOf(error.code);
    if (code == wirecode::INTERNAL)
        return internalError();
    if (code == wirecode::STORAGE_UNAVAILABLE && error.message.isEmpty())
        return storageUnavailable();
    const QString message = error.message.isEmpty() ? wireReason(code).toLower().replace(u'_', u' ')
                                                    : error.message;
    return makeWireError(code, message, QJsonObject::fromVariantMap(error.data));
}

WireError parseError()
{
    return makeWireError(wirecode::PARSE_ERROR, u"the line is not valid JSON"_s);
}

WireError invalidRequest(const QString &why)
{
    return makeWireError(wirecode::INVALID_REQUEST, u"not a JSON-RPC 2.0 request: "_s + why);
}

WireError lineTooLong()
{
    return makeWireError(wirecode::INVALID_REQUEST,
                         u"line longer than 65536 bytes; closing the connection"_s);
}

WireError methodNotFound(const QString &method)
{
    return makeWireError(wirecode::METHOD_NOT_FOUND, u"unknown method '"_s + method + u"'"_s,
                         QJsonObject{{u"method"_s, method}});
}

WireError invalidParams(const QString &message, const QString &param)
{
    QJsonObject data;
    if (!param.isEmpty())
        data.insert(u"param"_s, param);
    return makeWireError(wirecode::INVALID_PARAMS, message, data);
}

WireError positionalParams()
{
    WireError error = invalidParams(u"params must be an object (named params)"_s, u"params"_s);
    error.data.insert(u"rule"_s, u"an object"_s);
    return error;
}

WireError internalError()
{
    return makeWireError(wirecode::INTERNAL, u"internal error"_s);
}

WireError unauthenticated(const QString &message)
{
    return makeWireError(wirecode::UNAUTHENTICATED, message);
}

WireError forbidden(const QString &method, const QString &role)
{
    return makeWireError(wirecode::FORBIDDEN,
                         u"role '"_s + role + u"' may not call '"_s + method + u"'"_s,
                         QJsonObject{{u"method"_s, method}, {u"role"_s, role}});
}

WireError rateLimited(int retryAfterSec)
{
    return makeWireError(wirecode::RATE_LIMITED,
                         u"too many attempts; retry in %1 s"_s.arg(retryAfterSec),
                         QJsonObject{{u"retryAfterSec"_s, retryAfterSec}});
}

WireError protocolMismatch(int requested, int supported)
{
    return makeWireError(
        wirecode::PROTOCOL_MISMATCH,
        u"protocol %1 is not supported; this engine speaks %2"_s.arg(requested).arg(supported),
        QJsonObject{{u"requested"_s, requested}, {u"supported"_s, supported}});
}

WireError storageUnavailable()
{
    return makeWireError(wirecode::STORAGE_UNAVAILABLE,
                         u"the database cannot be written; nothing was changed"_s);
}

} // namespace novbe
