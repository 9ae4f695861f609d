#pragma once

#include "api.h"
#include "httpserver.h"
#include "httpsettings.h"

#include <QObject>

namespace novbe::http {

// The HTTP side of the engine: the API over the engine's context, served by
// the strict Server on its own address and port.
class FrontEnd : public QObject
{
    Q_OBJECT
public:
    // `tls`: the main listener speaks HTTPS (settings.tls); the metrics one stays plain.
    FrontEnd(const Settings &settings, EngineContext &context,
             std::optional<ListenerTls> tls = std::nullopt, QObject *parent = nullptr);
    // A renewed certificate for the HTTPS listener (SIGHUP).
    void updateTls(const QSslConfiguration &configuration) { m_server->updateTls(configuration); }

    // Listens on the main address and, when configured, the metrics one.
    bool listen();
    quint16 port() const { return m_server->port(); }
    // The separate metrics listener's port, 0 without one.
    quint16 metricsPort() const { return m_metrics ? m_metrics->port() : 0; }
    QString errorString() const { return m_error; }
    void closeAll();

private:
    Settings m_settings;
    Api m_api;
    Server *m_server;
    Server *m_metrics = nullptr;
    QString m_error;
};

// Reads the "http" section of the config file at `path`.
Result<Settings> readSettingsFile(const QString &path);

} // namespace novbe::http
