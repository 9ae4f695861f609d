// Phase 6: an engine database holding past tickets; engine start to port file.

#include "historygen.h"
#include "phases.h"
#include "waiter.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr double STARTUP_TARGET_S = 2;
constexpr double BYTES_PER_TICKET_TARGET = 1024;

double fileMb(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

// Seconds one PRAGMA quick_check takes on the database (what the store runs at open).
double quickCheckSeconds(const QString &dbPath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(db);
        return -1;
    }
    const qint64 start = nowNs();
    const bool ok = sqlite3_exec(db, "PRAGMA quick_check", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double seconds = double(nowNs() - start) / 1e9;
    sqlite3_close_v2(db);
    return ok ? seconds : -1;
}

// The engine creates its database; returns its start time on the empty file (s), or -1.
double createDatabase(BenchContext &ctx, PhaseEngine &engine)
{
    if (!engine.start(CentreSize{3, 8, 1})) {
        ctx.report.fail(u"recovery"_s, u"cannot create the database: "_s + engine.errorString());
        return -1;
    }
    const double seconds = double(engine.process().startupNs()) / 1e9;
    if (!engine.stop()) {
        ctx.report.fail(u"recovery"_s, u"cannot create the database: "_s + engine.errorString());
        return -1;
    }
    return seconds;
}

} // namespace

void runRecovery(BenchContext &ctx)
{
    const QString phase = u"recovery"_s;
    PhaseEngine engine(ctx, phase);
    const double emptyStart = createDatabase(ctx, engine);
    if (emptyStart < 0)
        return;
    const BenchCentre &centre = engine.centre();
    const HistorySpec spec{ctx.options.tickets, 2500,           centre.services, centre.prefixes,
                           centre.counters,     centre.timezone};
    ctx.log(u"recovery: generating %1 past tickets"_s.arg(spec.tickets));
    const HistoryResult history = generateHistory(engine.dbPath(), centre.configPath, spec);
    if (!history.error.isEmpty()) {
        ctx.report.fail(phase, u"history generation failed: "_s + history.error);
        return;
    }
    ctx.log(u"recovery: %1 tickets, %2 events over %3 days in %4 s, %5 MB"_s.arg(history.tickets)
                .arg(history.events)
                .arg(history.days)
                .arg(history.seconds, 0, 'f', 1)
                .arg(fileMb(engine.dbPath()), 0, 'f', 0));
    const double checkSeconds = quickCheckSeconds(engine.dbPath());
    engine.setProfileFromStart(true);
    std::vector<double> starts;
    for (int i = 0; i < ctx.options.recoveryStarts; ++i) {
        if (!engine.restart()) {
            ctx.report.fail(phase, engine.errorString());
            return;
        }
        starts.push_back(double(engine.process().startupNs()) / 1e9);
        if (!engine.stop())
            ctx.report.fail(phase, engine.errorString());
    }
    const QString row = u"6 recovery"_s;
    ctx.report.add(row, u"past tickets in the database"_s, double(history.tickets), u""_s);
    ctx.report.add(row, u"journal events"_s, double(history.events), u""_s);
    ctx.report.add(row, u"database size"_s, fileMb(engine.dbPath()), u"MB"_s);
    ctx.report.add(row, u"database per served ticket (journal included)"_s,
                   fileMb(engine.dbPath()) * 1024 * 1024
                       / double(std::max<qint64>(history.tickets, 1)),
                   u"bytes"_s, Target{BYTES_PER_TICKET_TARGET, false});
    ctx.report.add(row, u"start → port file, empty database"_s, emptyStart, u"s"_s);
    ctx.report.add(row, u"first start → port file"_s, starts.front(), u"s"_s);
    ctx.report.add(row, u"slowest of %1 starts → port file"_s.arg(starts.size()),
                   *std::max_element(starts.begin(), starts.end()), u"s"_s,
                   Target{STARTUP_TARGET_S, false});
    ctx.report.add(row, u"PRAGMA quick_check alone (bench)"_s, checkSeconds, u"s"_s);
    ctx.log(u"recovery: starts %1 s (quick_check alone %2 s)"_s.arg(starts.front(), 0, 'f', 2)
                .arg(checkSeconds, 0, 'f', 2));
}

} // namespace novbe::bench
