// Encoder and decoder of reports.range (core/report.h).

#include "readmodelutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;
using detail::readList;
using detail::unlessMalformed;

QJsonObject encode(const ReportRow &r)
{
    return QJsonObject{
        {u"key"_s, r.key},
        {u"name"_s, r.name},
        {u"issued"_s, r.issued},
        {u"served"_s, r.served},
        {u"noShow"_s, r.noShow},
        {u"cancelled"_s, r.cancelled},
        {u"noShowPct"_s, r.noShowPct},
        {u"called"_s, r.called},
        {u"calledInTarget"_s, r.calledInTarget},
        {u"slaPct"_s, r.slaPct},
        {u"avgWaitSec"_s, r.avgWaitSec},
        {u"p90WaitSec"_s, r.p90WaitSec},
        {u"maxWaitSec"_s, r.maxWaitSec},
        {u"avgServiceSec"_s, r.avgServiceSec},
        {u"feedbackCount"_s, r.feedbackCount},
        {u"avgRating"_s, r.avgRating},
        {u"pauseSec"_s, r.pauseSec},
        {u"pauses"_s, detail::encodeList(r.pauses)},
    };
}

template <> std::optional<ReportRow> decode(const QJsonObject &json)
{
    FieldReader in(json);
    ReportRow r;
    r.key = in.string(u"key"_s);
    r.name = in.string(u"name"_s);
    r.issued = int(in.integer(u"issued"_s));
    r.served = int(in.integer(u"served"_s));
    r.noShow = int(in.integer(u"noShow"_s));
    r.cancelled = int(in.integer(u"cancelled"_s));
    r.noShowPct = detail::readDouble(in, json, u"noShowPct"_s);
    r.called = int(in.integer(u"called"_s));
    r.calledInTarget = int(in.integer(u"calledInTarget"_s));
    r.slaPct = detail::readDouble(in, json, u"slaPct"_s);
    r.avgWaitSec = int(in.integer(u"avgWaitSec"_s));
    r.p90WaitSec = int(in.integer(u"p90WaitSec"_s));
    r.maxWaitSec = int(in.integer(u"maxWaitSec"_s));
    r.avgServiceSec = int(in.integer(u"avgServiceSec"_s));
    r.feedbackCount = int(in.integer(u"feedbackCount"_s));
    r.avgRating = detail::readDouble(in, json, u"avgRating"_s);
    r.pauseSec = int(in.integer(u"pauseSec"_s));
    readList(in, json, u"pauses"_s, r.pauses);
    return unlessMalformed(in, r);
}

QJsonObject encode(const QuarterRow &q)
{
    return QJsonObject{{u"time"_s, q.time},
                       {u"issued"_s, q.issued},
                       {u"served"_s, q.served},
                       {u"waiting"_s, q.waiting}};
}

template <> std::optional<QuarterRow> decode(const QJsonObject &json)
{
    FieldReader in(json);
    QuarterRow q{in.string(u"time"_s, true), int(in.integer(u"issued"_s)),
                 int(in.integer(u"served"_s)), int(in.integer(u"waiting"_s))};
    return unlessMalformed(in, q);
}

QJsonObject encode(const WaitDistribution &w)
{
    QJsonArray counts;
    for (int n : w.counts)
        counts.append(n);
    return QJsonObject{
        {u"service"_s, w.service}, {u"targetSec"_s, w.targetSec}, {u"counts"_s, counts}};
}

template <> std::optional<WaitDistribution> decode(const QJsonObject &json)
{
    FieldReader in(json);
    WaitDistribution w{in.string(u"service"_s, true), int(in.integer(u"targetSec"_s)), {}};
    const QJsonValue counts = json.value(u"counts"_s);
    if (!counts.isArray() && !counts.isUndefined())
        in.markMalformed();
    for (const QJsonValue &n : counts.toArray()) {
        if (!n.isDouble())
            in.markMalformed();
        w.counts.push_back(n.toInt());
    }
    return unlessMalformed(in, w);
}

QJsonObject encode(const Report &r)
{
    return QJsonObject{
        {u"from"_s, r.from},
        {u"to"_s, r.to},
        {u"days"_s, r.days},
        {u"total"_s, encode(r.total)},
        {u"services"_s, detail::encodeList(r.services)},
        {u"categories"_s, detail::encodeList(r.categories)},
        {u"counters"_s, detail::encodeList(r.counters)},
        {u"operators"_s, detail::encodeList(r.operators)},
        {u"hours"_s, detail::encodeList(r.hours)},
        {u"quarters"_s, detail::encodeList(r.quarters)},
        {u"waitDistribution"_s, detail::encodeList(r.waitDistribution)},
    };
}

template <> std::optional<Report> decode(const QJsonObject &json)
{
    FieldReader in(json);
    Report r;
    r.from = in.string(u"from"_s, true);
    r.to = in.string(u"to"_s, true);
    r.days = int(in.integer(u"days"_s));
    if (std::optional<ReportRow> total = decode<ReportRow>(in.object(u"total"_s, true)))
        r.total = std::move(*total);
    else
        in.markMalformed();
    readList(in, json, u"services"_s, r.services);
    readList(in, json, u"categories"_s, r.categories);
    readList(in, json, u"counters"_s, r.counters);
    readList(in, json, u"operators"_s, r.operators);
    readList(in, json, u"hours"_s, r.hours);
    readList(in, json, u"quarters"_s, r.quarters);
    readList(in, json, u"waitDistribution"_s, r.waitDistribution);
    return unlessMalformed(in, r);
}

} // namespace novbe
