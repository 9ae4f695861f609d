#pragma once

// The answer to one EngineClient::call: the engine's result or error, or a
// local failure (code LOCAL_ERROR_CODE) when no answer can come.

#include "protocol/errors.h"

#include <QJsonObject>
#include <QLatin1String>

#include <functional>

namespace novbe {

// Error code of failures detected by the client itself (never sent by the engine).
inline constexpr int LOCAL_ERROR_CODE = 0;

namespace clientreason {
inline constexpr QLatin1String NOT_CONNECTED("NOT_CONNECTED"); // called while not Ready
inline constexpr QLatin1String TIMEOUT("TIMEOUT");             // no answer within the timeout
inline constexpr QLatin1String DISCONNECTED("DISCONNECTED");   // the connection ended first
} // namespace clientreason

struct RpcReply
{
    bool ok = false;
    QJsonObject result; // when ok
    WireError error;    // when !ok: the engine's error or a local one (code 0)

    static RpcReply success(const QJsonObject &result);
    static RpcReply failure(const WireError &error);
    static RpcReply localFailure(QLatin1String reason, const QString &message);
};

using RpcCallback = std::function<void(const RpcReply &)>;

} // namespace novbe
