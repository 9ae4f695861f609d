// novbe-uplink as a process: killed mid-batch and restarted it resumes
// exactly; through a TCP proxy that stalls and drops its connections it
// catches up; several centres ship at once, each event exactly once, in order.

#include "hqtestsupport.h"
#include "tcpproxy.h"

#include "waiting.h"

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QString DAY = u"2026-12-02"_s;

struct Centre
{
    QString id;
    QString db;
    QString config;
    qint64 last = 0;
};

Centre makeCentre(const QTemporaryDir &dir, const QString &id, int tickets)
{
    Centre c{id, dir.filePath(id + u".db"_s), dir.filePath(id + u".json"_s)};
    const CentreConfig config = hqCentreConfig(id);
    writeConfigFile(config, c.config);
    c.last = writeSampleDay(c.db, config, DAY, tickets, 50);
    return c;
}

// With `viaEnv`, the connection string is given as NOVBE_HQ (as the systemd
// unit does, packaging/systemd/novbe-uplink.service) instead of --hq.
void startUplink(QProcess &p, const Centre &c, const HqDb &db, const QStringList &extra = {},
                 bool viaEnv = false)
{
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{u"--config"_s, c.config, u"--db"_s, c.db};
    if (viaEnv) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NOVBE_HQ"_s, db.centre(c.id));
        p.setProcessEnvironment(env);
    } else {
        args << u"--hq"_s << db.centre(c.id);
    }
    p.start(QStringLiteral(NOVBE_UPLINK_BIN), args + extra);
    REQUIRE(p.waitForStarted());
}

qint64 position(const HqDb &db, const QString &centre)
{
    return scalar(db.admin(),
                  u"SELECT last_seq FROM hq.centres WHERE centre_id = '%1'"_s.arg(centre))
        .toLongLong();
}

void requireExactlyOnce(const HqDb &db, const Centre &c)
{
    const QString n = QString::number(c.last);
    CHECK(query(db.admin(),
                u"SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM "
                "hq.events WHERE centre_id = '%1'"_s.arg(c.id))
          == QStringList{u"%1|%1|1|%1"_s.arg(n)});
    CHECK(position(db, c.id) == c.last);
}

} // namespace

TEST_CASE("novbe-uplink: SIGKILLed mid-batch and restarted, it resumes exactly")
{
    NOVBE_REQUIRE_PG(pg);
    const HqDb db = freshHq(pg, u"hq_kill"_s, {u"kill-1"_s});
    QTemporaryDir dir;
    const Centre c = makeCentre(dir, u"kill-1"_s, 1500);
    REQUIRE(c.last > 5000);

    QProcess first;
    startUplink(first, c, db, {u"--batch"_s, u"100"_s});
    // Killed while batches are in flight: some shipped, not all.
    REQUIRE(waitUntil([&] { return position(db, c.id) > 0; }, 60000));
    ::kill(pid_t(first.processId()), SIGKILL);
    REQUIRE(first.waitForFinished());
    const qint64 atKill = position(db, c.id);
    INFO("killed at " << atKill << " of " << c.last);
    CHECK(atKill < c.last);
    // A batch the dead uplink had sent may still commit at HQ; rows and
    // position always move together (one snapshot).
    const QStringList both = query(db.admin(),
                                   u"SELECT (SELECT count(*) FROM hq.events) = "
                                   "(SELECT last_seq FROM hq.centres)"_s);
    CHECK(both == QStringList{u"t"_s});

    QProcess second;
    startUplink(second, c, db, {u"--until-idle"_s});
    REQUIRE(second.waitForFinished(120000));
    CHECK(second.exitCode() == 0);
    requireExactlyOnce(db, c);
}

TEST_CASE("novbe-uplink: PostgreSQL stopped mid-batch; the daemon backs off and catches up")
{
    NOVBE_REQUIRE_PG(pg);
    const HqDb db = freshHq(pg, u"hq_wan"_s, {u"wan-1"_s});
    QTemporaryDir dir;
    const Centre c = makeCentre(dir, u"wan-1"_s, 1000);

    QProcess uplink;
    startUplink(uplink, c, db, {u"--batch"_s, u"100"_s, u"--max-backoff-ms"_s, u"1000"_s});
    REQUIRE(waitUntil([&] { return position(db, c.id) > 0; }, 60000));
    pg->stop(); // while batches are in flight: the open one is rolled back
    // The daemon stays up through the outage (its retries fail meanwhile).
    CHECK_FALSE(uplink.waitForFinished(1500));
    CHECK(uplink.state() == QProcess::Running);
    REQUIRE(pg->start());
    const qint64 atRestart = position(db, c.id);
    INFO("HQ had " << atRestart << " of " << c.last << " when it came back");
    CHECK(atRestart < c.last);
    REQUIRE(waitUntil([&] { return position(db, c.id) == c.last; }, 120000));
    requireExactlyOnce(db, c);
    uplink.terminate(); // SIGTERM: a clean stop
    REQUIRE(uplink.waitForFinished());
    CHECK(uplink.exitStatus() == QProcess::NormalExit);
    CHECK(uplink.exitCode() == 0);
}

