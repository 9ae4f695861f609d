#include "dayprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

#include <algorithm>

namespace novbe::sim {

namespace {

DomainError bad(const QString &what)
{
    return makeError(ErrorCode::InvalidParams, QStringLiteral("day profile: ") + what);
}

int localMinute(const QString &hhmm)
{
    const QTime t = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return t.isValid() ? t.hour() * 60 + t.minute() : -1;
}

void readRates(const QJsonObject &o, DayProfile &p)
{
    p.noShowRate = o.value(QStringLiteral("noShowRate")).toDouble(p.noShowRate);
    p.transferRate = o.value(QStringLiteral("transferRate")).toDouble(p.transferRate);
    const QJsonObject ap = o.value(QStringLiteral("appointments")).toObject();
    p.neverComeRate = ap.value(QStringLiteral("neverComeRate")).toDouble(p.neverComeRate);
    p.earlyRate = ap.value(QStringLiteral("earlyRate")).toDouble(p.earlyRate);
    p.earlyMin = ap.value(QStringLiteral("earlyMin")).toInt(p.earlyMin);
    p.walkSec = o.value(QStringLiteral("walkSec")).toInt(p.walkSec);
    p.noShowAfterSec = o.value(QStringLiteral("noShowAfterSec")).toInt(p.noShowAfterSec);
    p.evenArrivals = o.value(QStringLiteral("arrivals")).toString() == QStringLiteral("even");
}

Status readBreaks(const QJsonObject &o, DayProfile &p)
{
    const QJsonObject b = o.value(QStringLiteral("breaks")).toObject();
    p.breakMin = b.value(QStringLiteral("minutes")).toInt(0);
    for (const QJsonValue &v : b.value(QStringLiteral("starts")).toArray()) {
        const int m = localMinute(v.toString());
        if (m < 0)
            return bad(QStringLiteral("break start \"%1\" is not HH:mm").arg(v.toString()));
        p.breakStartsMin.push_back(m);
    }
    return okStatus();
}

Status readCategories(const QJsonObject &o, const CentreConfig &config, DayProfile &p)
{
    const QJsonObject mix = o.value(QStringLiteral("categories")).toObject();
    double total = 0;
    for (auto it = mix.begin(); it != mix.end(); ++it) {
        if (!config.category(it.key()))
            return bad(QStringLiteral("unknown category \"%1\"").arg(it.key()));
        p.categories.push_back({it.key(), it.value().toDouble()});
        total += it.value().toDouble();
    }
    if (total > 1.0)
        return bad(QStringLiteral("category shares add up to more than 1"));
    return okStatus();
}

Status readServices(const QJsonObject &o, const CentreConfig &config, DayProfile &p)
{
    const QJsonObject services = o.value(QStringLiteral("services")).toObject();
    for (const ServiceConfig &sc : config.services) {
        if (!services.contains(sc.id))
            continue;
        const QJsonObject s = services.value(sc.id).toObject();
        ServiceLoad load;
        load.service = sc.id;
        load.walkInsPerDay = s.value(QStringLiteral("perDay")).toDouble();
        load.medianSec = s.value(QStringLiteral("medianMin")).toDouble() * 60.0;
        if (load.medianSec <= 0)
            load.medianSec = sc.defaultServiceSec;
        load.sigma = s.value(QStringLiteral("sigma")).toDouble(0.5);
        load.appointmentsPerDay = s.value(QStringLiteral("appointments")).toInt();
        if (load.walkInsPerDay < 0 || load.sigma < 0 || load.appointmentsPerDay < 0)
            return bad(QStringLiteral("service \"%1\" has a negative figure").arg(sc.id));
        p.services.push_back(load);
    }
    for (auto it = services.begin(); it != services.end(); ++it) {
        if (!config.service(it.key()))
            return bad(QStringLiteral("unknown service \"%1\"").arg(it.key()));
    }
    return okStatus();
}

} // namespace

Result<DayProfile> parseDayProfile(const QByteArray &json, const CentreConfig &config)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return bad(QStringLiteral("not a JSON object (%1)").arg(err.errorString()));
    const QJsonObject o = doc.object();
    DayProfile p;
    p.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!p.date.isValid())
        return bad(QStringLiteral("\"date\" must be YYYY-MM-DD"));
    p.seed = std::uint64_t(o.value(QStringLiteral("seed")).toInteger(1));
    p.shapeStartMin = localMinute(o.value(QStringLiteral("shapeStart")).toString());
    if (p.shapeStartMin < 0)
        return bad(QStringLiteral("\"shapeStart\" must be HH:mm"));
    for (const QJsonValue &v : o.value(QStringLiteral("shape")).toArray())
        p.shape.push_back(std::max(0.0, v.toDouble()));
    if (p.shape.empty())
        return bad(QStringLiteral("\"shape\" needs at least one 15-minute weight"));
    readRates(o, p);
    for (Status st : {readBreaks(o, p), readCategories(o, config, p), readServices(o, config, p)}) {
        if (!st)
            return st.error();
    }
    return p;
}

Result<StaffingPlan> parseStaffingPlan(const QByteArray &json, const CentreConfig &config)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    StaffingPlan plan;
    plan.firstHour = o.value(QStringLiteral("firstHour")).toInt(-1);
    if (plan.firstHour < 0 || plan.firstHour > 23)
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("staffing plan: \"firstHour\" must be 0-23"));
    const QJsonObject groups = o.value(QStringLiteral("groups")).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const bool known = std::any_of(config.services.begin(), config.services.end(),
                                       [&](const ServiceConfig &s) { return s.group == it.key(); });
        if (!known)
            return makeError(ErrorCode::InvalidParams,
                             QStringLiteral("staffing plan: unknown group \"%1\"").arg(it.key()));
        std::vector<int> &hours = plan.perGroup[it.key()];
        for (const QJsonValue &v : it.value().toArray())
            hours.push_back(std::max(0, v.toInt()));
    }
    return plan;
}

void scaleDay(CentreConfig &config, DayProfile &profile, int factor)
{
    if (factor <= 1)
        return;
    const std::vector<CounterConfig> counters = config.counters;
    for (int k = 2; k <= factor; ++k) {
        for (CounterConfig c : counters) {
            c.id += QStringLiteral("~%1").arg(k);
            config.counters.push_back(c);
        }
    }
    for (ServiceConfig &s : config.services) {
        s.appointments.perSlot *= factor;
        s.dailyLimit = 0;
    }
    for (ServiceLoad &l : profile.services) {
        l.walkInsPerDay *= factor;
        l.appointmentsPerDay *= factor;
    }
}

} // namespace novbe::sim
