#pragma once

// The HQ database's schema (hq/schema/NNN_*.sql, built in): applies the
// steps not applied yet, each in its own transaction, recorded in
// hq.schema_migrations; registers centres and dashboard readers. Run by an
// owner of the database (novbe-hq-migrate), never by an uplink.

#include "pgconn.h"

#include <QString>

namespace novbe::hq {

inline constexpr int HQ_SCHEMA_VERSION = 4;

// Applies the missing steps; the version now in force. A database at a newer
// version than this build knows is refused, untouched.
Result<int> migrate(PgConnection &db);
// A centre and its uplink's login role (created when missing); idempotent.
Status addCentre(PgConnection &db, const QString &centreId, const QString &role);
// A dashboard's login role, read-only (member of novbe_hq_reader).
Status addReader(PgConnection &db, const QString &role);
// The role name novbe-hq-migrate gives a centre: "novbe_centre_" + its id
// with every character outside [a-z0-9_] as '_'.
QString centreRoleName(const QString &centreId);

} // namespace novbe::hq