TEST_CASE("novbe-uplink: the engine stops and starts again; the running uplink ships its new "
          "events")
{
    NOVBE_REQUIRE_PG(pg);
    const HqDb db = freshHq(pg, u"hq_restart"_s, {u"restart-1"_s});
    QTemporaryDir dir;
    Centre c = makeCentre(dir, u"restart-1"_s, 30); // written, and the writer closed
    QProcess uplink;
    startUplink(uplink, c, db, {u"--poll-ms"_s, u"20"_s});
    REQUIRE(waitUntil([&] { return position(db, c.id) == c.last; }, 60000));
    // The writer closes as the last one with the file open for writing:
    // SQLite checkpoints and removes the -wal and -shm files the uplink has
    // open; the next writer makes new ones.
    for (int restart = 0; restart < 2; ++restart) {
        c.last = writeSampleDay(c.db, hqCentreConfig(c.id), DAY, 10, 50);
        INFO("restart " << restart << ": HQ at " << position(db, c.id) << " of " << c.last);
        REQUIRE(waitUntil([&] { return position(db, c.id) == c.last; }, 30000));
    }
    requireExactlyOnce(db, c);
    uplink.terminate();
    REQUIRE(uplink.waitForFinished());
}

TEST_CASE("novbe-uplink: a link that stalls and drops connections (a TCP proxy); nothing lost or "
          "doubled")
{
    NOVBE_REQUIRE_PG(pg);
    const HqDb db = freshHq(pg, u"hq_proxy"_s, {u"proxy-1"_s});
    QTemporaryDir dir;
    const Centre c = makeCentre(dir, u"proxy-1"_s, 1000);
    TcpProxy proxy(pg->port());
    REQUIRE(proxy.port() > 0);
    QString viaProxy = db.centre(c.id);
    viaProxy.replace(u"port=%1"_s.arg(pg->port()), u"port=%1"_s.arg(proxy.port()));
    REQUIRE(viaProxy != db.centre(c.id));
    QProcess uplink;
    uplink.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    uplink.start(QStringLiteral(NOVBE_UPLINK_BIN),
                 {u"--config"_s, c.config, u"--db"_s, c.db, u"--hq"_s, viaProxy, u"--batch"_s,
                  u"50"_s, u"--max-backoff-ms"_s, u"1000"_s});
    REQUIRE(waitUntil([&] { return position(db, c.id) > 0; }, 60000));

    // Dropped mid-stream: the uplink reconnects through the proxy and goes on.
    proxy.dropAll();
    REQUIRE(waitUntil([&] { return proxy.dropped() >= 1 && proxy.accepted() >= 2; }, 30000));
    const qint64 afterDrop = position(db, c.id);
    REQUIRE(waitUntil([&] { return position(db, c.id) > afterDrop; }, 30000));

    // Stalled: nothing passes, at most the batch already at HQ commits; the
    // uplink waits (it has no round-trip timeout: docs/hq.md, Not done yet).
    proxy.setStalled(true);
    const qint64 atStall = position(db, c.id);
    CHECK_FALSE(waitUntil([&] { return position(db, c.id) > atStall + 50; }, 1500));
    CHECK(uplink.state() == QProcess::Running);
    // Dropped while stalled, then the line comes back.
    proxy.dropAll();
    proxy.setStalled(false);
    INFO("HQ had " << position(db, c.id) << " of " << c.last << " when the line came back");
    REQUIRE(waitUntil([&] { return position(db, c.id) == c.last; }, 120000));
    CHECK(proxy.accepted() >= 3);
    requireExactlyOnce(db, c);
    uplink.terminate();
    REQUIRE(uplink.waitForFinished());
    CHECK(uplink.exitCode() == 0);
}

TEST_CASE("novbe-uplink: several centres ship at once, every event exactly once and in order")
{
    NOVBE_REQUIRE_PG(pg);
    const QStringList ids{u"many-1"_s, u"many-2"_s, u"many-3"_s, u"many-4"_s};
    const HqDb db = freshHq(pg, u"hq_many"_s, ids);
    QTemporaryDir dir;
    std::vector<Centre> centres;
    for (const QString &id : ids)
        centres.push_back(makeCentre(dir, id, 120));
    std::vector<std::unique_ptr<QProcess>> uplinks;
    for (const Centre &c : centres) {
        uplinks.push_back(std::make_unique<QProcess>());
        // The last one reads its connection string from NOVBE_HQ.
        startUplink(*uplinks.back(), c, db, {u"--until-idle"_s, u"--batch"_s, u"100"_s},
                    &c == &centres.back());
    }
    for (auto &p : uplinks) {
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 0);
    }
    for (const Centre &c : centres)
        requireExactlyOnce(db, c);
    // Bad options: a clear error, exit 2, nothing shipped.
    QProcess bad;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"NOVBE_HQ"_s);
    bad.setProcessEnvironment(env);
    bad.start(QStringLiteral(NOVBE_UPLINK_BIN), {u"--db"_s, centres[0].db});
    REQUIRE(bad.waitForFinished());
    CHECK(bad.exitCode() == 2);
    CHECK(
        bad.readAllStandardError().contains("--config, --db and --hq (or NOVBE_HQ) are required"));
}
