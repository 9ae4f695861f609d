#pragma once

#include "app/connectionoptions.h"
#include "protocol/framing.h"
#include "protocol/rpc.h"

#include <QJsonObject>
#include <QSslSocket>
#include <QString>

#include <optional>

namespace novbe {

// A blocking protocol client for the command line (waitFor* is fine here).
class CtlClient
{
public:
    static constexpr int TIMEOUT_MS = 10000;

    // Connects and says session.hello; false with error() on failure.
    bool connectTo(const ConnectionOptions &options);
    // Calls `method` and waits for its answer; nullopt with error() on failure.
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {});
    // Waits for the next event notification's params; nullopt when the connection ends.
    std::optional<QJsonObject> nextEvent(int timeoutMs = -1);
    QString error() const { return m_error; }

private:
    std::optional<IncomingMessage> nextMessage(int timeoutMs);

    QSslSocket m_socket;
    LineDecoder m_decoder;
    int m_nextId = 1;
    QString m_error;
};

} // namespace novbe
