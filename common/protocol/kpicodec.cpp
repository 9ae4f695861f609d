#include "codec.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

static QJsonObject serviceKpiToJson(const ServiceKpi &kpi)
{
    return QJsonObject{
        {u"id"_s, kpi.id},
        {u"issued"_s, kpi.issued},
        {u"served"_s, kpi.served},
        {u"noShow"_s, kpi.noShow},
        {u"cancelled"_s, kpi.cancelled},
        {u"waiting"_s, kpi.waiting},
        {u"avgWaitSec"_s, kpi.avgWaitSec},
        {u"maxWaitSec"_s, kpi.maxWaitSec},
        {u"avgServiceSec"_s, kpi.avgServiceSec},
        {u"slaPct"_s, kpi.slaPct},
    };
}

static QJsonObject counterKpiToJson(const CounterKpi &kpi)
{
    return QJsonObject{
        {u"id"_s, kpi.id},
        {u"served"_s, kpi.served},
        {u"noShow"_s, kpi.noShow},
        {u"avgServiceSec"_s, kpi.avgServiceSec},
    };
}

QJsonObject kpisToJson(const Kpis &kpis)
{
    QJsonArray services;
    for (const ServiceKpi &kpi : kpis.services)
        services.append(serviceKpiToJson(kpi));
    QJsonArray counters;
    for (const CounterKpi &kpi : kpis.counters)
        counters.append(counterKpiToJson(kpi));
    return QJsonObject{
        {u"services"_s, services},
        {u"counters"_s, counters},
        {u"feedbackCount"_s, kpis.feedbackCount},
        {u"avgRating"_s, kpis.avgRating},
    };
}

static ServiceKpi serviceKpiFromJson(const QJsonObject &json, detail::FieldReader &in)
{
    ServiceKpi kpi;
    kpi.id = json.value(u"id"_s).toString();
    kpi.issued = int(in.integer(u"issued"_s));
    kpi.served = int(in.integer(u"served"_s));
    kpi.noShow = int(in.integer(u"noShow"_s));
    kpi.cancelled = int(in.integer(u"cancelled"_s));
    kpi.waiting = int(in.integer(u"waiting"_s));
    kpi.avgWaitSec = int(in.integer(u"avgWaitSec"_s));
    kpi.maxWaitSec = int(in.integer(u"maxWaitSec"_s));
    kpi.avgServiceSec = int(in.integer(u"avgServiceSec"_s));
    kpi.slaPct = int(in.integer(u"slaPct"_s, 100));
    return kpi;
}

std::optional<Kpis> kpisFromJson(const QJsonObject &json)
{
    Kpis kpis;
    bool malformed = false;
    for (const QJsonValue &value : json.value(u"services"_s).toArray()) {
        detail::FieldReader in(value.toObject());
        in.string(u"id"_s, true);
        kpis.services.push_back(serviceKpiFromJson(value.toObject(), in));
        malformed = malformed || in.malformed();
    }
    for (const QJsonValue &value : json.value(u"counters"_s).toArray()) {
        detail::FieldReader in(value.toObject());
        CounterKpi kpi;
        kpi.id = in.string(u"id"_s, true);
        kpi.served = int(in.integer(u"served"_s));
        kpi.noShow = int(in.integer(u"noShow"_s));
        kpi.avgServiceSec = int(in.integer(u"avgServiceSec"_s));
        kpis.counters.push_back(kpi);
        malformed = malformed || in.malformed();
    }
    detail::FieldReader top(json);
    kpis.feedbackCount = int(top.integer(u"feedbackCount"_s));
    kpis.avgRating = json.value(u"avgRating"_s).toDouble();
    if (malformed || top.malformed())
        return std::nullopt;
    return kpis;
}

} // namespace novbe
