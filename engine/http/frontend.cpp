#include "frontend.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace novbe::http {

FrontEnd::FrontEnd(const Settings &settings, EngineContext &context, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(context, m_settings)
    , m_server(new Server(
          m_settings,
          [this](const Request &request, const QString &peer, Respond respond) {
              m_api.handle(request, peer, std::move(respond));
          },
          this))
{
}

Result<Settings> readSettingsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidParams, u"http: cannot read the config file"_s);
    return parseSettings(file.readAll());
}

} // namespace novbe::http
