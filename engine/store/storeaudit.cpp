// The audit trail (schema 3, table `audit`): written with a batch, read by
// audit.list; and the purge of personal data (docs/security.md).

#include "store.h"

#include "storeprivate.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {

int writeAudit(Database &db, const std::vector<AuditEntryView> &audit)
{
    for (const AuditEntryView &a : audit) {
        Statement q = db.prepare("INSERT INTO audit(at, action, actor, device, address, detail) "
                                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        q.bind(1, dbTime(a.at));
        q.bind(2, a.action);
        q.bind(3, a.actor);
        q.bind(4, a.device);
        q.bind(5, a.address);
        q.bind(6, a.detail);
        const int rc = q.run();
        if (rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_OK;
}

std::vector<AuditEntryView> Store::auditSince(const QDateTime &since, qint64 afterId,
                                              int limit) const
{
    std::vector<AuditEntryView> entries;
    Statement q = d->db.prepare("SELECT id, at, action, actor, device, address, detail FROM audit "
                                "WHERE at >= ?1 AND id > ?2 ORDER BY id LIMIT ?3");
    q.bind(1, dbTime(since));
    q.bind(2, afterId);
    q.bind(3, qint64(limit));
    while (q.step() == SQLITE_ROW)
        entries.push_back(AuditEntryView{q.integer(0), q.time(1), q.text(2), q.text(3), q.text(4),
                                         q.text(5), q.text(6)});
    return entries;
}

Result<int> Store::purgePersonalData(const QDateTime &endedBefore)
{
    if (writesStopped())
        return makeError(ErrorCode::StorageUnavailable,
                         u"writes are stopped after a failed write: "_s + d->writesStopped);
    const QString what = u"cannot purge personal data from %1"_s.arg(d->path);
    Statement purge = d->db.prepare(
        "UPDATE appointments SET citizen_name = NULL, citizen_phone = NULL "
        "WHERE end_at < ?1 AND (citizen_name IS NOT NULL OR citizen_phone IS NOT NULL)");
    purge.bind(1, dbTime(endedBefore));
    const int rc = purge.run();
    if (rc != SQLITE_DONE)
        return storageError(what, rc, d->db);
    const int purged = sqlite3_changes(d->db.handle());
    if (purged > 0) {
        // Best effort: a reader may keep the WAL from being reset; the next
        // purge or checkpoint finishes the job.
        d->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return purged;
}

} // namespace novbe
