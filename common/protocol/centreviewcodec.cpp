// Encoders and decoders of centre.get, session.hello and stats.today.

#include "readmodelutil.h"

#include "codec.h"
#include "core/managercontrols.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;
using detail::readList;
using detail::readLocalized;
using detail::readStrings;
using detail::unlessMalformed;

namespace {

QJsonValue hoursJson(const std::optional<OpeningHours> &hours)
{
    if (!hours)
        return QJsonValue::Null;
    return QJsonArray{hours->open.toString(u"HH:mm"_s), hours->close.toString(u"HH:mm"_s)};
}

std::optional<OpeningHours> readHours(FieldReader &in, const QJsonObject &json)
{
    const QJsonValue value = json.value(u"hours"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonArray pair = value.toArray();
    const QTime open = QTime::fromString(pair.at(0).toString(), u"HH:mm"_s);
    const QTime close = QTime::fromString(pair.at(1).toString(), u"HH:mm"_s);
    if (pair.size() != 2 || !open.isValid() || !close.isValid()) {
        in.markMalformed();
        return std::nullopt;
    }
    return OpeningHours{open, close};
}

} // namespace

QJsonObject encode(const CentreInfoView &c)
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"name"_s, localizedToJson(c.name)},
                       {u"timezone"_s, c.timezone},
                       {u"languages"_s, QJsonArray::fromStringList(c.languages)},
                       {u"maxRecalls"_s, c.maxRecalls},
                       {u"ticker"_s, localizedToJson(c.ticker)},
                       {u"trackingBaseUrl"_s, c.trackingBaseUrl}};
}

template <> std::optional<CentreInfoView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    const CentreInfo defaults;
    CentreInfoView c;
    c.id = in.string(u"id"_s);
    c.name = readLocalized(in, u"name"_s);
    c.timezone = in.string(u"timezone"_s);
    if (c.timezone.isEmpty())
        c.timezone = defaults.timezone;
    c.languages = readStrings(in, json, u"languages"_s);
    if (c.languages.isEmpty())
        c.languages = defaults.languages;
    c.maxRecalls = int(in.integer(u"maxRecalls"_s, defaults.maxRecalls));
    c.ticker = readLocalized(in, u"ticker"_s);
    c.trackingBaseUrl = in.string(u"trackingBaseUrl"_s);
    return unlessMalformed(in, c);
}

QJsonObject encode(const CategoryView &c)
{
    QJsonObject json{{u"id"_s, c.id},
                     {u"name"_s, localizedToJson(c.name)},
                     {u"boostMin"_s, c.boostMin},
                     {u"needsProof"_s, c.needsProof}};
    if (!c.shortCode.isEmpty())
        json.insert(u"short"_s, localizedToJson(c.shortCode));
    return json;
}

template <> std::optional<CategoryView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    CategoryView c{in.string(u"id"_s, true), readLocalized(in, u"name"_s),
                   int(in.integer(u"boostMin"_s)), in.boolean(u"needsProof"_s),
                   readLocalized(in, u"short"_s)};
    return unlessMalformed(in, c);
}

QJsonObject encode(const ServiceView &s)
{
    QJsonObject json{
        {u"id"_s, s.id},
        {u"prefix"_s, s.prefix},
        {u"name"_s, localizedToJson(s.name)},
        {u"group"_s, s.group},
        {u"groupName"_s, localizedToJson(s.groupName)},
        {u"targetWaitMin"_s, s.targetWaitMin},
        {u"open"_s, s.open},
        {u"appointments"_s, s.appointments},
        {u"hours"_s, hoursJson(s.hours)},
        {u"outcomes"_s, QJsonArray::fromStringList(s.outcomes)},
    };
    if (s.closed)
        json.insert(u"closed"_s, true);
    if (s.cutoff)
        json.insert(u"cutoff"_s, s.cutoff->toString(u"HH:mm"_s));
    return json;
}

template <> std::optional<ServiceView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    ServiceView s;
    s.id = in.string(u"id"_s, true);
    s.prefix = in.string(u"prefix"_s);
    s.name = readLocalized(in, u"name"_s);
    s.group = in.string(u"group"_s);
    s.groupName = readLocalized(in, u"groupName"_s);
    s.targetWaitMin = int(in.integer(u"targetWaitMin"_s, s.targetWaitMin));
    s.open = in.boolean(u"open"_s, true);
    s.appointments = in.boolean(u"appointments"_s);
    s.hours = readHours(in, json);
    s.outcomes = readStrings(in, json, u"outcomes"_s);
    s.closed = in.boolean(u"closed"_s);
    const QString cutoff = in.string(u"cutoff"_s);
    s.cutoff = parseCutoff(cutoff);
    if (!cutoff.isEmpty() && !s.cutoff)
        in.markMalformed();
    return unlessMalformed(in, s);
}

QJsonObject encode(const CentreView &c)
{
    QJsonObject json{{u"centre"_s, encode(c.centre)},
                     {u"categories"_s, detail::encodeList(c.categories)},
                     {u"services"_s, detail::encodeList(c.services)},
                     {u"counters"_s, detail::encodeList(c.counters)}};
    if (c.targets)
        json.insert(u"targets"_s, encode(*c.targets));
    return json;
}

