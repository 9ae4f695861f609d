#pragma once

// What the store does after a commit failed with an I/O error (a failed
// write or fsync of the WAL): docs/database.md "Storage faults".

#include "core/result.h"

namespace novbe {

struct StoreData;

// True for SQLite result codes of the SQLITE_IOERR family: the file may hold
// a half-made transaction. (SQLITE_FULL and SQLITE_READONLY are clean refusals.)
bool isIoError(int extendedCode);

// After a failed commit whose error was an I/O error: makes sure the failed
// transaction can never come back, then checks that the journal ends at
// `lastAckedSeq`. A failed fsync leaves the batch's WAL frames, commit frame
// included, in the file, where SQLite's recovery at the next start would
// find them; one small write transaction (the schema cookie rewritten
// unchanged) overwrites them at the same WAL position. The error when this
// write or the check fails: the file is no longer trusted.
Status neutraliseFailedCommit(StoreData &d, qint64 lastAckedSeq);

} // namespace novbe
