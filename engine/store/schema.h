#pragma once

// The database schema and its migrations. Each schema version N > 0 has one
// cumulative step "to N"; migrate() runs every step above the file's
// version in ONE transaction and sets PRAGMA user_version.

#include "core/result.h"

namespace novbe {

class Database;

// PRAGMA application_id of a Növbə database ("Novb").
inline constexpr int NOVBE_APPLICATION_ID = 0x4e6f7662;

// Requires: `from` < schemaVersion, no open transaction.
// Runs the steps from+1..schemaVersion in one transaction; on any error
// rolls back (the file is as before) and returns StorageUnavailable.
Status migrate(Database &db, int from, int schemaVersion);

} // namespace novbe
