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
    FrontEnd(const Settings &settings, EngineContext &context, QObject *parent = nullptr);

    bool listen() { return m_server->listen(); }
    quint16 port() const { return m_server->port(); }
    QString errorString() const { return m_server->errorString(); }
    void closeAll() { m_server->closeAll(); }

private:
    Settings m_settings;
    Api m_api;
    Server *m_server;
};

// Reads the "http" section of the config file at `path`.
Result<Settings> readSettingsFile(const QString &path);

} // namespace novbe::http
