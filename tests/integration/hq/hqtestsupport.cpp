#include "hqtestsupport.h"

#include "storetestsupport.h"

#include "core/configloader.h"
#include "hqschema.h"
#include "pgconn.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace novbe::test {

QString HqDb::centre(const QString &centreId) const
{
    return as(hq::centreRoleName(centreId));
}

HqDb freshHq(PgServer *pg, const QString &name, const QStringList &centres)
{
    HqDb db{pg, pg->createDatabase(name)};
    REQUIRE(db.name == name);
    auto conn = hq::PgConnection::connect(db.admin());
    REQUIRE(conn.ok());
    const Result<int> version = hq::migrate(*conn.value());
    INFO((version ? QString() : version.error().message).toStdString());
    REQUIRE(version.ok());
    REQUIRE(*version == hq::HQ_SCHEMA_VERSION);
    for (const QString &c : centres)
        REQUIRE(hq::addCentre(*conn.value(), c, hq::centreRoleName(c)).ok());
    return db;
}

QStringList query(const QString &conninfo, const QString &sql)
{
    auto conn = hq::PgConnection::connect(conninfo);
    if (!conn)
        return {u"ERROR: "_s + conn.error().message};
    const hq::PgResult r = conn.value()->exec(sql.toUtf8().constData());
    if (!r.ok())
        return {u"ERROR: "_s + r.error()};
    QStringList rows;
    for (int i = 0; i < r.rows(); ++i) {
        QStringList cells;
        for (int c = 0; c < r.columns(); ++c)
            cells << r.text(i, c);
        rows << cells.join(u'|');
    }
    return rows;
}

QString scalar(const QString &conninfo, const QString &sql)
{
    const QStringList rows = query(conninfo, sql);
    return rows.isEmpty() ? QString() : rows.first().section(u'|', 0, 0);
}

namespace {

QJsonObject configJson(const QString &centreId, bool mobile)
{
    QFile f(QStringLiteral(NOVBE_SOURCE_DIR "/tests/integration/hq/centre.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject centre = root.value(u"centre"_s).toObject();
    centre[u"id"_s] = centreId;
    centre[u"mobile"_s] = mobile;
    root[u"centre"_s] = centre;
    return root;
}

} // namespace

CentreConfig hqCentreConfig(const QString &centreId, bool mobile)
{
    Result<CentreConfig> c = parseCentreConfig(
        QJsonDocument(configJson(centreId, mobile)).toJson());
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    return c.value();
}

void writeConfigFile(const CentreConfig &config, const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(configJson(config.centre.id, config.centre.mobile)).toJson());
}

qint64 writeSampleDay(const QString &path, const CentreConfig &config, const QString &day,
                      int tickets, int batch)
{
    Result<std::unique_ptr<Store>> store = Store::open(path);
    REQUIRE(store.ok());
    SampleJournal journal(day, store.value()->lastSeq());
    const std::vector<Outcome> outcomes = journal.day(tickets);
    for (size_t i = 0; i < outcomes.size(); i += size_t(batch)) {
        const std::vector<Outcome> part(
            outcomes.begin() + qsizetype(i),
            outcomes.begin() + qsizetype(std::min(outcomes.size(), i + size_t(batch))));
        REQUIRE(store.value()->writeBatch(pointers(part), config).ok());
    }
    return store.value()->lastSeq();
}

} // namespace novbe::test
