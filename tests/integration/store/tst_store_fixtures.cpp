// Migration from every fixture: tests/data/db/v<N>.sqlite was written by the
// program at schema N from the sample day below. A copy of each opens,
// migrates to SCHEMA_VERSION, loads the same state and takes new writes.
// Make the fixture of a new schema version with:
//   test_store "[.make-fixture]"

#include "storetestsupport.h"

#include "server/reportcache.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QString FIXTURE_DAY = u"2026-11-28"_s;
constexpr int FIXTURE_TICKETS = 24;

QString fixtureDir()
{
    return QStringLiteral(NOVBE_SOURCE_DIR) + u"/tests/data/db"_s;
}

std::vector<Outcome> fixtureOutcomes()
{
    SampleJournal journal(FIXTURE_DAY, 0);
    return journal.day(FIXTURE_TICKETS);
}

} // namespace

TEST_CASE("every fixture migrates to the current schema and loads", "[store][migration]")
{
    const QStringList fixtures =
        QDir(fixtureDir()).entryList({u"v*.sqlite"_s}, QDir::Files, QDir::Name);
    REQUIRE(fixtures.contains(u"v%1.sqlite"_s.arg(Store::SCHEMA_VERSION)));
    const std::vector<Outcome> outcomes = fixtureOutcomes();
    const FoldedState expected = fold(outcomes);
    for (const QString &name : fixtures) {
        INFO("fixture " << name.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(fixtureDir() + u'/' + name, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Store::open(path);
        INFO((opened ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.ok());
        Store &store = *opened.value();
        CHECK(rawQuery(path, u"PRAGMA user_version"_s) == QString::number(Store::SCHEMA_VERSION));
        const auto state = store.loadState(FIXTURE_DAY);
        REQUIRE(state.ok());
        requireStateMatches(*state, expected, FIXTURE_DAY);
        CHECK(store.oldestSeq() == 1);
        CHECK(store.eventsAfter(0).size() == size_t(expected.lastSeq));
        CHECK(store.dayEvents(FIXTURE_DAY).size() == size_t(expected.lastSeq));

        SampleJournal more(FIXTURE_DAY, store.lastSeq());
        const Outcome next = more.issue(u"idcard"_s);
        CHECK(store.writeBatch({&next}, storeTestConfig()).ok());
        CHECK(store.lastSeq() == expected.lastSeq + 2);
    }
}

TEST_CASE("schema 3 -> 4: bookings get language az, the answers table starts empty",
          "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.sqlite"_s);
    REQUIRE(QFile::copy(fixtureDir() + u"/v3.sqlite"_s, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(rawQuery(path, u"PRAGMA user_version"_s) == u"3"_s);
    const QString booked = rawQuery(path, u"SELECT count(*) FROM appointments"_s);
    REQUIRE(booked.toInt() > 0);
    CHECK(rawQuery(path,
                   u"SELECT count(*) FROM pragma_table_info('appointments') "
                   u"WHERE name = 'lang'"_s)
          == u"0"_s);
    {
        auto opened = Store::open(path);
        REQUIRE(opened.ok());
    }
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == QString::number(Store::SCHEMA_VERSION));
    CHECK(rawQuery(path, u"SELECT count(*) FROM appointments WHERE lang = 'az'"_s) == booked);
    CHECK(rawQuery(path, u"SELECT count(*) FROM idempotency"_s) == u"0"_s);
    auto reopened = Store::open(path);
    REQUIRE(reopened.ok());
    const auto state = reopened.value()->loadState(FIXTURE_DAY);
    REQUIRE(state.ok());
    REQUIRE(!state->appointments.empty());
    for (const Appointment &a : state->appointments)
        CHECK(a.lang == u"az"_s);
}

TEST_CASE("schema 4 -> 5: the kept day summaries start empty and fill on the first report",
          "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.sqlite"_s);
    REQUIRE(QFile::copy(fixtureDir() + u"/v4.sqlite"_s, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(rawQuery(path, u"PRAGMA user_version"_s) == u"4"_s);
    CHECK(rawQuery(path, u"SELECT count(*) FROM sqlite_schema WHERE name = 'day_summaries'"_s)
          == u"0"_s);
    const QString events = rawQuery(path, u"SELECT count(*) FROM journal"_s);
    {
        auto opened = Store::open(path);
        REQUIRE(opened.ok());
    }
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == u"5"_s);
    CHECK(rawQuery(path, u"SELECT count(*) FROM day_summaries"_s) == u"0"_s);
    CHECK(rawQuery(path, u"SELECT count(*) FROM journal"_s) == events); // the journal as it was
    auto store = std::move(Store::open(path)).value();
    const QDate day = QDate::fromString(FIXTURE_DAY, Qt::ISODate);
    ReportCache cache(*store);
    const std::vector<DaySummary> summaries = cache.summaries(storeTestConfig(), day, day,
                                                              day.addDays(1), QDateTime());
    REQUIRE(summaries.size() == 1);
    CHECK(cache.derivedFromJournal() == 1);
    CHECK(summaries[0].services.at(u"passport"_s).issued
              + summaries[0].services.at(u"idcard"_s).issued
          == FIXTURE_TICKETS + 1);
    CHECK(store->keptDaySummary(FIXTURE_DAY, summaryInputs(storeTestConfig())) == summaries[0]);
    CHECK(rawQuery(path, u"SELECT day FROM day_summaries"_s) == FIXTURE_DAY);
}

TEST_CASE("make the fixture of the current schema", "[.make-fixture]")
{
    const QString target = fixtureDir() + u"/v%1.sqlite"_s.arg(Store::SCHEMA_VERSION);
    if (QFile::exists(target) && qEnvironmentVariableIsEmpty("NOVBE_OVERWRITE_FIXTURE"))
        FAIL("fixture exists; a released fixture never changes (NOVBE_OVERWRITE_FIXTURE=1 to "
             "force)");
    QFile::remove(target);
    QTemporaryDir dir;
    auto store = std::move(Store::open(dir.filePath(u"fixture.db"_s))).value();
    const std::vector<Outcome> outcomes = fixtureOutcomes();
    for (size_t i = 0; i < outcomes.size(); i += 5) {
        const std::vector<Outcome> part(outcomes.begin() + long(i),
                                        outcomes.begin() + long(std::min(outcomes.size(), i + 5)));
        REQUIRE(store->writeBatch(pointers(part), storeTestConfig()).ok());
    }
    REQUIRE(store->backup(target).ok());
    WARN("wrote " << target.toStdString());
}
