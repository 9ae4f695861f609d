// reports.range against the engine, on a manual clock: today's report is
// derived from the journal, the summary the engine keeps when the day rolls
// over gives the same report (also after a reload forgets the ones in
// memory), a restarted engine answers from the summary kept in the store
// (schema 5) and derives a missing one again from the journal, and bad
// ranges change nothing.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include "protocol/readmodelcodec.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

Report report(TestClient &manager, const QString &from, const QString &to)
{
    const std::optional<Report> r = decode<Report>(
        okCall(manager, u"reports.range"_s, {{u"from"_s, from}, {u"to"_s, to}}));
    REQUIRE(r.has_value());
    return *r;
}

const ReportRow &row(const std::vector<ReportRow> &rows, const QString &key)
{
    for (const ReportRow &r : rows) {
        if (r.key == key)
            return r;
    }
    FAIL("no row " << key.toStdString());
    return rows.front();
}

// The first column of the first row of `sql` (one parameter, `day`), as text.
QByteArray sqlText(const QString &path, const char *sql, const QString &day)
{
    sqlite3 *db = nullptr;
    QByteArray out;
    const QByteArray dayBytes = day.toUtf8();
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, dayBytes.constData(), int(dayBytes.size()), SQLITE_STATIC);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                out = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

// One closed day: issued 2, served 1 (waited 300 s), cancelled 1.
QString playDay(EngineProcess &engine)
{
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QString day = okCall(*manager, u"stats.today"_s).value(u"serviceDay"_s).toString();
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    const QString second = okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
                               .value(u"ticket"_s)[u"id"_s]
                               .toString();
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    advanceClock(*manager, 5 * 60);
    okCall(*desk, u"counter.callNext"_s);
    okCall(*desk, u"counter.start"_s);
    okCall(*desk, u"counter.finish"_s);
    okCall(*manager, u"ticket.cancel"_s, {{u"id"_s, second}});
    advanceClock(*manager, 24 * 3600); // rolls over: the day's summary is kept
    REQUIRE(waitUntil([&] {
        return okCall(*manager, u"stats.today"_s).value(u"serviceDay"_s).toString() != day;
    }));
    return day;
}

// The engine on `dbPath` with its manual clock `hours` after the usual start.
EngineProcessOptions restartOptions(const QString &dbPath, int hours)
{
    EngineProcessOptions options = EngineProcessOptions::manual();
    options.clockStart = options.clockStart.addSecs(hours * 3600);
    options.dbPath = dbPath;
    return options;
}

} // namespace

TEST_CASE("reports.range after a restart: the kept summary answers, a missing one is derived",
          "[engine][reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"centre.db"_s);
    QString day;
    Report before;
    {
        EngineProcess engine(alwaysOpenCentre(), restartOptions(db, 0));
        REQUIRE(engine.start());
        day = playDay(engine);
        auto manager = connectAs(engine.port(), u"dashboard-1"_s);
        before = report(*manager, day, day);
        CHECK(before.total.issued == 2);
        CHECK(before.total.served == 1);
        CHECK(before.total.cancelled == 1);
        REQUIRE(engine.terminate() == 0);
    }
    const QByteArray inputs = sqlText(db, "SELECT inputs FROM day_summaries WHERE day = ?1", day);
    REQUIRE(!inputs.isEmpty()); // kept at the rollover
    {
        // Plant another summary in the kept row (as if the journal said so):
        // the restarted engine answers with it, so it did not read the journal.
        auto store = std::move(Store::open(db)).value();
        std::optional<DaySummary> kept = store->keptDaySummary(day, inputs);
        REQUIRE(kept.has_value());
        kept->services[u"passport"_s].issued += 1000;
        REQUIRE(store->keepDaySummaries({*kept}, inputs).ok());
    }
    {
        EngineProcess engine(alwaysOpenCentre(), restartOptions(db, 26));
        REQUIRE(engine.start());
        auto manager = connectAs(engine.port(), u"dashboard-1"_s);
        CHECK(row(report(*manager, day, day).services, u"passport"_s).issued == 1002);
        REQUIRE(engine.terminate() == 0);
    }
    REQUIRE(sqlText(db, "DELETE FROM day_summaries WHERE day = ?1 RETURNING day", day)
            == day.toUtf8());
    {
        EngineProcess engine(alwaysOpenCentre(), restartOptions(db, 27));
        REQUIRE(engine.start());
        auto manager = connectAs(engine.port(), u"dashboard-1"_s);
        CHECK(report(*manager, day, day) == before); // derived again from the journal
        REQUIRE(engine.terminate() == 0);
    }
    CHECK(sqlText(db, "SELECT inputs FROM day_summaries WHERE day = ?1", day) == inputs);
}

