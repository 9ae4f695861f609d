#include "pagekit.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(u":/pages/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QJsonObject &allTexts()
{
    static const QJsonObject texts = QJsonDocument::fromJson(resource(u"texts.json"_s)).object();
    return texts;
}

// The q-value of one Accept-Language item ("ru;q=0.8" -> 0.8), 1 without one.
double qualityOf(const QStringList &parts)
{
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString p = parts[i].trimmed();
        if (p.startsWith(u"q="_s)) {
            bool ok = false;
            const double q = p.mid(2).toDouble(&ok);
            return ok && q >= 0 && q <= 1 ? q : 0;
        }
    }
    return 1;
}

void addSecurityHeaders(Response &r)
{
    r.headers.emplaceBack("Content-Security-Policy",
                          "default-src 'none'; script-src 'self'; style-src 'self'; "
                          "img-src 'self'; connect-src 'self'; form-action 'self'; "
                          "base-uri 'none'; frame-ancestors 'none'");
    r.headers.emplaceBack("Referrer-Policy", "no-referrer");
    r.headers.emplaceBack("X-Frame-Options", "DENY");
    r.headers.emplaceBack("Cache-Control", "no-store");
}

} // namespace

QString pageLanguage(const Request &request, const QStringList &languages)
{
    const QString asked = QUrlQuery(request.query()).queryItemValue(u"lang"_s);
    if (languages.contains(asked))
        return asked;
    QString best;
    double bestQ = 0;
    const QString header = QString::fromLatin1(request.header("accept-language"));
    for (const QString &item : header.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u';');
        const QString primary = parts[0].trimmed().section(u'-', 0, 0).toLower();
        const double q = qualityOf(parts);
        if (languages.contains(primary) && q > bestQ) {
            best = primary;
            bestQ = q;
        }
    }
    if (!best.isEmpty())
        return best;
    return languages.isEmpty() ? u"az"_s : languages.first();
}

QJsonObject pageTexts(const QString &lang)
{
    QJsonObject texts = allTexts().value(u"az"_s).toObject();
    const QJsonObject own = allTexts().value(lang).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        texts.insert(it.key(), it.value());
    return texts;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString scriptJson(const QJsonObject &object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return json.replace(u'<', u"\\u003c"_s).replace(u'>', u"\\u003e"_s).replace(u'&', u"\\u0026"_s);
}

QString languageSwitch(const QString &path, const QStringList &languages, const QString &current)
{
    QString out;
    for (const QString &l : languages) {
        const QString label = htmlEscape(pageTexts(l).value(u"langName"_s).toString());
        if (l == current)
            out += u"<span class=\"lang current\" lang=\"%1\">%2</span>"_s.arg(htmlEscape(l),
                                                                               label);
        else
            out += u"<a class=\"lang\" lang=\"%1\" hreflang=\"%1\" href=\"%2?lang=%1\">%3</a>"_s
                       .arg(htmlEscape(l), htmlEscape(path), label);
    }
    return out;
}

Response htmlPage(int status, const QString &name, const QHash<QString, QString> &values)
{
    QString html = QString::fromUtf8(resource(name + u".html"_s));
    html.replace(u"{{head}}\n"_s, QString::fromUtf8(resource(u"head.html"_s)));
    QHash<QString, QString> all = values;
    all.insert(u"page"_s, name); // the body's class
    if (!all.contains(u"centre"_s))
        all.insert(u"centre"_s, QString());
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        html.replace(u"{{"_s + it.key() + u"}}"_s, it.value());
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = html.toUtf8();
    addSecurityHeaders(r);
    return r;
}

Response notFoundPage(const QString &lang, const QStringList &languages, const QString &path)
{
    const QJsonObject t = pageTexts(lang);
    return htmlPage(404, u"message"_s,
                    {{u"lang"_s, htmlEscape(lang)},
                     {u"title"_s, htmlEscape(t.value(u"notFoundTitle"_s).toString())},
                     {u"text"_s, htmlEscape(t.value(u"notFoundText"_s).toString())},
                     {u"switch"_s, languageSwitch(path, languages, lang)}});
}

Response tooManyPage(const QString &lang, int retryAfterSec)
{
    const QJsonObject t = pageTexts(lang);
    Response r = htmlPage(429, u"message"_s,
                          {{u"lang"_s, htmlEscape(lang)},
                           {u"title"_s, htmlEscape(t.value(u"tooManyTitle"_s).toString())},
                           {u"text"_s, htmlEscape(t.value(u"tooMany"_s).toString())},
                           {u"switch"_s, QString()}});
    r.headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSec));
    return r;
}

Response assetResponse(const QString &name)
{
    static const QHash<QString, QByteArray> types{
        {u"page.css"_s, "text/css; charset=utf-8"},
        {u"track.js"_s, "text/javascript; charset=utf-8"},
        {u"book.js"_s, "text/javascript; charset=utf-8"},
    };
    if (!types.contains(name))
        return Response::error(404, u"NOT_FOUND"_s, u"no such asset"_s);
    Response r;
    r.contentType = types.value(name);
    r.body = resource(name);
    r.headers.emplaceBack("Cache-Control", "public, max-age=300");
    return r;
}

} // namespace novbe::http
