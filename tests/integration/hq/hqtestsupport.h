#pragma once

// Helpers for the HQ tests: a fresh migrated HQ database on the binary's
// private PostgreSQL (tests/support/pgserver.h), queries as any role, and
// centre journals written the way the engine writes them.

#include "pgserver.h"

#include "core/centreconfig.h"
#include "core/queueengine.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

#include <vector>

namespace novbe::test {

// The binary's PostgreSQL, or a skipped test: with a loud message when
// PostgreSQL is not installed, a failure when it is but does not start.
#define NOVBE_REQUIRE_PG(pg)                                                                       \
    PgServer *pg = PgServer::shared();                                                             \
    if (!pg && PgServer::unavailableReason().contains(QLatin1String("not installed"))) {           \
        WARN("SKIPPED (no PostgreSQL): " << PgServer::unavailableReason().toStdString());          \
        return;                                                                                    \
    }                                                                                              \
    REQUIRE(pg)

struct HqDb
{
    PgServer *pg = nullptr;
    QString name;
    QString admin() const { return pg->admin(name); }
    // As the uplink role of `centreId` (novbe-hq-migrate's name for it).
    QString centre(const QString &centreId) const;
    QString as(const QString &role) const { return pg->conninfo(role, name); }
};

// A new database `name`, migrated, with `centres` registered.
HqDb freshHq(PgServer *pg, const QString &name, const QStringList &centres);

// Rows of `sql` as "a|b|c" lines; an error as one line "ERROR: ...".
QStringList query(const QString &conninfo, const QString &sql);
// The first column of the first row ("" when none).
QString scalar(const QString &conninfo, const QString &sql);

// A centre config (the store tests' two services and counters) with id
// `centreId`; `mobile` as in centre.json.
CentreConfig hqCentreConfig(const QString &centreId, bool mobile = false);
// Writes it as JSON to `path` (for novbe-uplink --config).
void writeConfigFile(const CentreConfig &config, const QString &path);
// A journal with `tickets` tickets of a sample day on `day` at `path` (new
// or appended), in batches of `batch` outcomes; the last seq.
qint64 writeSampleDay(const QString &path, const CentreConfig &config, const QString &day,
                      int tickets, int batch = 20);

} // namespace novbe::test
