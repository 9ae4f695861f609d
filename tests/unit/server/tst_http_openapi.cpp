// docs/http-api.yaml describes exactly the routes engine/http serves, and
// every error answer the API can give is in its responses.

#include "http/api.h"
#include "http/httpresponse.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

struct OpenApi
{
    QString version;
    QMap<QString, QSet<QString>> paths; // "/api/v1/services" -> {"get"}
    QSet<QString> pathStatuses;         // status codes documented under paths
};

// A strict reader of the subset the file uses: 2-space indents, no tabs,
// "paths:" at column 0, paths at 2, methods at 4, "responses:" entries at 8.
OpenApi readOpenApi(const QString &file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    OpenApi api;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    bool inPaths = false;
    QString path;
    static const QRegularExpression status(u"^        '(\\d{3})':"_s);
    for (const QString &line : lines) {
        REQUIRE_FALSE(line.contains(u'\t'));
        if (line.startsWith(u"openapi: "_s))
            api.version = line.mid(9).trimmed();
        if (!line.isEmpty() && !line.startsWith(u' ') && !line.startsWith(u'#'))
            inPaths = line == u"paths:"_s;
        if (!inPaths)
            continue;
        if (line.startsWith(u"  /"_s) && line.endsWith(u':'))
            path = line.trimmed().chopped(1);
        else if (line.size() > 4 && line.startsWith(u"    "_s) && line[4] != u' '
                 && line.endsWith(u':'))
            api.paths[path].insert(line.trimmed().chopped(1));
        if (auto m = status.match(line); m.hasMatch())
            api.pathStatuses.insert(m.captured(1));
    }
    return api;
}

} // namespace

TEST_CASE("docs/http-api.yaml describes every route served, and no other", "[http][openapi]")
{
    const OpenApi doc = readOpenApi(QStringLiteral(NOVBE_SOURCE_DIR "/docs/http-api.yaml"));
    CHECK(doc.version.startsWith(u"3."_s));
    QMap<QString, QSet<QString>> served;
    for (const novbe::http::Route &r : novbe::http::Api::routes())
        served[r.pattern].insert(QString::fromLatin1(r.method).toLower());
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(doc.paths.contains(it.key()));
        CHECK(doc.paths.value(it.key()) - QSet<QString>{u"parameters"_s} == it.value());
    }
    CHECK(doc.paths.size() == served.size());
}

TEST_CASE("every status the API answers is documented", "[http][openapi]")
{
    const OpenApi doc = readOpenApi(QStringLiteral(NOVBE_SOURCE_DIR "/docs/http-api.yaml"));
    const QStringList reasons{u"PARSE_ERROR"_s,    u"INVALID_REQUEST"_s,    u"INVALID_PARAMS"_s,
                              u"NOT_FOUND"_s,      u"UNKNOWN_SERVICE"_s,    u"UNAUTHENTICATED"_s,
                              u"SERVICE_CLOSED"_s, u"LIMIT_REACHED"_s,      u"INVALID_STATE"_s,
                              u"RATE_LIMITED"_s,   u"STORAGE_UNAVAILABLE"_s};
    for (const QString &reason : reasons) {
        INFO(reason.toStdString());
        CHECK(doc.pathStatuses.contains(QString::number(novbe::http::statusFor(reason))));
    }
    // Statuses of the server itself (limits, framing, methods).
    for (const char *status : {"405", "408", "413", "415", "422", "431", "501", "505"})
        CHECK(doc.pathStatuses.contains(QString::fromLatin1(status)));
}
