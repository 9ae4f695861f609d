// HQ's schema on a real PostgreSQL: migrations, partitions, roles and
// row-level security (hq/schema, docs/hq.md).

#include "hqtestsupport.h"

#include "hqschema.h"
#include "pgconn.h"

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const char *const ROW_SQL =
    "INSERT INTO hq.events (centre_id, seq, day, at, type) VALUES ('%1', %2, current_date, now(), "
    "'device.changed')";

QString insertRow(const QString &conninfo, const QString &centre, int seq)
{
    const QStringList r = query(conninfo, QString::fromLatin1(ROW_SQL).arg(centre).arg(seq));
    return r.isEmpty() ? u"ok"_s : r.first();
}

} // namespace

TEST_CASE("HQ schema: steps apply once, months are partitioned ahead, newer is refused")
{
    NOVBE_REQUIRE_PG(pg);
    const HqDb db = freshHq(pg, u"hq_schema"_s, {});
    auto conn = hq::PgConnection::connect(db.admin());
    REQUIRE(conn.ok());
    CHECK(hq::migrate(*conn.value()).value() == hq::HQ_SCHEMA_VERSION); // again: nothing to do
    CHECK(scalar(db.admin(), u"SELECT count(*) FROM hq.schema_migrations"_s) == u"4"_s);
    const QString thisMonth = QDate::currentDate().toString(u"yyyyMM"_s);
    const QString nextMonth = QDate::currentDate().addMonths(1).toString(u"yyyyMM"_s);
    CHECK(scalar(db.admin(),
                 u"SELECT count(*) FROM pg_inherits WHERE inhparent = "
                 "'hq.events'::regclass"_s)
          == u"2"_s);
    CHECK(scalar(db.admin(),
                 u"SELECT to_regclass('hq.events_%1') IS NOT NULL AND "
                 "to_regclass('hq.events_%2') IS NOT NULL"_s.arg(thisMonth, nextMonth))
          == u"t"_s);

    query(db.admin(), u"INSERT INTO hq.schema_migrations(version) VALUES (99)"_s);
    const Result<int> newer = hq::migrate(*conn.value());
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.contains(u"newer than this build"_s));
    CHECK(scalar(db.admin(), u"SELECT count(*) FROM hq.schema_migrations"_s) == u"5"_s);
}

TEST_CASE("HQ roles: a centre writes only its own rows; readers only read")
{
    NOVBE_REQUIRE_PG(pg);
    const HqDb db = freshHq(pg, u"hq_rls"_s, {u"rls-a"_s, u"rls-b"_s});
    {
        auto reader = hq::PgConnection::connect(db.admin());
        REQUIRE(hq::addReader(*reader.value(), u"rls_dashboard"_s).ok());
    }
    const QString a = db.centre(u"rls-a"_s);
    const QString b = db.centre(u"rls-b"_s);
    const QString reader = db.as(u"rls_dashboard"_s);

    // Centre A cannot write B's rows, by any door.
    CHECK(insertRow(a, u"rls-b"_s, 1).contains(u"row-level security"_s));
    CHECK(scalar(a, u"SELECT hq.hello('rls-b', 'B', 'Asia/Baku', false)"_s)
              .contains(u"may not ship for centre rls-b"_s));
    const QString month = QDate::currentDate().toString(u"yyyyMM"_s);
    CHECK(query(a,
                u"INSERT INTO hq.events_%1 (centre_id, seq, day, at, type) VALUES "
                "('rls-b', 1, current_date, now(), 'x')"_s.arg(month))
              .first()
              .contains(u"permission denied"_s));
    CHECK(
        query(a, u"UPDATE hq.centres SET last_seq = 0"_s).first().contains(u"permission denied"_s));
    CHECK(query(a,
                u"INSERT INTO hq.kpi_day (centre_id, day, service, counter, operator_id) "
                "VALUES ('rls-b', current_date, 's', '', '')"_s)
              .first()
              .contains(u"permission denied"_s));

    // Each writes its own, and sees only its own.
    CHECK(insertRow(a, u"rls-a"_s, 1) == u"ok"_s);
    CHECK(insertRow(b, u"rls-b"_s, 1) == u"ok"_s);
    CHECK(query(a, u"SELECT centre_id FROM hq.events"_s) == QStringList{u"rls-a"_s});
    CHECK(query(a, u"SELECT centre_id FROM hq.centres"_s) == QStringList{u"rls-a"_s});

    // The dashboard reads everything and writes nothing.
    CHECK(scalar(reader, u"SELECT count(*) FROM hq.events"_s) == u"2"_s);
    CHECK(scalar(reader, u"SELECT count(*) FROM hq.centres"_s) == u"2"_s);
    CHECK(insertRow(reader, u"rls-a"_s, 2).contains(u"permission denied"_s));
    CHECK(query(reader, u"DELETE FROM hq.kpi_day"_s).first().contains(u"permission denied"_s));

    // A hole in a centre's sequence is refused: events arrive in order.
    CHECK(insertRow(a, u"rls-a"_s, 3).contains(u"does not follow the shipped position 1"_s));
    CHECK(scalar(db.admin(), u"SELECT last_seq FROM hq.centres WHERE centre_id = 'rls-a'"_s)
          == u"1"_s);
}

TEST_CASE("HQ connections: WAN link timeouts by default, the connection string's own win")
{
    NOVBE_REQUIRE_PG(pg);
    auto plain = hq::PgConnection::connect(pg->admin(u"postgres"_s));
    REQUIRE(plain.ok());
    CHECK(plain.value()->option("keepalives") == u"1"_s);
    CHECK(plain.value()->option("keepalives_idle") == u"30"_s);
    CHECK(plain.value()->option("tcp_user_timeout") == u"60000"_s);
    // The test server's conninfo says connect_timeout=5 itself.
    CHECK(plain.value()->option("connect_timeout") == u"5"_s);
    auto own = hq::PgConnection::connect(pg->admin(u"postgres"_s)
                                         + u" tcp_user_timeout=5000 connect_timeout=3"_s);
    REQUIRE(own.ok());
    CHECK(own.value()->option("tcp_user_timeout") == u"5000"_s);
    CHECK(own.value()->option("connect_timeout") == u"3"_s);
    CHECK(own.value()->option("keepalives_count") == u"3"_s);
}
