#include "hqschema.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace novbe::hq {

namespace {

const char *const STEP_FILES[] = {":/hq/schema/001_events.sql", ":/hq/schema/002_derived.sql",
                                  ":/hq/schema/003_roles.sql", ":/hq/schema/004_overview.sql"};
static_assert(std::size(STEP_FILES) == HQ_SCHEMA_VERSION);

DomainError failed(const QString &what, const PgResult &r)
{
    return makeError(ErrorCode::StorageUnavailable, what + u": "_s + r.error());
}

Result<int> currentVersion(PgConnection &db)
{
    PgResult r = db.exec("CREATE SCHEMA IF NOT EXISTS hq");
    if (r.ok())
        r = db.exec("CREATE TABLE IF NOT EXISTS hq.schema_migrations ("
                    "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    if (r.ok())
        r = db.exec("SELECT coalesce(max(version), 0) FROM hq.schema_migrations");
    if (!r.ok())
        return failed(u"cannot read the HQ schema version"_s, r);
    return int(r.integer(0, 0));
}

Status applyStep(PgConnection &db, int version)
{
    QFile file(QString::fromLatin1(STEP_FILES[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, u"HQ schema step %1 is not built in"_s.arg(version));
    const QByteArray sql = file.readAll();
    const QByteArray v = QByteArray::number(version);
    // One simple-protocol string: BEGIN; step; record; COMMIT (all or nothing).
    const QByteArray all = "BEGIN;\n" + sql + "\nINSERT INTO hq.schema_migrations(version) VALUES ("
        + v + ");\nCOMMIT;";
    const PgResult r = db.exec(all.constData());
    if (!r.ok()) {
        db.exec("ROLLBACK");
        return failed(u"HQ schema step %1 failed"_s.arg(version), r);
    }
    return okStatus();
}

} // namespace

Result<int> migrate(PgConnection &db)
{
    // One migrator at a time (two HQ admins, or a package upgrade racing one).
    PgResult lock = db.exec("SELECT pg_advisory_lock(hashtext('novbe-hq-migrate'))");
    if (!lock.ok())
        return failed(u"cannot lock the HQ schema"_s, lock);
    Result<int> version = currentVersion(db);
    if (version && *version > HQ_SCHEMA_VERSION)
        version = makeError(ErrorCode::StorageUnavailable,
                            u"the HQ database is at schema %1, newer than this build (%2); "
                            "nothing was changed"_s.arg(*version)
                                .arg(HQ_SCHEMA_VERSION));
    for (int v = version ? *version + 1 : HQ_SCHEMA_VERSION + 1; v <= HQ_SCHEMA_VERSION; ++v) {
        const Status st = applyStep(db, v);
        if (!st) {
            version = st.error();
            break;
        }
        version = v;
    }
    if (version) // this month's and next month's partitions exist from the start
        db.exec("SELECT hq.ensure_months(ARRAY[current_date])");
    db.exec("SELECT pg_advisory_unlock(hashtext('novbe-hq-migrate'))");
    return version;
}

Status addCentre(PgConnection &db, const QString &centreId, const QString &role)
{
    if (centreId.isEmpty() || role.isEmpty())
        return makeError(ErrorCode::InvalidParams, u"a centre needs an id and a role"_s);
    const PgResult r = db.exec("SELECT hq.add_centre($1, $2)", {centreId.toUtf8(), role.toUtf8()});
    if (!r.ok())
        return failed(u"cannot add centre %1"_s.arg(centreId), r);
    return okStatus();
}

Status addReader(PgConnection &db, const QString &role)
{
    if (role.isEmpty())
        return makeError(ErrorCode::InvalidParams, u"a reader needs a role name"_s);
    PgResult r = db.exec("SELECT set_config('novbe.reader', $1, false)", {role.toUtf8()});
    if (r.ok())
        r = db.exec(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            "current_setting('novbe.reader')) THEN EXECUTE format('CREATE ROLE %I LOGIN IN ROLE "
            "novbe_hq_reader', current_setting('novbe.reader')); END IF; END $$");
    if (!r.ok())
        return failed(u"cannot add reader %1"_s.arg(role), r);
    return okStatus();
}

QString centreRoleName(const QString &centreId)
{
    QString name = u"novbe_centre_"_s;
    for (const QChar c : centreId.toLower())
        name += (c.isDigit() || (c >= u'a' && c <= u'z') || c == u'_') ? c : u'_';
    return name;
}

} // namespace novbe::hq
