#pragma once

// Wire error codes and reasons (protocol.md section 2) and THE one mapping
// from domain errors to wire errors. Only append codes; never renumber.

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace novbe {

namespace wirecode {
inline constexpr int PARSE_ERROR = -32700;
inline constexpr int INVALID_REQUEST = -32600;
inline constexpr int METHOD_NOT_FOUND = -32601;
inline constexpr int INVALID_PARAMS = -32602;
inline constexpr int INTERNAL = -32603;
inline constexpr int UNAUTHENTICATED = 1001;
inline constexpr int FORBIDDEN = 1002;
inline constexpr int UNKNOWN_SERVICE = 1003;
inline constexpr int SERVICE_CLOSED = 1004;
inline constexpr int LIMIT_REACHED = 1005;
inline constexpr int INVALID_STATE = 1006;
inline constexpr int RATE_LIMITED = 1007;
inline constexpr int STORAGE_UNAVAILABLE = 1008;
inline constexpr int NOT_FOUND = 1009;
inline constexpr int PROTOCOL_MISMATCH = 1010;
inline constexpr int COUNTER_BUSY = 1020;
inline constexpr int NO_COUNTER = 1021;
inline constexpr int NO_OPERATOR = 1022;
inline constexpr int TOO_EARLY = 1030;
inline constexpr int TOO_LATE = 1031;
} // namespace wirecode

struct WireCodeEntry
{
    int code;
    const char *reason; // "UPPER_SNAKE"
};

// Every wire code with its reason, in protocol.md order.
const std::vector<WireCodeEntry> &wireCodeTable();
// Reason of `code`, or an empty string for a code not in the table.
QString wireReason(int code);

struct WireError
{
    int code = wirecode::INTERNAL;
    QString reason;   // "UPPER_SNAKE", see wireCodeTable()
    QString message;  // human text, never internals
    QJsonObject data; // extra fields; "reason" is added on the wire

    // {"code", "message", "data": {"reason", ...data}}
    QJsonObject toJson() const;
};

// Inverse of WireError::toJson (clients); a malformed object yields INTERNAL
// with reason "MALFORMED_ERROR".
WireError wireErrorFromJson(const QJsonObject &json);
// A wire error of `code` with the table's reason.
WireError makeWireError(int code, const QString &message, const QJsonObject &data = {});

// THE mapping from the core's errors to wire errors; data = reason + error.data.
// Internal errors keep no message or data (no internals on the wire).
WireError toWireError(const DomainError &error);

// Protocol-level errors.
WireError parseError();
WireError invalidRequest(const QString &why);
WireError lineTooLong();
WireError methodNotFound(const QString &method);
WireError invalidParams(const QString &message, const QString &param = {});
// INVALID_PARAMS for by-position (array) params: every method takes named ones.
WireError positionalParams();
WireError internalError();
WireError unauthenticated(const QString &message);
WireError forbidden(const QString &method, const QString &role);
WireError rateLimited(int retryAfterSec);
WireError protocolMismatch(int requested, int supported);
WireError storageUnavailable();

} // namespace novbe
