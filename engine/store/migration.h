#pragma once

// Data conversions of schema steps that SQL alone cannot do.

namespace novbe {

class Database;

// Schema 1 -> 2: the JSON journal becomes the compact journal (rows of
// encoded events, the days table), ended tickets and counters become encoded
// rows, every name goes to the names table. Runs inside the migration's
// transaction; the SQLite result code (SQLITE_CORRUPT for an event that
// cannot be read).
int convertToV2(Database &db);

} // namespace novbe
