#include "hqreports.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe::hq {

namespace {

int average(qint64 sum, qint64 n)
{
    return n ? int(std::llround(double(sum) / double(n))) : 0;
}

int slaPct(qint64 within, qint64 called)
{
    return called ? int(std::lround(100.0 * double(within) / double(called))) : 100;
}

DomainError failed(const PgResult &r)
{
    return makeError(ErrorCode::StorageUnavailable, u"HQ report: "_s + r.error());
}

const char *const SERVICE_SQL =
    "SELECT service, sum(issued), sum(served), sum(no_show), sum(cancelled), sum(called), "
    "sum(called_in_target), sum(wait_sum_sec), max(max_wait_sec), sum(service_sum_sec) "
    "FROM hq.kpi_day WHERE centre_id = $1 AND day = $2 GROUP BY service";
const char *const COUNTER_SQL =
    "SELECT counter, sum(served), sum(no_show), sum(service_sum_sec) FROM hq.kpi_day "
    "WHERE centre_id = $1 AND day = $2 AND counter <> '' GROUP BY counter";
const char *const WAITING_SQL =
    "SELECT service, count(*) FROM hq.tickets WHERE centre_id = $1 AND day = $2 "
    "AND state = 'waiting' GROUP BY service";
const char *const FEEDBACK_SQL =
    "SELECT coalesce(sum(feedback_count), 0), coalesce(sum(rating_sum), 0) FROM hq.kpi_day "
    "WHERE centre_id = $1 AND day = $2";

void fillServices(Kpis &k, const CentreConfig &config, const PgResult &s, const PgResult &w)
{
    QHash<QString, int> row;
    QHash<QString, int> waiting;
    for (int i = 0; i < s.rows(); ++i)
        row.insert(s.text(i, 0), i);
    for (int i = 0; i < w.rows(); ++i)
        waiting.insert(w.text(i, 0), int(w.integer(i, 1)));
    for (const ServiceConfig &c : config.services) {
        ServiceKpi v;
        v.id = c.id;
        v.waiting = waiting.value(c.id);
        if (const auto it = row.constFind(c.id); it != row.constEnd()) {
            const int i = *it;
            v.issued = int(s.integer(i, 1));
            v.served = int(s.integer(i, 2));
            v.noShow = int(s.integer(i, 3));
            v.cancelled = int(s.integer(i, 4));
            v.called = int(s.integer(i, 5));
            v.calledInTarget = int(s.integer(i, 6));
            v.avgWaitSec = average(s.integer(i, 7), v.called);
            v.maxWaitSec = int(s.integer(i, 8));
            v.avgServiceSec = average(s.integer(i, 9), v.served);
            v.slaPct = slaPct(v.calledInTarget, v.called);
        }
        k.services.push_back(v);
    }
}

void fillCounters(Kpis &k, const CentreConfig &config, const PgResult &c)
{
    QHash<QString, int> row;
    for (int i = 0; i < c.rows(); ++i)
        row.insert(c.text(i, 0), i);
    for (const CounterConfig &cc : config.counters) {
        CounterKpi v;
        v.id = cc.id;
        if (const auto it = row.constFind(cc.id); it != row.constEnd()) {
            v.served = int(c.integer(*it, 1));
            v.noShow = int(c.integer(*it, 2));
            v.avgServiceSec = average(c.integer(*it, 3), v.served);
        }
        k.counters.push_back(v);
    }
}

} // namespace

Result<Kpis> centreDayKpis(PgConnection &db, const CentreConfig &config, const QString &centreId,
                           const QDate &day)
{
    const PgParams params{centreId.toUtf8(), day.toString(Qt::ISODate).toUtf8()};
    const PgResult services = db.exec(SERVICE_SQL, params);
    const PgResult counters = db.exec(COUNTER_SQL, params);
    const PgResult waiting = db.exec(WAITING_SQL, params);
    const PgResult feedback = db.exec(FEEDBACK_SQL, params);
    for (const PgResult *r : {&services, &counters, &waiting, &feedback}) {
        if (!r->ok())
            return failed(*r);
    }
    Kpis k;
    fillServices(k, config, services, waiting);
    fillCounters(k, config, counters);
    k.feedbackCount = int(feedback.integer(0, 0));
    k.avgRating = k.feedbackCount ? double(feedback.integer(0, 1)) / k.feedbackCount : 0.0;
    return k;
}

