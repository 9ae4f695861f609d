#include "httpsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

bool readInt(const QJsonObject &o, const QString &key, int &out, int min, int max, QString &error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != int(d) || d < min || d > max) {
        error = u"http: %1 must be an integer %2..%3"_s.arg(key).arg(min).arg(max);
        return false;
    }
    out = int(d);
    return true;
}

bool readMetricsListener(const QJsonObject &o, Settings &s, QString &error)
{
    if (o.contains(u"metricsPort"_s)) {
        int metricsPort = 0;
        if (!readInt(o, u"metricsPort"_s, metricsPort, 0, 65535, error))
            return false;
        s.metricsPort = quint16(metricsPort);
    }
    const QJsonValue address = o.value(u"metricsAddress"_s);
    if (!address.isUndefined() && !s.metricsAddress.setAddress(address.toString())) {
        error = u"http: metricsAddress must be an IP address"_s;
        return false;
    }
    return true;
}

bool readProxies(const QJsonObject &o, Settings &s, QString &error)
{
    const QJsonValue proxies = o.value(u"trustedProxies"_s);
    if (!proxies.isUndefined() && !proxies.isArray()) {
        error = u"http: trustedProxies must be an array of IP addresses"_s;
        return false;
    }
    for (const QJsonValue &p : proxies.toArray()) {
        QHostAddress proxy;
        if (!p.isString() || !proxy.setAddress(p.toString())) {
            error = u"http: trustedProxies must be an array of IP addresses"_s;
            return false;
        }
        s.trustedProxies.append(proxy);
    }
    return true;
}

} // namespace

Result<Settings> parseSettings(const QByteArray &configJson)
{
    const QJsonObject root = QJsonDocument::fromJson(configJson).object();
    Settings s;
    const QJsonValue section = root.value(u"http"_s);
    if (section.isUndefined())
        return s;
    if (!section.isObject())
        return makeError(ErrorCode::InvalidParams, u"http: must be an object"_s);
    const QJsonObject o = section.toObject();
    QString error;
    int port = s.port;
    const QJsonValue enabled = o.value(u"enabled"_s);
    if (!enabled.isUndefined() && !enabled.isBool())
        return makeError(ErrorCode::InvalidParams, u"http: enabled must be true or false"_s);
    s.enabled = enabled.toBool(false);
    const QJsonValue tls = o.value(u"tls"_s);
    if (!tls.isUndefined() && !tls.isBool())
        return makeError(ErrorCode::InvalidParams, u"http: tls must be true or false"_s);
    s.tls = tls.toBool(false);
    const QJsonValue address = o.value(u"address"_s);
    if (!address.isUndefined() && !s.address.setAddress(address.toString()))
        return makeError(ErrorCode::InvalidParams, u"http: address must be an IP address"_s);
    if (!readInt(o, u"port"_s, port, 0, 65535, error)
        || !readInt(o, u"requestTimeoutMs"_s, s.requestTimeoutMs, 100, 600000, error)
        || !readInt(o, u"idleTimeoutMs"_s, s.idleTimeoutMs, 100, 3600000, error)
        || !readInt(o, u"maxRequestsPerConnection"_s, s.maxRequestsPerConnection, 1, 100000, error)
        || !readInt(o, u"maxConnections"_s, s.maxConnections, 1, 100000, error)
        || !readInt(o, u"statusMaxAgeSec"_s, s.statusMaxAgeSec, 0, 3600, error)
        || !readInt(o, u"keyFailuresPerMinute"_s, s.keyFailuresPerMinute, 1, 10000, error)
        || !readInt(o, u"pageWritesPerAddress"_s, s.pageWritesPerAddress, 1, 100000, error)
        || !readInt(o, u"trackMissesPerMinute"_s, s.trackMissesPerMinute, 1, 100000, error))
        return makeError(ErrorCode::InvalidParams, error);
    s.port = quint16(port);
    if (!readMetricsListener(o, s, error) || !readProxies(o, s, error))
        return makeError(ErrorCode::InvalidParams, error);
    return s;
}

} // namespace novbe::http