template <> std::optional<CentreView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    CentreView c;
    const std::optional<CentreInfoView> info = decode<CentreInfoView>(in.object(u"centre"_s));
    if (info)
        c.centre = *info;
    readList(in, json, u"categories"_s, c.categories);
    readList(in, json, u"services"_s, c.services);
    readList(in, json, u"counters"_s, c.counters);
    if (json.value(u"targets"_s).isObject()) {
        c.targets = decode<DashboardTargets>(json.value(u"targets"_s).toObject());
        if (!c.targets)
            in.markMalformed();
    }
    if (!info)
        in.markMalformed();
    return unlessMalformed(in, c);
}

QJsonObject encode(const HelloView &h)
{
    return QJsonObject{{u"protocol"_s, h.protocol},
                       {u"server"_s, h.server},
                       {u"role"_s, h.role},
                       {u"device"_s, h.device},
                       {u"centre"_s, encode(h.centre)},
                       {u"serviceDay"_s, h.serviceDay},
                       {u"seq"_s, h.seq}};
}

template <> std::optional<HelloView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    HelloView h;
    h.protocol = int(in.integer(u"protocol"_s, 0, true));
    h.server = in.string(u"server"_s);
    h.role = in.string(u"role"_s, true);
    h.device = in.string(u"device"_s);
    const std::optional<CentreInfoView> centre = decode<CentreInfoView>(in.object(u"centre"_s));
    if (centre)
        h.centre = *centre;
    else
        in.markMalformed();
    h.serviceDay = in.string(u"serviceDay"_s);
    h.seq = in.integer(u"seq"_s);
    return unlessMalformed(in, h);
}

QJsonObject encode(const ServiceKpi &kpi)
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
        {u"called"_s, kpi.called},
        {u"calledInTarget"_s, kpi.calledInTarget},
    };
}

template <> std::optional<ServiceKpi> decode(const QJsonObject &json)
{
    FieldReader in(json);
    ServiceKpi kpi;
    kpi.id = in.string(u"id"_s, true);
    kpi.issued = int(in.integer(u"issued"_s));
    kpi.served = int(in.integer(u"served"_s));
    kpi.noShow = int(in.integer(u"noShow"_s));
    kpi.cancelled = int(in.integer(u"cancelled"_s));
    kpi.waiting = int(in.integer(u"waiting"_s));
    kpi.avgWaitSec = int(in.integer(u"avgWaitSec"_s));
    kpi.maxWaitSec = int(in.integer(u"maxWaitSec"_s));
    kpi.avgServiceSec = int(in.integer(u"avgServiceSec"_s));
    kpi.slaPct = int(in.integer(u"slaPct"_s, 100));
    kpi.called = int(in.integer(u"called"_s));
    kpi.calledInTarget = int(in.integer(u"calledInTarget"_s));
    return unlessMalformed(in, kpi);
}

QJsonObject encode(const CounterKpi &kpi)
{
    return QJsonObject{
        {u"id"_s, kpi.id},
        {u"served"_s, kpi.served},
        {u"noShow"_s, kpi.noShow},
        {u"avgServiceSec"_s, kpi.avgServiceSec},
    };
}

template <> std::optional<CounterKpi> decode(const QJsonObject &json)
{
    FieldReader in(json);
    CounterKpi kpi{in.string(u"id"_s, true), int(in.integer(u"served"_s)),
                   int(in.integer(u"noShow"_s)), int(in.integer(u"avgServiceSec"_s))};
    return unlessMalformed(in, kpi);
}

QJsonObject encode(const Kpis &kpis)
{
    return QJsonObject{
        {u"services"_s, detail::encodeList(kpis.services)},
        {u"counters"_s, detail::encodeList(kpis.counters)},
        {u"feedbackCount"_s, kpis.feedbackCount},
        {u"avgRating"_s, kpis.avgRating},
    };
}

template <> std::optional<Kpis> decode(const QJsonObject &json)
{
    FieldReader in(json);
    Kpis kpis;
    readList(in, json, u"services"_s, kpis.services);
    readList(in, json, u"counters"_s, kpis.counters);
    kpis.feedbackCount = int(in.integer(u"feedbackCount"_s));
    kpis.avgRating = detail::readDouble(in, json, u"avgRating"_s);
    return unlessMalformed(in, kpis);
}

QJsonObject encode(const StatsView &stats)
{
    QJsonObject json = encode(stats.kpis);
    json.insert(u"serviceDay"_s, stats.serviceDay);
    json.insert(u"seq"_s, stats.seq);
    return json;
}

template <> std::optional<StatsView> decode(const QJsonObject &json)
{
    const std::optional<Kpis> kpis = decode<Kpis>(json);
    FieldReader in(json);
    StatsView stats;
    stats.serviceDay = in.string(u"serviceDay"_s);
    stats.seq = in.integer(u"seq"_s);
    if (!kpis || in.malformed())
        return std::nullopt;
    stats.kpis = *kpis;
    return stats;
}

} // namespace novbe
