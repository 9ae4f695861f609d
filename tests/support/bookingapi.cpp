#include "bookingapi.h"

#include "engineprocess.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

QPair<QByteArray, QByteArray> authorization()
{
    return {"Authorization", QByteArray("Bearer ") + BOOKING_KEY};
}

} // namespace

HttpAnswer BookingApi::get(const QByteArray &target) const
{
    return httpCall(m_engine.httpPort(), "GET", target, {authorization()});
}

HttpAnswer BookingApi::post(const QByteArray &target, const QJsonObject &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    auto all = headers;
    all.append(authorization());
    all.emplaceBack("Content-Type", "application/json");
    return httpCall(m_engine.httpPort(), "POST", target, all,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpAnswer BookingApi::del(const QByteArray &target) const
{
    return httpCall(m_engine.httpPort(), "DELETE", target, {authorization()});
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
