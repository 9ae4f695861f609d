#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <optional>

namespace novbe::http {

// The "http" section of the centre config (docs/configuration.md). Read at
// start; a change needs a restart (SIGHUP reloads do not move the listener).
struct Settings
{
    bool enabled = false;
    bool tls = false; // HTTPS with the engine's certificate (the "tls" section, mode "required")
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;          // 0: any free port (tests; see the ".http" port file)
    int requestTimeoutMs = 10000; // a started request must be complete within this
    int idleTimeoutMs = 15000;    // a keep-alive connection without a request is closed
    int maxRequestsPerConnection = 100;
    int maxConnections = 256;
    int statusMaxAgeSec = 5;       // Cache-Control max-age of GET /api/v1/status
    int keyFailuresPerMinute = 10; // wrong API keys per source address before 429
    // The citizen pages without a key: bookings and cancellations per source
    // address (each within 10 minutes of the previous) before 429 for 10
    // minutes; unknown tracking ids per address in a minute before 429.
    int pageWritesPerAddress = 10;
    int trackMissesPerMinute = 30;
    // GET /api/v1/metrics on its own listener (then not on the main one).
    std::optional<quint16> metricsPort; // 0: any free port ("<port file>.metrics")
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    // Reverse proxies whose X-Forwarded-For names the client: for requests
    // from these addresses the per-address limits count the client instead.
    QList<QHostAddress> trustedProxies;
};

// Reads the "http" section of the config document; an absent section is
// disabled. Errors name the key, e.g. "http: port must be 0..65535".
Result<Settings> parseSettings(const QByteArray &configJson);

} // namespace novbe::http
