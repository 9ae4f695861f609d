#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace novbe {

// The "tls" section of the centre config (docs/security.md, TLS): whether the
// device-protocol port speaks TLS, and the engine's certificate files. Pure:
// the files are read by loadServerTls() (tlsidentity.h).
//
//   "tls": {"mode": "required", "certificate": "/etc/novbe/tls/engine.crt",
//           "key": "/etc/novbe/tls/engine.key", "chain": "/etc/novbe/tls/chain.crt",
//           "handshakeTimeoutMs": 5000}
//   "tls": {"mode": "off"}   -- plain TCP, for a closed LAN, by explicit choice
//
// Without a "tls" section the port is plain TCP too (older configs keep
// working) and the engine says so in a warning at start.
struct TlsSettings
{
    enum class Mode { Off, Required };

    Mode mode = Mode::Off;
    bool stated = false; // false: the config has no "tls" section
    QString certificate; // PEM; its subjectAltName must name what clients connect to
    QString key;         // PEM, unencrypted; readable by the engine's user only
    QString chain;       // PEM intermediates sent after the certificate; optional
    int handshakeTimeoutMs = 5000;

    bool enabled() const { return mode == Mode::Required; }
};

// Reads the "tls" section of the config document. Errors name the key, e.g.
// `tls: mode must be "required" or "off" (got "on")`.
Result<TlsSettings> parseTlsSettings(const QByteArray &configJson);

} // namespace novbe
