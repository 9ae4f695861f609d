#include "connectionoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

bool readPort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

// One source of settings: `value(key)` is empty when the source does not set it.
template <typename Source>
bool apply(ConnectionOptions &o, Source value, const QString &where, QString *error)
{
    if (const QString host = value(u"host"_s); !host.isEmpty())
        o.host = host;
    if (const QString device = value(u"device"_s); !device.isEmpty())
        o.device = device;
    if (const QString token = value(u"token"_s); !token.isEmpty())
        o.token = token;
    const QString port = value(u"port"_s);
    if (!port.isEmpty() && !readPort(port, &o.port)) {
        *error = where + u": the port must be 1 to 65535 (got \""_s + port + u"\")"_s;
        return false;
    }
    return true;
}

} // namespace

void ConnectionOptions::addTo(QCommandLineParser &parser, ConnectionParts parts)
{
    parser.addOptions({
        {u"host"_s, u"Engine host (default 127.0.0.1; or NOVBE_HOST)."_s, u"HOST"_s},
        {u"port"_s, u"Engine port (default 7400; or NOVBE_PORT)."_s, u"PORT"_s},
    });
    if (parts == ConnectionParts::Endpoint)
        return;
    parser.addOptions({
        {u"device"_s, u"This device's id in the centre config (or NOVBE_DEVICE)."_s, u"ID"_s},
        {u"token"_s, u"This device's token (or NOVBE_TOKEN). No default."_s, u"TOKEN"_s},
        {u"config"_s, u"INI file: [engine] host, port, device, token and the app's own groups."_s,
         u"FILE"_s},
    });
}

std::optional<ConnectionOptions> ConnectionOptions::read(const QCommandLineParser &parser,
                                                         QString *error,
                                                         const QProcessEnvironment &env,
                                                         ConnectionParts parts)
{
    const bool all = parts == ConnectionParts::All;
    ConnectionOptions o;
    o.configPath = all ? parser.value(u"config"_s) : QString();
    if (!o.configPath.isEmpty()) {
        if (!QFileInfo(o.configPath).isReadable()) {
            *error = u"cannot read "_s + o.configPath;
            return std::nullopt;
        }
        const std::unique_ptr<QSettings> ini = o.settings();
        const auto fromIni = [&ini](const QString &key) {
            return ini->value(u"engine/"_s + key).toString();
        };
        if (ini->status() != QSettings::NoError) {
            *error = o.configPath + u": not a valid INI file"_s;
            return std::nullopt;
        }
        if (!apply(o, fromIni, o.configPath + u" [engine]"_s, error))
            return std::nullopt;
    }
    const auto wanted = [all](const QString &key) {
        return all || key == u"host" || key == u"port";
    };
    const auto fromEnv = [&env, wanted](const QString &key) {
        return wanted(key) ? env.value(u"NOVBE_"_s + key.toUpper()) : QString();
    };
    const auto fromArgs = [&parser, wanted](const QString &key) {
        return wanted(key) ? parser.value(key) : QString();
    };
    if (!apply(o, fromEnv, u"NOVBE_PORT"_s, error) || !apply(o, fromArgs, u"--port"_s, error))
        return std::nullopt;
    return o;
}

QString ConnectionOptions::missingCredentials() const
{
    if (!device.isEmpty() && !token.isEmpty())
        return {};
    return u"--device and --token are required (or NOVBE_DEVICE and NOVBE_TOKEN, or [engine] "
           "device= and token= in --config)"_s;
}

std::unique_ptr<QSettings> ConnectionOptions::settings() const
{
    if (configPath.isEmpty())
        return nullptr;
    return std::make_unique<QSettings>(configPath, QSettings::IniFormat);
}

} // namespace novbe
