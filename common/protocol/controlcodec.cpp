// Encoders and decoders of the manager's controls (service.changed,
// display.message, centre.get's targets).

#include "readmodelutil.h"

#include "codec.h"
#include "core/managercontrols.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;

QJsonObject encode(const ServiceControl &c)
{
    return QJsonObject{
        {u"service"_s, c.service},
        {u"closed"_s, c.closed},
        {u"cutoff"_s, c.cutoff ? QJsonValue(c.cutoff->toString(u"HH:mm"_s)) : QJsonValue()},
        {u"by"_s, detail::stringOrNull(c.by)},
    };
}

template <> std::optional<ServiceControl> decode(const QJsonObject &json)
{
    FieldReader in(json);
    ServiceControl c;
    c.service = in.string(u"service"_s, true);
    c.closed = in.boolean(u"closed"_s);
    const QString cutoff = in.string(u"cutoff"_s);
    c.cutoff = parseCutoff(cutoff);
    c.by = in.string(u"by"_s);
    if (!cutoff.isEmpty() && !c.cutoff)
        in.markMalformed();
    return detail::unlessMalformed(in, c);
}

QJsonObject encode(const DisplayMessage &m)
{
    return QJsonObject{{u"text"_s, m.text},
                       {u"expiresAt"_s, isoTimeOrNull(m.expiresAt)},
                       {u"by"_s, detail::stringOrNull(m.by)},
                       {u"at"_s, isoTimeOrNull(m.at)}};
}

template <> std::optional<DisplayMessage> decode(const QJsonObject &json)
{
    FieldReader in(json);
    DisplayMessage m;
    m.text = in.string(u"text"_s, true);
    m.expiresAt = in.time(u"expiresAt"_s);
    m.by = in.string(u"by"_s);
    m.at = in.time(u"at"_s);
    return detail::unlessMalformed(in, m);
}

QJsonObject encode(const DashboardTargets &t)
{
    return QJsonObject{{u"slaPct"_s, t.slaPct},       {u"slaWarnPct"_s, t.slaWarnPct},
                       {u"noShowPct"_s, t.noShowPct}, {u"noShowWarnPct"_s, t.noShowWarnPct},
                       {u"rating"_s, t.rating},       {u"ratingWarn"_s, t.ratingWarn}};
}

template <> std::optional<DashboardTargets> decode(const QJsonObject &json)
{
    FieldReader in(json);
    DashboardTargets t;
    t.slaPct = int(in.integer(u"slaPct"_s, t.slaPct));
    t.slaWarnPct = int(in.integer(u"slaWarnPct"_s, t.slaWarnPct));
    t.noShowPct = int(in.integer(u"noShowPct"_s, t.noShowPct));
    t.noShowWarnPct = int(in.integer(u"noShowWarnPct"_s, t.noShowWarnPct));
    if (json.contains(u"rating"_s))
        t.rating = detail::readDouble(in, json, u"rating"_s);
    if (json.contains(u"ratingWarn"_s))
        t.ratingWarn = detail::readDouble(in, json, u"ratingWarn"_s);
    return detail::unlessMalformed(in, t);
}

} // namespace novbe
