#include "configfile.h"

#include "core/configloader.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace novbe {

Result<CentreConfig> loadConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidParams,
                         u"cannot read config %1: %2"_s.arg(path, file.errorString()));
    Result<CentreConfig> config = parseCentreConfig(file.readAll());
    if (!config.ok())
        return makeError(ErrorCode::InvalidParams,
                         u"invalid config %1: %2"_s.arg(path, config.error().message));
    return config;
}

} // namespace novbe
