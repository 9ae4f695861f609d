#include "configfile.h"

#include "enginetls.h"
#include "exitcodes.h"

#include "core/configloader.h"
#include "http/httpsettings.h"

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

int checkConfigFile(const QString &path, QString *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *report = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return EXIT_CONFIG;
    }
    const QByteArray bytes = file.readAll();
    QStringList problems = centreConfigProblems(bytes);
    if (Result<http::Settings> httpSettings = http::parseSettings(bytes); !httpSettings.ok())
        problems << httpSettings.error().message;
    if (Result<EngineTls> tls = engineTls(bytes, QDateTime::currentDateTime()); !tls.ok())
        problems << tls.error().message;
    if (problems.isEmpty()) {
        *report = path + u": ok"_s;
        return EXIT_OK;
    }
    QStringList lines;
    for (const QString &problem : problems)
        lines << path + u": "_s + problem;
    lines << u"%1: %2 problem(s)"_s.arg(path).arg(problems.size());
    *report = lines.join(u'\n');
    return EXIT_CONFIG;
}

} // namespace novbe