TEST_CASE("reports.range: today from the journal, a closed day kept and re-derived alike",
          "[engine][reports]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QString day = okCall(*manager, u"stats.today"_s).value(u"serviceDay"_s).toString();
    const QString first = okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
                              .value(u"ticket"_s)[u"id"_s]
                              .toString();
    okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    const QString third = okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
                              .value(u"ticket"_s)[u"id"_s]
                              .toString();
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    advanceClock(*manager, 10 * 60);
    okCall(*desk, u"counter.callNext"_s); // waited 600 s
    okCall(*desk, u"counter.start"_s);
    advanceClock(*manager, 4 * 60);
    okCall(*desk, u"counter.finish"_s); // 240 s
    okCall(*desk, u"feedback.submit"_s, {{u"ticket"_s, first}, {u"rating"_s, 4}});
    okCall(*desk, u"counter.pause"_s, {{u"reason"_s, u"lunch"_s}});
    advanceClock(*manager, 30 * 60);
    okCall(*desk, u"counter.resume"_s);   // lunch 1800 s
    okCall(*desk, u"counter.callNext"_s); // waited 2640 s
    okCall(*desk, u"counter.noShow"_s);
    okCall(*manager, u"ticket.cancel"_s, {{u"id"_s, third}});

    const Report today = report(*manager, day, day);
    const ReportRow &passport = row(today.services, u"passport"_s);
    CHECK(passport.issued == 3);
    CHECK(passport.served == 1);
    CHECK(passport.noShow == 1);
    CHECK(passport.cancelled == 1);
    CHECK(passport.noShowPct == 50.0);
    CHECK(passport.avgWaitSec == (600 + 2640) / 2);
    CHECK(passport.p90WaitSec == 2640);
    CHECK(passport.avgServiceSec == 240);
    CHECK(passport.avgRating == 4.0);
    CHECK(row(today.operators, u"op01"_s).pauseSec == 1800);
    CHECK(row(today.counters, u"c01"_s).pauses == std::vector{PauseTotal{u"lunch"_s, 1800}});

    advanceClock(*manager, 24 * 3600); // rolls over: the engine keeps the day's summary
    REQUIRE(waitUntil([&] {
        return okCall(*manager, u"stats.today"_s).value(u"serviceDay"_s).toString() != day;
    }));
    const Report kept = report(*manager, day, day);
    CHECK(kept == today);
    const qsizetype offset = engine.output().size();
    engine.sendSignal(SIGHUP); // a reload forgets the summaries in memory
    REQUIRE(engine.waitForOutput(offset, "config reloaded", 10000));
    CHECK(report(*manager, day, day) == kept); // the stored one (same targets)

    for (const QJsonObject &bad :
         {QJsonObject{{u"from"_s, day}, {u"to"_s, u"2000-01-01"_s}},
          QJsonObject{{u"from"_s, day}, {u"to"_s, day}, {u"untilTime"_s, u"10:00"_s}},
          QJsonObject{{u"to"_s, day}}}) {
        checkError(manager->call(u"reports.range"_s, bad), -32602, u"INVALID_PARAMS"_s);
    }
    auto kioskCall = kiosk->call(u"reports.range"_s, {{u"from"_s, day}, {u"to"_s, day}});
    CHECK_FALSE(kioskCall.value(u"error"_s).toObject().isEmpty());
}
