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

// What the sources said about TLS, decided once all are read (finishTls()).
struct TlsChoice
{
    QString mode; // "on", "off" or empty (not said)
    QString caFile;
};

// One source of settings: `value(key)` is empty when the source does not set it.
template <typename Source>
bool apply(ConnectionOptions &o, TlsChoice &tls, Source value, const QString &where, QString *error)
{
    if (const QString mode = value(u"tls"_s); !mode.isEmpty()) {
        if (mode != u"on" && mode != u"off") {
            *error = where + u": tls must be on or off (got \""_s + mode + u"\")"_s;
            return false;
        }
        tls.mode = mode;
    }
    if (const QString ca = value(u"tlsCa"_s); !ca.isEmpty())
        tls.caFile = ca;
    if (const QString peer = value(u"tlsPeerName"_s); !peer.isEmpty())
        o.tls.peerName = peer;
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

bool finishTls(ConnectionOptions &o, const TlsChoice &tls, QString *error)
{
    o.tls.enabled = tls.mode == u"on" || (tls.mode.isEmpty() && !tls.caFile.isEmpty());
    o.tls.caFile = tls.caFile;
    if (!o.tls.enabled)
        return true;
    if (tls.caFile.isEmpty()) {
        *error = u"tls is on but no CA to pin was given (--tls-ca, NOVBE_TLS_CA or [engine] "
                 "tlsCa=)"_s;
        return false;
    }
    std::optional<QList<QSslCertificate>> ca = readPinnedCa(tls.caFile, error);
    if (!ca)
        return false;
    o.tls.ca = std::move(*ca);
    return true;
}

// The environment variable or command-line option of a key.
QString envName(const QString &key)
{
    if (key == u"tlsCa")
        return u"NOVBE_TLS_CA"_s;
    if (key == u"tlsPeerName")
        return u"NOVBE_TLS_PEER_NAME"_s;
    return u"NOVBE_"_s + key.toUpper();
}

QString optionName(const QString &key)
{
    if (key == u"tlsCa")
        return u"tls-ca"_s;
    if (key == u"tlsPeerName")
        return u"tls-peer-name"_s;
    return key;
}

} // namespace

void ConnectionOptions::addTo(QCommandLineParser &parser, ConnectionParts parts)
{
    parser.addOptions({
        {u"host"_s, u"Engine host (default 127.0.0.1; or NOVBE_HOST)."_s, u"HOST"_s},
        {u"port"_s, u"Engine port (default 7400; or NOVBE_PORT)."_s, u"PORT"_s},
        {u"tls"_s, u"on: TLS to the engine; off: plain TCP (default off; or NOVBE_TLS)."_s,
         u"on|off"_s},
        {u"tls-ca"_s, u"The centre CA to pin (PEM); turns TLS on (or NOVBE_TLS_CA)."_s, u"FILE"_s},
        {u"tls-peer-name"_s,
         u"Name the engine's certificate must carry, when not --host (or NOVBE_TLS_PEER_NAME)."_s,
         u"NAME"_s},
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
    TlsChoice tls;
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
        if (!apply(o, tls, fromIni, o.configPath + u" [engine]"_s, error))
            return std::nullopt;
    }
    const auto wanted = [all](const QString &key) {
        return all || (key != u"device" && key != u"token");
    };
    const auto fromEnv = [&env, wanted](const QString &key) {
        return wanted(key) ? env.value(envName(key)) : QString();
    };
    const auto fromArgs = [&parser, wanted](const QString &key) {
        return wanted(key) ? parser.value(optionName(key)) : QString();
    };
    if (!apply(o, tls, fromEnv, u"the environment"_s, error)
        || !apply(o, tls, fromArgs, u"the command line"_s, error) || !finishTls(o, tls, error))
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
