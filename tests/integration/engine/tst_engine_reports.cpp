// reports.range against the engine, on a manual clock: today's report is
// derived from the journal, the summary the engine keeps when the day rolls
// over is the same as the one derived again from the journal (after a
// reload forgets it), and bad ranges change nothing.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include "protocol/readmodelcodec.h"

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

} // namespace

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
    engine.sendSignal(SIGHUP); // a reload forgets the kept summaries
    REQUIRE(engine.waitForOutput(offset, "config reloaded", 10000));
    CHECK(report(*manager, day, day) == kept); // derived again from the journal

    for (const QJsonObject &bad :
         {QJsonObject{{u"from"_s, day}, {u"to"_s, u"2000-01-01"_s}},
          QJsonObject{{u"from"_s, day}, {u"to"_s, day}, {u"untilTime"_s, u"10:00"_s}},
          QJsonObject{{u"to"_s, day}}}) {
        checkError(manager->call(u"reports.range"_s, bad), -32602, u"INVALID_PARAMS"_s);
    }
    auto kioskCall = kiosk->call(u"reports.range"_s, {{u"from"_s, day}, {u"to"_s, day}});
    CHECK_FALSE(kioskCall.value(u"error"_s).toObject().isEmpty());
}
