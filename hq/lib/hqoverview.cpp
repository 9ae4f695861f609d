#include "hqoverview.h"

using namespace Qt::StringLiterals;

namespace novbe::hq {

namespace {

const char *const OVERVIEW_SQL =
    "SELECT o.centre_id, o.name, o.mobile, o.waiting, o.longest_wait_sec, "
    "coalesce(o.longest_wait_target_sec, 0), o.served_today, o.sla_pct, o.feedback_today, "
    "o.avg_rating, o.active_alerts, o.last_seq, "
    "coalesce((o.last_event_at AT TIME ZONE c.timezone)::date::text, ''), "
    "coalesce(hq.secs(greatest(o.shipped_at, o.hello_at), now()), -1), "
    "coalesce(hq.secs(o.last_event_at, now()), -1) "
    "FROM hq.overview o JOIN hq.centres c USING (centre_id) ORDER BY o.centre_id";
const char *const QUEUES_SQL = "SELECT service, waiting, eta_sec FROM hq.queues "
                               "WHERE centre_id = $1 ORDER BY service";

DomainError failed(const PgResult &r)
{
    return makeError(ErrorCode::StorageUnavailable, u"HQ overview: "_s + r.error());
}

CentreStatus status(const PgResult &r, int i)
{
    CentreStatus c;
    c.id = r.text(i, 0);
    c.name = r.text(i, 1);
    c.mobile = r.text(i, 2) == u"t"_s;
    c.waiting = int(r.integer(i, 3));
    if (!r.isNull(i, 4))
        c.longestWaitSec = int(std::max<qint64>(0, r.integer(i, 4)));
    c.longestTargetSec = int(r.integer(i, 5));
    c.servedToday = int(r.integer(i, 6));
    c.slaPct = int(r.integer(i, 7));
    c.feedbackToday = int(r.integer(i, 8));
    if (!r.isNull(i, 9))
        c.avgRating = r.real(i, 9);
    c.activeAlerts = int(r.integer(i, 10));
    c.lastSeq = r.integer(i, 11);
    c.day = QDate::fromString(r.text(i, 12), Qt::ISODate);
    c.heardAgoSec = int(r.integer(i, 13));
    c.eventAgoSec = int(r.integer(i, 14));
    return c;
}

} // namespace

Result<std::vector<CentreStatus>> readOverview(PgConnection &db)
{
    const PgResult r = db.exec(OVERVIEW_SQL);
    if (!r.ok())
        return failed(r);
    std::vector<CentreStatus> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(status(r, i));
    return out;
}

Result<std::vector<CentreQueue>> readQueues(PgConnection &db, const QString &centreId)
{
    const PgResult r = db.exec(QUEUES_SQL, {centreId.toUtf8()});
    if (!r.ok())
        return failed(r);
    std::vector<CentreQueue> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), int(r.integer(i, 1)), int(r.integer(i, 2))});
    return out;
}

} // namespace novbe::hq
