#include "httpfixture.h"

#include "samplecentre.h"
#include "testcentre.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::test {

QJsonObject httpCentre(const HttpTimeouts &limits)
{
    QJsonObject config = sampleCentre();
    config.insert(u"http"_s,
                  QJsonObject{{u"enabled"_s, true},
                              {u"address"_s, u"127.0.0.1"_s},
                              {u"port"_s, 0},
                              {u"requestTimeoutMs"_s, limits.requestTimeoutMs},
                              {u"idleTimeoutMs"_s, limits.idleTimeoutMs},
                              {u"maxRequestsPerConnection"_s, limits.maxRequestsPerConnection},
                              {u"keyFailuresPerMinute"_s, limits.keyFailuresPerMinute},
                              {u"pageWritesPerAddress"_s, limits.pageWritesPerAddress},
                              {u"trackMissesPerMinute"_s, limits.trackMissesPerMinute}});
    return config;
}

HttpEngine::HttpEngine(const HttpTimeouts &limits) : HttpEngine(httpCentre(limits)) {}

HttpEngine::HttpEngine(const QJsonObject &config) : m_engine(config, manualClockOptions()) {}

bool HttpEngine::start()
{
    if (!m_engine.start())
        return false;
    QFile file(m_engine.portFilePath() + u".http"_s);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_httpPort = quint16(file.readAll().trimmed().toUInt());
    return m_httpPort != 0;
}

HttpAnswer HttpEngine::get(const QByteArray &target)
{
    return httpCall(m_httpPort, "GET", target,
                    {{"Authorization", QByteArray("Bearer ") + BOOKING_KEY}});
}

HttpAnswer HttpEngine::post(const QByteArray &target, const QJsonObject &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.emplaceBack("Authorization", QByteArray("Bearer ") + BOOKING_KEY);
    all.emplaceBack("Content-Type", "application/json");
    return httpCall(m_httpPort, "POST", target, all,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpAnswer HttpEngine::del(const QByteArray &target)
{
    return httpCall(m_httpPort, "DELETE", target,
                    {{"Authorization", QByteArray("Bearer ") + BOOKING_KEY}});
}

QJsonObject bookingBody(const QString &service, const QString &start)
{
    return QJsonObject{
        {u"service"_s, service},
        {u"start"_s, start},
        {u"citizen"_s,
         QJsonObject{{u"name"_s, u"Aysel Məmmədova"_s}, {u"phone"_s, u"+994501234567"_s}}},
        {u"lang"_s, u"az"_s}};
}

} // namespace novbe::test
