#pragma once

#include "listener.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace novbe {

// What the config document says about the TLS of the engine's listeners (the
// "tls" section and http.tls), with the certificate files read.
struct EngineTls
{
    std::optional<ListenerTls> listener; // empty: plain TCP
    bool http = false;                   // the HTTP API speaks HTTPS with the same certificate
    QString summary;                     // for the start-up log
    QStringList warnings;                // plain TCP by default, a key others can read, ...
};

// Errors: the "tls" section's (tlssettings.h, tlsidentity.h), and http.tls
// without TLS on the device port.
Result<EngineTls> engineTls(const QByteArray &configJson, const QDateTime &now);

} // namespace novbe