namespace {

const char *const CENTRE_NAMES_SQL = "SELECT centre_id, name FROM hq.centres";
const char *const OPERATOR_NAMES_SQL =
    "SELECT DISTINCT ON (centre_id, operator_id) centre_id || '/' || operator_id, operator_name "
    "FROM hq.counters WHERE operator_id <> '' AND operator_name <> '' "
    "ORDER BY centre_id, operator_id, changed_at DESC";

NationalLine nationalLine(const PgResult &r, int i)
{
    NationalLine l;
    l.key = r.text(i, 0);
    l.issued = r.integer(i, 1);
    l.served = r.integer(i, 2);
    l.noShow = r.integer(i, 3);
    l.cancelled = r.integer(i, 4);
    l.called = r.integer(i, 5);
    l.calledInTarget = r.integer(i, 6);
    l.avgWaitSec = average(r.integer(i, 7), l.called);
    l.maxWaitSec = int(r.integer(i, 8));
    l.avgServiceSec = average(r.integer(i, 9), l.served);
    l.slaPct = slaPct(l.calledInTarget, l.called);
    l.feedbackCount = int(r.integer(i, 10));
    l.avgRating = l.feedbackCount ? double(r.integer(i, 11)) / l.feedbackCount : 0.0;
    l.waitSumSec = r.integer(i, 7);
    l.serviceSumSec = r.integer(i, 9);
    l.ratingSum = r.integer(i, 11);
    return l;
}

} // namespace

Result<std::vector<NationalLine>> nationalReport(PgConnection &db, NationalBy by, const QDate &from,
                                                 const QDate &to, const QString &centreId)
{
    // The grouping column is one of three constants, never a value. Operator
    // ids are a centre's own: an operator is keyed "centre/operator".
    const QByteArray key = by == NationalBy::Service ? "service"
        : by == NationalBy::Centre                   ? "centre_id"
                                                     : "centre_id || '/' || operator_id";
    const QByteArray sql = "SELECT " + key
        + ", sum(issued), sum(served), sum(no_show), sum(cancelled), sum(called), "
          "sum(called_in_target), sum(wait_sum_sec), max(max_wait_sec), sum(service_sum_sec), "
          "sum(feedback_count), sum(rating_sum) FROM hq.kpi_day WHERE day BETWEEN $1 AND $2 "
          "AND ($3 = '' OR centre_id = $3)"
        + (by == NationalBy::Operator ? " AND operator_id <> ''" : "") + " GROUP BY 1"
        + " ORDER BY 2 DESC, 1";
    const PgResult r = db.exec(sql.constData(),
                               {from.toString(Qt::ISODate).toUtf8(),
                                to.toString(Qt::ISODate).toUtf8(), centreId.toUtf8()});
    if (!r.ok())
        return failed(r);
    QHash<QString, QString> names;
    if (by != NationalBy::Service) {
        const PgResult n = db.exec(by == NationalBy::Centre ? CENTRE_NAMES_SQL
                                                            : OPERATOR_NAMES_SQL);
        if (!n.ok())
            return failed(n);
        for (int i = 0; i < n.rows(); ++i)
            names.insert(n.text(i, 0), n.text(i, 1));
    }
    std::vector<NationalLine> lines;
    for (int i = 0; i < r.rows(); ++i) {
        lines.push_back(nationalLine(r, i));
        lines.back().name = names.value(lines.back().key);
    }
    return lines;
}

} // namespace novbe::hq
