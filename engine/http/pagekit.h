#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace novbe::http {

// What the citizen pages (/t/{id}, /book) share: the page language, the
// texts of engine/http/pages/texts.json, the HTML templates and the static
// assets compiled into the engine (no external assets).

// "?lang=xx" when it is one of `languages`; else the first of `languages`
// Accept-Language ranks highest (q-values, primary subtags); else languages[0].
QString pageLanguage(const Request &request, const QStringList &languages);

// The texts of `lang` (falling back to "az" key by key).
QJsonObject pageTexts(const QString &lang);

QString htmlEscape(const QString &text);

// `object` as JSON that is safe inside <script type="application/json">.
QString scriptJson(const QJsonObject &object);

// Links to `path` in each language ("?lang=xx"), the current one marked.
QString languageSwitch(const QString &path, const QStringList &languages, const QString &current);

// Template `name` (pages/<name>.html, which starts with {{head}}: the shared
// pages/head.html, its body of class `name`) with every {{key}} replaced by
// `values[key]` (already HTML-escaped by the caller; "centre" defaults to
// empty), as a page answer with the pages' security headers (CSP 'self'
// only, no referrer, no framing).
Response htmlPage(int status, const QString &name, const QHash<QString, QString> &values);

// The plain localized "not found" page (404) or "too many requests" (429).
Response notFoundPage(const QString &lang, const QStringList &languages, const QString &path);
Response tooManyPage(const QString &lang, int retryAfterSec);

// A static asset (pages/<name>: .css, .js), or a 404 error.
Response assetResponse(const QString &name);

} // namespace novbe::http
