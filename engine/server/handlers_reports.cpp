// stats.range: the KPIs of a range of service days, recomputed from the journal;
// reports.range: the manager's report of a range, from the day summaries.

#include "dispatcher.h"
#include "enginecontext.h"
#include "reportcache.h"
#include "session.h"

#include "core/queueengine.h"
#include "protocol/errors.h"
#include "protocol/params.h"
#include "protocol/readmodelcodec.h"
#include "store/store.h"

#include <QTimeZone>

#include <variant>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr qint64 MAX_RANGE_DAYS = 366;

struct RangeQuery
{
    QDate from;
    QDate to;
    QTime until; // invalid: whole days
};

// The query, or the INVALID_PARAMS error naming the bad param.
std::variant<RangeQuery, WireError> readRange(const QJsonObject &params)
{
    ParamReader r(params);
    const QString from = r.requiredString(u"from"_s, 10);
    const QString to = r.requiredString(u"to"_s, 10);
    const QString until = r.optionalString(u"untilTime"_s, {}, false, 5);
    if (auto error = r.error())
        return *error;
    RangeQuery q{QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate),
                 until.isEmpty() ? QTime() : QTime::fromString(until, u"HH:mm"_s)};
    if (!q.from.isValid())
        return invalidParams(u"from must be a date YYYY-MM-DD"_s, u"from"_s);
    if (!q.to.isValid() || q.to < q.from)
        return invalidParams(u"to must be a date YYYY-MM-DD, not before from"_s, u"to"_s);
    if (q.from.daysTo(q.to) >= MAX_RANGE_DAYS)
        return invalidParams(u"a range covers at most 366 days"_s, u"to"_s);
    if (!until.isEmpty() && !q.until.isValid())
        return invalidParams(u"untilTime must be HH:MM"_s, u"untilTime"_s);
    return q;
}

RangeStatsView rangeStats(EngineContext &ctx, const RangeQuery &q)
{
    const QTimeZone zone(ctx.config().centre.timezone.toUtf8());
    std::vector<DomainEvent> events;
    for (QDate day = q.from; day <= q.to; day = day.addDays(1)) {
        const QDateTime cut = q.until.isValid() ? QDateTime(day, q.until, zone) : QDateTime();
        for (DomainEvent &e : ctx.store.dayEvents(day.toString(Qt::ISODate))) {
            if (!cut.isValid() || e.at <= cut)
                events.push_back(std::move(e));
        }
    }
    RangeStatsView view;
    view.from = q.from.toString(Qt::ISODate);
    view.to = q.to.toString(Qt::ISODate);
    view.untilTime = q.until.isValid() ? q.until.toString(u"HH:mm"_s) : QString();
    view.days = int(q.from.daysTo(q.to)) + 1;
    view.kpis = kpisFromEvents(ctx.config(), events);
    return view;
}

Reply statsRange(EngineContext &ctx, Session &, const QJsonObject &params)
{
    auto query = readRange(params);
    if (const auto *error = std::get_if<WireError>(&query))
        return Reply::fail(*error);
    return Reply::deferred(
        [&ctx, q = std::get<RangeQuery>(query)] { return Answer(encode(rangeStats(ctx, q))); });
}

// Closed days from the cache, today recomputed up to now.
Report rangeReport(EngineContext &ctx, const RangeQuery &q)
{
    const QDate today = QDate::fromString(ctx.core.query().serviceDay(), Qt::ISODate);
    const std::vector<DaySummary> days = ctx.reports->summaries(ctx.config(), q.from, q.to, today,
                                                                ctx.now());
    return buildReport(ctx.config(), q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate),
                       days);
}

Reply reportsRange(EngineContext &ctx, Session &, const QJsonObject &params)
{
    auto query = readRange(params);
    if (const auto *error = std::get_if<WireError>(&query))
        return Reply::fail(*error);
    if (std::get<RangeQuery>(query).until.isValid())
        return Reply::fail(
            invalidParams(u"reports.range covers whole days: no untilTime"_s, u"untilTime"_s));
    return Reply::deferred(
        [&ctx, q = std::get<RangeQuery>(query)] { return Answer(encode(rangeReport(ctx, q))); });
}

} // namespace

void registerReportMethods(Dispatcher &d)
{
    d.add(u"stats.range"_s, roleBit(Role::Manager), statsRange);
    d.add(u"reports.range"_s, roleBit(Role::Manager), reportsRange);
}

} // namespace novbe
