// Integrity of the database file: novbe-engine --check (a full
// integrity_check, exit code), and the background quick_check that alerts the
// managers (alerts.subscribe, the `alert` notification) while the engine
// carries on serving.

#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run runCheck(const QString &dbPath)
{
    const EngineRun run = EngineProcess::command({u"--check"_s, u"--db"_s, dbPath});
    return Run{run.exitCode, run.output};
}

// Overwrites the root page of `table` with a pattern no b-tree page has.
void damageTable(const QString &dbPath, const QString &table)
{
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = '%1'"_s.arg(table)));
        REQUIRE(query.next());
        rootPage = query.value(0).toLongLong();
        REQUIRE(query.exec(u"PRAGMA page_size"_s));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    REQUIRE(rootPage > 1);
    QFile file(dbPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((rootPage - 1) * pageSize));
    REQUIRE(file.write(QByteArray(pageSize, '\x5a')) == pageSize);
}

void issueTickets(EngineProcess &engine, int count)
{
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    for (int i = 0; i < count; ++i)
        okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
}

} // namespace

TEST_CASE("novbe-engine --check reports a sound file, a damaged one and a missing one",
          "[engine][integrity]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    issueTickets(engine, 20);
    REQUIRE(engine.terminate() == 0);

    const Run sound = runCheck(engine.dbPath());
    CHECK(sound.exitCode == 0);
    CHECK(sound.output.trimmed() == "ok");

    damageTable(engine.dbPath(), u"ended_tickets"_s);
    const Run damaged = runCheck(engine.dbPath());
    INFO(damaged.output.toStdString());
    CHECK(damaged.exitCode == 3);
    CHECK(damaged.output.contains(engine.dbPath().toUtf8()));
    CHECK_FALSE(damaged.output.trimmed().endsWith(": ok"));

    const Run missing = runCheck(engine.dir() + u"/absent.db"_s);
    CHECK(missing.exitCode == 3);
    CHECK(missing.output.contains("cannot open"));
}

TEST_CASE("the background quick_check alerts the managers; the engine carries on",
          "[engine][integrity]")
{
    EngineProcessOptions options;
    options.extraArgs = {u"--check-interval-sec"_s, u"1"_s};
    EngineProcess engine(alwaysOpenCentre(), options);
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonObject first = okCall(*manager, u"alerts.subscribe"_s);
    CHECK(first.value(u"alerts"_s).toArray().isEmpty());
    REQUIRE(engine.waitForOutput(0, "integrity check of", 15000)); // a sound file passes
    CHECK(alertsOf(*manager).isEmpty());

    damageTable(engine.dbPath(), u"ended_tickets"_s);
    const QString failed = u"STORAGE_CHECK_FAILED"_s;
    REQUIRE(waitUntil([&] { return !alertsOf(*manager, failed).isEmpty(); }));
    const QJsonObject alert = alertsOf(*manager, failed).first();
    CHECK(alert.value(u"severity"_s).toString() == u"critical"_s);
    CHECK(alert.value(u"id"_s).toInt() >= 1);
    CHECK(!alert.value(u"at"_s).toString().isEmpty());

    auto later = connectAs(engine.port(), u"dashboard-1"_s);
    const QJsonArray listed = okCall(*later, u"alerts.subscribe"_s).value(u"alerts"_s).toArray();
    REQUIRE(!listed.isEmpty());
    CHECK(listed.contains(alert));
    issueTickets(engine, 1); // requests are still served
    CHECK(engine.isRunning());
}
