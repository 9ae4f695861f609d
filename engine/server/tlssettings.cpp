#include "tlssettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int MIN_HANDSHAKE_MS = 100;
constexpr int MAX_HANDSHAKE_MS = 60000;

DomainError tlsError(const QString &rule)
{
    return makeError(ErrorCode::InvalidParams, u"tls: "_s + rule);
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    // "[x]" without its brackets.
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1).chopped(1));
}

// A path: absent leaves `out` empty; otherwise a non-empty string.
bool readPath(const QJsonObject &o, const QString &name, QString &out, QString &error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString() || v.toString().isEmpty()) {
        error = name + u" must be a file path (got "_s + shown(v) + u')';
        return false;
    }
    out = v.toString();
    return true;
}

bool readMode(const QJsonObject &o, TlsSettings &s, QString &error)
{
    const QJsonValue v = o.value(u"mode"_s);
    if (v.isUndefined()) {
        error = u"missing mode (\"required\" or \"off\")"_s;
        return false;
    }
    if (v == QJsonValue(u"required"_s))
        s.mode = TlsSettings::Mode::Required;
    else if (v == QJsonValue(u"off"_s))
        s.mode = TlsSettings::Mode::Off;
    else {
        error = u"mode must be \"required\" or \"off\" (got "_s + shown(v) + u')';
        return false;
    }
    return true;
}

bool readTimeout(const QJsonObject &o, TlsSettings &s, QString &error)
{
    const QJsonValue v = o.value(u"handshakeTimeoutMs"_s);
    if (v.isUndefined())
        return true;
    const double ms = v.toDouble(-1);
    if (!v.isDouble() || ms != int(ms) || ms < MIN_HANDSHAKE_MS || ms > MAX_HANDSHAKE_MS) {
        error = u"handshakeTimeoutMs must be an integer %1..%2 (got %3)"_s.arg(MIN_HANDSHAKE_MS)
                    .arg(MAX_HANDSHAKE_MS)
                    .arg(shown(v));
        return false;
    }
    s.handshakeTimeoutMs = int(ms);
    return true;
}

} // namespace

Result<TlsSettings> parseTlsSettings(const QByteArray &configJson)
{
    const QJsonValue section = QJsonDocument::fromJson(configJson).object().value(u"tls"_s);
    TlsSettings s;
    if (section.isUndefined())
        return s;
    if (!section.isObject())
        return tlsError(u"must be an object (got "_s + shown(section) + u')');
    const QJsonObject o = section.toObject();
    s.stated = true;
    QString error;
    if (!readMode(o, s, error) || !readPath(o, u"certificate"_s, s.certificate, error)
        || !readPath(o, u"key"_s, s.key, error) || !readPath(o, u"chain"_s, s.chain, error)
        || !readTimeout(o, s, error))
        return tlsError(error);
    if (s.enabled() && (s.certificate.isEmpty() || s.key.isEmpty()))
        return tlsError(u"mode \"required\" needs certificate and key (PEM file paths)"_s);
    return s;
}

} // namespace novbe
