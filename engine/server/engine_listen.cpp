// The engine's listeners: the HTTP front end, the port files and TLS (the
// rest of Engine is in engine.cpp).

#include "engine.h"

#include "enginetls.h"
#include "exitcodes.h"
#include "http/frontend.h"
#include "logging.h"
#include "server.h"

#include "core/clock.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace novbe {

std::optional<Engine::StartError> Engine::startHttp()
{
    if (!m_httpSettings->enabled)
        return std::nullopt;
    m_http = new http::FrontEnd(*m_httpSettings, *m_context,
                                m_tls->http ? m_tls->listener : std::nullopt, this);
    if (!m_http->listen())
        return StartError{EXIT_NETWORK,
                          u"cannot listen for HTTP on %1:%2: %3"_s.arg(
                              m_httpSettings->address.toString(),
                              QString::number(m_httpSettings->port), m_http->errorString())};
    qCInfo(lcServer).noquote() << "HTTP API on" << m_httpSettings->address.toString() << "port"
                               << m_http->port();
    if (m_http->metricsPort() != 0)
        qCInfo(lcServer).noquote() << "HTTP metrics on" << m_httpSettings->metricsAddress.toString()
                                   << "port" << m_http->metricsPort();
    return std::nullopt;
}

namespace {

bool writePort(const QString &path, quint16 port)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::number(port) + '\n');
    return file.commit();
}

} // namespace

// The device port goes to --port-file, the HTTP port (when enabled) to
// "<port file>.http", a separate metrics port to "<port file>.metrics"; the
// device port file is written last (tests wait for it).
bool Engine::writePortFile()
{
    if (m_options.portFile.isEmpty())
        return true;
    if (m_http && !writePort(m_options.portFile + u".http"_s, m_http->port()))
        return false;
    if (m_http && m_http->metricsPort() != 0
        && !writePort(m_options.portFile + u".metrics"_s, m_http->metricsPort()))
        return false;
    return writePort(m_options.portFile, m_server->port());
}

// The "tls" section, read at start: the device port (and HTTPS) or plain TCP.
std::optional<Engine::StartError> Engine::loadTls()
{
    Result<EngineTls> tls = readTls();
    if (!tls.ok())
        return StartError{EXIT_CONFIG, tls.error().message};
    for (const QString &warning : tls->warnings)
        qCWarning(lcServer).noquote() << warning;
    qCInfo(lcServer).noquote() << "device port:" << tls->summary;
    m_tls = std::make_unique<EngineTls>(std::move(tls).value());
    return std::nullopt;
}

Result<EngineTls> Engine::readTls() const
{
    QFile file(m_options.configPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidParams, u"tls: cannot read the config file"_s);
    return engineTls(file.readAll(), m_clock->now());
}

// SIGHUP: a renewed certificate and key are used for new connections;
// turning TLS on or off needs a restart. A broken section keeps the old one.
void Engine::reloadTls()
{
    Result<EngineTls> tls = readTls();
    if (!tls.ok()) {
        qCWarning(lcServer).noquote() << "TLS not reloaded:" << tls.error().message;
        return;
    }
    if (tls->listener.has_value() != m_tls->listener.has_value() || tls->http != m_tls->http) {
        qCWarning(lcServer) << "TLS turned on or off in the config: takes effect at restart";
        return;
    }
    if (!tls->listener)
        return;
    for (const QString &warning : tls->warnings)
        qCWarning(lcServer).noquote() << warning;
    m_server->listener().updateTls(tls->listener->configuration);
    if (m_http && tls->http)
        m_http->updateTls(tls->listener->configuration);
    qCInfo(lcServer).noquote() << "TLS reloaded:" << tls->summary;
    m_tls = std::make_unique<EngineTls>(std::move(tls).value());
}

} // namespace novbe
