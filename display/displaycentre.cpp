#include "displaycentre.h"

#include "protocol/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void readCentre(const QJsonObject &c, DisplayCentre &out)
{
    out.id = c.value(u"id"_s).toString();
    out.name = localizedFromJson(c.value(u"name"_s).toObject());
    out.ticker = localizedFromJson(c.value(u"ticker"_s).toObject());
    if (const QString tz = c.value(u"timezone"_s).toString(); !tz.isEmpty())
        out.timezone = tz;
    QStringList languages;
    for (const QJsonValue &v : c.value(u"languages"_s).toArray())
        languages.append(v.toString());
    languages.removeAll(QString());
    if (!languages.isEmpty())
        out.languages = languages;
}

} // namespace

DisplayCentre DisplayCentre::fromJson(const QJsonObject &centreGet)
{
    DisplayCentre out;
    readCentre(centreGet.value(u"centre"_s).toObject(), out);
    for (const QJsonValue &v : centreGet.value(u"counters"_s).toArray()) {
        const QJsonObject counter = v.toObject();
        out.counterNames.insert(counter.value(u"id"_s).toString(),
                                localizedFromJson(counter.value(u"name"_s).toObject()));
    }
    for (const QJsonValue &v : centreGet.value(u"services"_s).toArray()) {
        const QJsonObject service = v.toObject();
        const QString id = service.value(u"id"_s).toString();
        out.serviceNames.insert(id, localizedFromJson(service.value(u"name"_s).toObject()));
        out.servicePrefixes.insert(id, service.value(u"prefix"_s).toString());
    }
    return out;
}

} // namespace novbe
