#include "benchcentre.h"

#include "core/pinhash.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

QJsonObject names(const QString &text)
{
    return {{u"az"_s, text}, {u"en"_s, text}, {u"ru"_s, text}};
}

QList<Device> makeDevices(const QString &kind, int count)
{
    QList<Device> devices;
    for (int i = 1; i <= count; ++i) {
        const QString id = u"bench-%1-%2"_s.arg(kind).arg(i, 4, 10, QChar(u'0'));
        devices.append(Device{id, id + u"-token"_s});
    }
    return devices;
}

QJsonArray deviceEntries(const QList<Device> &devices, const QString &role)
{
    QJsonArray entries;
    for (const Device &d : devices)
        entries.append(QJsonObject{{u"id"_s, d.id}, {u"role"_s, role}, {u"token"_s, d.token}});
    return entries;
}

// Services without hours and daily limits; their ids go to `ids`.
QJsonArray openServices(const QJsonArray &services, QStringList &ids, QStringList &prefixes)
{
    QJsonArray out;
    for (const QJsonValue &v : services) {
        QJsonObject s = v.toObject();
        s.remove(u"hours"_s);
        s.remove(u"dailyLimit"_s);
        s[u"enabled"_s] = true;
        ids.append(s.value(u"id"_s).toString());
        prefixes.append(s.value(u"prefix"_s).toString());
        out.append(s);
    }
    return out;
}

void addCountersAndOperators(QJsonObject &root, BenchCentre &centre, int desks)
{
    QJsonArray serving;
    for (const QString &s : std::as_const(centre.services))
        serving.append(QJsonObject{{u"service"_s, s}, {u"weight"_s, 1}});
    centre.pin = u"2468"_s;
    const QString hash = hashPin(centre.pin, randomSalt(), DEFAULT_PIN_ITERATIONS);
    QJsonArray counters;
    QJsonArray operators;
    for (int i = 1; i <= desks; ++i) {
        const QString counter = u"b%1"_s.arg(i, 4, 10, QChar(u'0'));
        const QString op = u"bop%1"_s.arg(i, 4, 10, QChar(u'0'));
        counters.append(QJsonObject{
            {u"id"_s, counter}, {u"name"_s, names(QString::number(i))}, {u"services"_s, serving}});
        operators.append(QJsonObject{{u"id"_s, op},
                                     {u"name"_s, QString(u"Operator "_s + QString::number(i))},
                                     {u"pin"_s, hash}});
        centre.counters.append(counter);
        centre.operators.append(op);
    }
    root[u"counters"_s] = counters;
    root[u"operators"_s] = operators;
}

} // namespace

std::optional<BenchCentre> writeBenchCentre(const QString &samplePath, const QString &outPath,
                                            const CentreSize &size, QString *error)
{
    QFile sample(samplePath);
    if (!sample.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(samplePath, sample.errorString());
        return std::nullopt;
    }
    QJsonObject root = QJsonDocument::fromJson(sample.readAll()).object();
    BenchCentre centre;
    root[u"services"_s] = openServices(root.value(u"services"_s).toArray(), centre.services,
                                       centre.prefixes);
    centre.timezone = root.value(u"centre"_s).toObject().value(u"timezone"_s).toString();
    if (centre.services.isEmpty()) {
        *error = samplePath + u" has no services"_s;
        return std::nullopt;
    }
    addCountersAndOperators(root, centre, std::max(size.desks, 1));
    centre.kiosks = makeDevices(u"kiosk"_s, size.kiosks);
    centre.desks = makeDevices(u"desk"_s, std::max(size.desks, 1));
    centre.displays = makeDevices(u"display"_s, size.displays);
    QJsonArray devices = deviceEntries(centre.kiosks, u"kiosk"_s);
    for (const QJsonValue &v : deviceEntries(centre.desks, u"counter"_s))
        devices.append(v);
    for (const QJsonValue &v : deviceEntries(centre.displays, u"display"_s))
        devices.append(v);
    centre.manager = Device{u"bench-manager"_s, u"bench-manager-token"_s};
    devices.append(QJsonObject{{u"id"_s, centre.manager.id},
                               {u"role"_s, u"manager"_s},
                               {u"token"_s, centre.manager.token}});
    root[u"devices"_s] = devices;
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0) {
        *error = u"cannot write %1: %2"_s.arg(outPath, out.errorString());
        return std::nullopt;
    }
    centre.configPath = outPath;
    return centre;
}

} // namespace novbe::bench
