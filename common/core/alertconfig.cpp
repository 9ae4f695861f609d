#include "alertconfig.h"

using namespace Qt::StringLiterals;

namespace novbe {

bool readAlertThresholds(ConfigReader &r, const QJsonObject &root, AlertThresholds &a)
{
    r.setEntry(u"alerts"_s);
    const QJsonValue v = root.value(u"alerts"_s);
    if (ConfigReader::isAbsent(v))
        return true;
    if (!v.isObject())
        return r.fail(u"must be an object (got "_s + ConfigReader::shown(v) + u')');
    const QJsonObject o = v.toObject();
    return r.readBool(o, u"waitOverTarget"_s, a.waitOverTarget)
        && r.readInt(o, u"queueLength"_s, a.queueLength, 0)
        && r.readInt(o, u"idleWithQueueMin"_s, a.idleWithQueueMin, 0)
        && r.readInt(o, u"offlineAfterMin"_s, a.offlineAfterMin, 0)
        && r.readBool(o, u"printer"_s, a.printer)
        && r.readBool(o, u"forecastPastClosing"_s, a.forecastPastClosing);
}

namespace {

bool readRating(ConfigReader &r, const QJsonObject &o, const QString &name, double &out)
{
    const QJsonValue v = o.value(name);
    if (ConfigReader::isAbsent(v))
        return true;
    if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() > 5)
        return r.fail(r.key(name) + u" must be a number from 1 to 5 (got "_s
                      + ConfigReader::shown(v) + u')');
    out = v.toDouble();
    return true;
}

bool checkOrder(ConfigReader &r, bool ok, const QString &rule)
{
    return ok || r.fail(r.key(rule));
}

} // namespace

bool readDashboardTargets(ConfigReader &r, const QJsonObject &root, DashboardTargets &t)
{
    r.setEntry(u"dashboard"_s);
    const QJsonValue v = root.value(u"dashboard"_s);
    if (ConfigReader::isAbsent(v))
        return true;
    const QJsonValue targets = v.toObject().value(u"targets"_s);
    if (!v.isObject() || !(targets.isObject() || ConfigReader::isAbsent(targets)))
        return r.fail(u"must be an object {\"targets\": {...}}"_s);
    const QJsonObject o = targets.toObject();
    r.setKeyPrefix(u"targets."_s);
    const bool ok = r.readInt(o, u"slaPct"_s, t.slaPct, 0)
        && r.readInt(o, u"slaWarnPct"_s, t.slaWarnPct, 0)
        && r.readInt(o, u"noShowPct"_s, t.noShowPct, 0)
        && r.readInt(o, u"noShowWarnPct"_s, t.noShowWarnPct, 0)
        && readRating(r, o, u"rating"_s, t.rating)
        && readRating(r, o, u"ratingWarn"_s, t.ratingWarn)
        && checkOrder(r, t.slaWarnPct <= t.slaPct && t.slaPct <= 100,
                      u"slaWarnPct <= slaPct <= 100 is required"_s)
        && checkOrder(r, t.noShowPct <= t.noShowWarnPct && t.noShowWarnPct <= 100,
                      u"noShowPct <= noShowWarnPct <= 100 is required"_s)
        && checkOrder(r, t.ratingWarn <= t.rating, u"ratingWarn <= rating is required"_s);
    r.setKeyPrefix({});
    return ok;
}

} // namespace novbe
