#pragma once

// How every app and tool finds its engine and says who it is: --host,
// --port, --device, --token and --config FILE (an INI file whose [engine]
// group has host, port, device and token), with NOVBE_HOST, NOVBE_PORT,
// NOVBE_DEVICE and NOVBE_TOKEN in the environment. The command line wins over
// the environment, the environment over the INI file. There is no default
// device token: a device without one cannot connect.
//
// TLS (docs/security.md): --tls on|off, --tls-ca FILE (the centre CA to pin),
// --tls-peer-name NAME (the name the engine's certificate must carry when it
// is not the host); NOVBE_TLS, NOVBE_TLS_CA, NOVBE_TLS_PEER_NAME; [engine]
// tls, tlsCa, tlsPeerName. A CA alone turns TLS on; "on" without a CA is an
// error. Nothing said: plain TCP (a closed LAN; the sample INI files say
// tls = off explicitly).

#include "client/clienttls.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;
class QSettings;

namespace novbe {

// What a program takes: the endpoint only (a tool speaking for many
// devices), or the endpoint and one device's credentials.
enum class ConnectionParts {
    Endpoint, // --host, --port, --tls, --tls-ca, --tls-peer-name
    All,      // --host, --port, --device, --token, --config
};

struct ConnectionOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7400;
    QString device;
    QString token;
    QString configPath; // the INI file, when one was given
    ClientTls tls;      // enabled: the CA is read

    // Adds the options of `parts` to `parser`.
    static void addTo(QCommandLineParser &parser, ConnectionParts parts = ConnectionParts::All);
    // Reads a parser that has addTo(parts)'s options; nullopt with `error`
    // when the INI file is unreadable, a port is not 1..65535, tls is neither
    // on nor off, or TLS is on without a readable CA file.
    static std::optional<ConnectionOptions>
    read(const QCommandLineParser &parser, QString *error,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
         ConnectionParts parts = ConnectionParts::All);
    // "" when device and token are set, else what to pass.
    QString missingCredentials() const;
    // The INI file as QSettings (its other groups hold the app's own settings);
    // null without --config.
    std::unique_ptr<QSettings> settings() const;
};

} // namespace novbe
