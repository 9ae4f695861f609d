#include "frontend.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace novbe::http {

FrontEnd::FrontEnd(const Settings &settings, EngineContext &context, std::optional<ListenerTls> tls,
                   QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(context, m_settings)
    , m_server(new Server(
          m_settings,
          [this](const Request &request, const QString &peer, Respond respond) {
              m_api.handle(request, peer, std::move(respond));
          },
          std::move(tls), this))
{
    if (!m_settings.metricsPort)
        return;
    Settings metrics = m_settings;
    metrics.address = m_settings.metricsAddress;
    metrics.port = *m_settings.metricsPort;
    m_metrics = new Server(
        metrics,
        [this](const Request &request, const QString &peer, Respond respond) {
            m_api.handle(request, peer, std::move(respond), true);
        },
        std::nullopt, this);
}

bool FrontEnd::listen()
{
    if (!m_server->listen()) {
        m_error = m_server->errorString();
        return false;
    }
    if (m_metrics && !m_metrics->listen()) {
        m_error = u"metrics: "_s + m_metrics->errorString();
        return false;
    }
    return true;
}

void FrontEnd::closeAll()
{
    m_server->closeAll();
    if (m_metrics)
        m_metrics->closeAll();
}

Result<Settings> readSettingsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidParams, u"http: cannot read the config file"_s);
    return parseSettings(file.readAll());
}

} // namespace novbe::http
