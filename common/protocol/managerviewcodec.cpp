// Encoders and decoders of the manager's answers (stats.operators,
// devices.list, stats.range) and of a printer report.

#include "readmodelutil.h"

#include "codec.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;
using detail::readList;
using detail::unlessMalformed;

namespace detail {

double readDouble(FieldReader &in, const QJsonObject &json, const QString &name)
{
    const QJsonValue value = json.value(name);
    if (!value.isUndefined() && !value.isNull() && !value.isDouble())
        in.markMalformed();
    return value.toDouble();
}

} // namespace detail

QJsonObject encode(const PrinterReport &printer)
{
    return QJsonObject{{u"state"_s, printer.state}, {u"detail"_s, printer.detail}};
}

template <> std::optional<PrinterReport> decode(const QJsonObject &json)
{
    FieldReader in(json);
    PrinterReport printer{in.string(u"state"_s), in.string(u"detail"_s)};
    return unlessMalformed(in, printer);
}

QJsonObject encode(const PauseTotal &pause)
{
    return QJsonObject{{u"reason"_s, pause.reason}, {u"sec"_s, pause.sec}};
}

template <> std::optional<PauseTotal> decode(const QJsonObject &json)
{
    FieldReader in(json);
    PauseTotal pause{in.string(u"reason"_s), int(in.integer(u"sec"_s))};
    return unlessMalformed(in, pause);
}

QJsonObject encode(const OperatorKpi &k)
{
    return QJsonObject{
        {u"id"_s, k.id},
        {u"name"_s, k.name},
        {u"counter"_s, k.counter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.counter)},
        {u"served"_s, k.served},
        {u"noShow"_s, k.noShow},
        {u"avgServiceSec"_s, k.avgServiceSec},
        {u"normServiceSec"_s, k.normServiceSec},
        {u"feedbackCount"_s, k.feedbackCount},
        {u"avgRating"_s, k.avgRating},
        {u"pauseSec"_s, k.pauseSec},
        {u"pauses"_s, detail::encodeList(k.pauses)},
    };
}

template <> std::optional<OperatorKpi> decode(const QJsonObject &json)
{
    FieldReader in(json);
    OperatorKpi k;
    k.id = in.string(u"id"_s, true);
    k.name = in.string(u"name"_s);
    k.counter = in.string(u"counter"_s);
    k.served = int(in.integer(u"served"_s));
    k.noShow = int(in.integer(u"noShow"_s));
    k.avgServiceSec = int(in.integer(u"avgServiceSec"_s));
    k.normServiceSec = int(in.integer(u"normServiceSec"_s));
    k.feedbackCount = int(in.integer(u"feedbackCount"_s));
    k.avgRating = detail::readDouble(in, json, u"avgRating"_s);
    k.pauseSec = int(in.integer(u"pauseSec"_s));
    readList(in, json, u"pauses"_s, k.pauses);
    return unlessMalformed(in, k);
}

QJsonObject encode(const OperatorStatsView &stats)
{
    return QJsonObject{{u"operators"_s, detail::encodeList(stats.operators)},
                       {u"serviceDay"_s, stats.serviceDay},
                       {u"seq"_s, stats.seq}};
}

template <> std::optional<OperatorStatsView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    OperatorStatsView stats;
    readList(in, json, u"operators"_s, stats.operators);
    stats.serviceDay = in.string(u"serviceDay"_s);
    stats.seq = in.integer(u"seq"_s);
    return unlessMalformed(in, stats);
}

QJsonObject encode(const DeviceView &d)
{
    QJsonObject json{{u"id"_s, d.id},
                     {u"role"_s, d.role},
                     {u"online"_s, d.online},
                     {u"connections"_s, d.connections},
                     {u"lastSeen"_s, isoTimeOrNull(d.lastSeen)}};
    json.insert(u"printer"_s, d.printer ? QJsonValue(encode(*d.printer)) : QJsonValue());
    return json;
}

template <> std::optional<DeviceView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    DeviceView d;
    d.id = in.string(u"id"_s, true);
    d.role = in.string(u"role"_s);
    d.online = in.boolean(u"online"_s);
    d.connections = int(in.integer(u"connections"_s));
    d.lastSeen = in.time(u"lastSeen"_s);
    const QJsonObject printer = in.object(u"printer"_s);
    if (!printer.isEmpty()) {
        d.printer = decode<PrinterReport>(printer);
        if (!d.printer)
            in.markMalformed();
    }
    return unlessMalformed(in, d);
}

QJsonObject encode(const DevicesView &devices)
{
    return QJsonObject{{u"devices"_s, detail::encodeList(devices.devices)}};
}

template <> std::optional<DevicesView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    DevicesView devices;
    readList(in, json, u"devices"_s, devices.devices);
    return unlessMalformed(in, devices);
}

QJsonObject encode(const RangeStatsView &stats)
{
    QJsonObject json = encode(stats.kpis);
    json.insert(u"from"_s, stats.from);
    json.insert(u"to"_s, stats.to);
    json.insert(u"untilTime"_s,
                stats.untilTime.isEmpty() ? QJsonValue() : QJsonValue(stats.untilTime));
    json.insert(u"days"_s, stats.days);
    return json;
}

template <> std::optional<RangeStatsView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    RangeStatsView stats;
    stats.from = in.string(u"from"_s, true);
    stats.to = in.string(u"to"_s, true);
    stats.untilTime = in.string(u"untilTime"_s);
    stats.days = int(in.integer(u"days"_s));
    if (std::optional<Kpis> kpis = decode<Kpis>(json))
        stats.kpis = std::move(*kpis);
    else
        in.markMalformed();
    return unlessMalformed(in, stats);
}

} // namespace novbe
