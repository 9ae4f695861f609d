// novbe-hq-lag (docs/hq.md, "Figures"): N centres' journals written at a
// steady rate while N novbe-uplink processes ship them into one PostgreSQL;
// reports HQ's ingest rate and the delay from each event's journal commit
// to its HQ row (p50, p99). Run by scripts/hq-bench.sh, which provides the
// server, the centres' registration and their configs.

#include "pgconn.h"

#include "core/configloader.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

struct Centre
{
    QString id;
    CentreConfig config;
    std::unique_ptr<Store> store;
    std::vector<std::pair<qint64, qint64>> commits; // (last seq, commit ms)
    std::unique_ptr<QProcess> uplink;
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

CentreConfig loadConfig(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    Result<CentreConfig> c = parseCentreConfig(f.readAll());
    if (!c)
        qFatal("%s: %s", qPrintable(path), qPrintable(c.error().message));
    return c.value();
}

// When HQ's row was committed: the commit timestamp of the row's transaction
// when the server tracks them (track_commit_timestamp, as scripts/hq-bench.sh
// starts it), else shipped_at (now(): the start of that transaction, earlier
// by the batch's insert and trigger time).
QByteArray committedAt(hq::PgConnection &db)
{
    const bool tracked = db.exec("SELECT current_setting('track_commit_timestamp')").text(0, 0)
        == u"on"_s;
    return tracked ? "pg_xact_commit_timestamp(xmin)" : "shipped_at";
}

// The delays (ms) of every event of `c` from its journal commit to its HQ row.
void collectDelays(hq::PgConnection &db, const Centre &c, std::vector<double> &out)
{
    const QByteArray sql = "SELECT seq, (extract(epoch FROM " + committedAt(db)
        + ") * 1000)::bigint FROM hq.events WHERE centre_id = $1 ORDER BY seq";
    const hq::PgResult r = db.exec(sql.constData(), {c.id.toUtf8()});
    size_t batch = 0;
    for (int i = 0; i < r.rows(); ++i) {
        const qint64 seq = r.integer(i, 0);
        while (batch < c.commits.size() && c.commits[batch].first < seq)
            ++batch;
        if (batch < c.commits.size())
            out.push_back(double(r.integer(i, 1) - c.commits[batch].second));
    }
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// HQ did not get every event in time: which centres lag, and their logs.
int drainFailed(hq::PgConnection &db, const QByteArray &ids, qint64 perCentre,
                const std::vector<Centre> &centres)
{
    const hq::PgResult r = db.exec("SELECT centre_id, last_seq FROM hq.centres WHERE centre_id = "
                                   "ANY($1) AND last_seq <> $2 ORDER BY centre_id",
                                   {ids, QByteArray::number(perCentre)});
    std::fprintf(stderr, "novbe-hq-lag: HQ lacks events after the drain timeout (of %lld each):\n",
                 perCentre);
    for (int i = 0; i < r.rows(); ++i)
        std::fprintf(stderr, "  %s at %s\n", qPrintable(r.text(i, 0)), qPrintable(r.text(i, 1)));
    for (const Centre &c : centres)
        c.uplink->terminate();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{u"source"_s, u"A day's journal (novbe-sim --journal-out)."_s, u"db"_s},
                  {u"dir"_s, u"Work folder holding <id>.json per centre."_s, u"dir"_s},
                  {u"centres"_s, u"Comma-separated centre ids."_s, u"ids"_s},
                  {u"admin"_s, u"HQ owner's connection string."_s, u"conn"_s},
                  {u"uplink-conn"_s, u"Uplink connection string; {id} = centre id."_s, u"conn"_s},
                  {u"uplink"_s, u"novbe-uplink binary."_s, u"path"_s},
                  {u"seconds"_s, u"How long the day is spread over."_s, u"s"_s, u"60"_s},
                  {u"drain-timeout"_s,
                   u"Give up when HQ lacks events this long after the last "
                   "commit (default 300)."_s,
                   u"s"_s, u"300"_s}});
    p.process(app);
    const QString dir = p.value(u"dir"_s);
    auto source = Store::open(p.value(u"source"_s), StoreOptions{true, 2000});
    if (!source)
        qFatal("%s", qPrintable(source.error().message));
    const std::vector<DomainEvent> day = source.value()->eventsAfter(0, 10000000);
    std::vector<Centre> centres;
    for (const QString &id : p.value(u"centres"_s).split(u',')) {
        Centre c{id, loadConfig(dir + u'/' + id + u".json"_s), nullptr, {}, nullptr};
        QFile::remove(dir + u'/' + id + u".db"_s);
        c.store = std::move(Store::open(dir + u'/' + id + u".db"_s).value());
        c.uplink = std::make_unique<QProcess>();
        // Its log to a file: an unread pipe would fill and stall it.
        c.uplink->setStandardErrorFile(dir + u'/' + id + u".log"_s);
        c.uplink->start(p.value(u"uplink"_s),
                        {u"--config"_s, dir + u'/' + id + u".json"_s, u"--db"_s,
                         dir + u'/' + id + u".db"_s, u"--hq"_s,
                         p.value(u"uplink-conn"_s).replace(u"{id}"_s, id)});
        centres.push_back(std::move(c));
    }
    // Ten journal commits a second per centre, the day spread over --seconds.
    const int ticks = p.value(u"seconds"_s).toInt() * 10;
    const size_t perTick = day.size() / size_t(ticks) + 1;
    const qint64 start = nowMs();
    for (int t = 0; t < ticks; ++t) {
        const size_t from = std::min(day.size(), size_t(t) * perTick);
        const size_t to = std::min(day.size(), from + perTick);
        Outcome o;
        o.events.assign(day.begin() + qsizetype(from), day.begin() + qsizetype(to));
        for (Centre &c : centres) {
            if (!o.events.empty() && c.store->writeBatch({&o}, c.config))
                c.commits.emplace_back(o.events.back().seq, nowMs());
        }
        QThread::msleep(ulong(std::max<qint64>(0, start + (t + 1) * 100 - nowMs())));
    }
    const qint64 written = nowMs();
    auto db = hq::PgConnection::connect(p.value(u"admin"_s));
    const QByteArray total = QByteArray::number(qint64(day.size()) * qint64(centres.size()));
    const QByteArray ids = (u"{"_s + p.value(u"centres"_s) + u"}"_s).toUtf8();
    const qint64 giveUpAt = written + p.value(u"drain-timeout"_s).toLongLong() * 1000;
    while (db.value()
               ->exec("SELECT sum(last_seq) FROM hq.centres WHERE centre_id = ANY($1)", {ids})
               .text(0, 0)
               .toUtf8()
           != total) {
        if (nowMs() > giveUpAt)
            return drainFailed(*db.value(), ids, qint64(day.size()), centres);
        QThread::msleep(50);
    }
    const qint64 done = nowMs();
    std::vector<double> delays;
    for (Centre &c : centres) {
        collectDelays(*db.value(), c, delays);
        c.uplink->terminate();
        c.uplink->waitForFinished();
    }
    std::printf("centres=%zu events=%s offered_events_per_s=%lld drained_after_ms=%lld "
                "delay_p50_ms=%.0f delay_p99_ms=%.0f delay_max_ms=%.0f\n",
                centres.size(), total.constData(),
                qint64(total.toLongLong() * 1000 / std::max<qint64>(1, written - start)),
                done - written, percentile(delays, 0.5), percentile(delays, 0.99),
                percentile(delays, 1.0));
    return 0;
}
