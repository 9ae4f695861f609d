#pragma once

// How every app and tool finds its engine and says who it is: --host,
// --port, --device, --token and --config FILE (an INI file whose [engine]
// group has host, port, device and token), with NOVBE_HOST, NOVBE_PORT,
// NOVBE_DEVICE and NOVBE_TOKEN in the environment. The command line wins over
// the environment, the environment over the INI file. There is no default
// device token: a device without one cannot connect.

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
    Endpoint, // --host, --port
    All,      // --host, --port, --device, --token, --config
};

struct ConnectionOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7400;
    QString device;
    QString token;
    QString configPath; // the INI file, when one was given

    // Adds the options of `parts` to `parser`.
    static void addTo(QCommandLineParser &parser, ConnectionParts parts = ConnectionParts::All);
    // Reads a parser that has addTo(parts)'s options; nullopt with `error`
    // when the INI file is unreadable or a port is not 1..65535.
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
