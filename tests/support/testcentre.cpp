#include "testcentre.h"

#include "testclient.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe::test {

QJsonObject sampleCentre()
{
    QFile file(sampleConfigPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

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

QJsonObject alwaysOpenCentre()
{
    QJsonObject config = sampleCentre();
    QJsonArray services = config.value(u"services"_s).toArray();
    for (auto &&entry : services) {
        QJsonObject service = entry.toObject();
        service.remove(u"hours"_s);
        entry = service;
    }
    config.insert(u"services"_s, services);
    return config;
}

void setServiceKey(QJsonObject &config, const QString &serviceId, const QString &key,
                   const QJsonValue &value)
{
    QJsonArray services = config.value(u"services"_s).toArray();
    bool found = false;
    for (auto &&entry : services) {
        QJsonObject service = entry.toObject();
        if (service.value(u"id"_s).toString() != serviceId)
            continue;
        if (value.isNull())
            service.remove(key);
        else
            service.insert(key, value);
        entry = service;
        found = true;
    }
    REQUIRE(found);
    config.insert(u"services"_s, services);
}

void setServiceName(QJsonObject &config, const QString &serviceId, const QString &lang,
                    const QString &name)
{
    QJsonObject names;
    for (const auto &entry : config.value(u"services"_s).toArray()) {
        if (entry.toObject().value(u"id"_s).toString() == serviceId)
            names = entry.toObject().value(u"name"_s).toObject();
    }
    names.insert(lang, name);
    setServiceKey(config, serviceId, u"name"_s, names);
}

void addKiosks(QJsonObject &config, int count)
{
    QJsonArray devices = config.value(u"devices"_s).toArray();
    for (int i = 1; i <= count; ++i) {
        const QString id = u"et-kiosk-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        devices.append(QJsonObject{
            {u"id"_s, id}, {u"role"_s, u"kiosk"_s}, {u"token"_s, QString(id + u"-token"_s)}});
    }
    config.insert(u"devices"_s, devices);
}

std::unique_ptr<TestClient> connectAs(quint16 port, const QString &device, const QString &token)
{
    auto client = std::make_unique<TestClient>();
    REQUIRE(client->connectTo(port));
    const QJsonObject hello = client->hello(device, token);
    INFO("session.hello as " << device.toStdString() << ": " << describe(hello).toStdString());
    REQUIRE(isOk(hello));
    return client;
}

std::unique_ptr<TestClient> openCounter(quint16 port, const QString &desk, const QString &op,
                                        const QString &counter)
{
    auto client = connectAs(port, desk);
    okCall(*client, u"operator.login"_s, {{u"operator"_s, op}, {u"pin"_s, demoPin(op)}});
    okCall(*client, u"counter.open"_s, {{u"counter"_s, counter}});
    return client;
}

QJsonObject okCall(TestClient &client, const QString &method, const QJsonObject &params)
{
    const QJsonObject response = client.call(method, params);
    INFO(method.toStdString() << " "
                              << QJsonDocument(params).toJson(QJsonDocument::Compact).toStdString()
                              << " -> " << describe(response).toStdString());
    REQUIRE(isOk(response));
    return resultOf(response);
}

QJsonObject advanceClock(TestClient &manager, int sec)
{
    return okCall(manager, u"debug.advanceClock"_s, {{u"sec"_s, sec}});
}

} // namespace novbe::test
