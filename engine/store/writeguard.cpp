#include "writeguard.h"

#include "storeprivate.h"

#include <sqlite3.h>

#include <string>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr const char *JOURNAL_HEAD = "SELECT last_seq FROM journal ORDER BY first_seq DESC LIMIT 1";

} // namespace

bool isIoError(int extendedCode)
{
    return (extendedCode & 0xff) == SQLITE_IOERR;
}

Status neutraliseFailedCommit(StoreData &d, qint64 lastAckedSeq)
{
    const QString what = u"after a failed write, cannot make %1 safe again"_s.arg(d.path);
    int rc = SQLITE_OK;
    const qint64 version = d.db.queryInt("PRAGMA user_version", &rc);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return storageError(what, rc, d.db);
    const std::string rewrite = "PRAGMA user_version = " + std::to_string(version);
    rc = d.db.exec(rewrite.c_str());
    if (rc != SQLITE_OK) {
        d.db.rollbackIfOpen();
        return storageError(what, rc, d.db);
    }
    const qint64 head = d.db.queryInt(JOURNAL_HEAD, &rc);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return storageError(what, rc, d.db);
    if (head != lastAckedSeq)
        return makeError(ErrorCode::StorageUnavailable,
                         u"%1: the journal ends at seq %2, the last acknowledged is %3"_s.arg(
                             what, QString::number(head), QString::number(lastAckedSeq)));
    return okStatus();
}

} // namespace novbe
