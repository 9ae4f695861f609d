// Kept day summaries (schema 5): what the store keeps for a closed day is
// what summarizeDay derives from that day's journal, figure by figure; a
// new engine (a new store connection and report cache, as after a restart)
// answers from the kept rows without reading the journal again; a damaged,
// missing or stale row is derived again and written over.

#include "storetestsupport.h"

#include "server/reportcache.h"
#include "store/daysummarycodec.h"
#include "store/store.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QStringList DAYS{u"2026-11-24"_s, u"2026-11-25"_s, u"2026-11-26"_s};
const QDate TODAY(2026, 11, 27);
constexpr int TICKETS_A_DAY = 20;

// Three closed days of the sample journal in a fresh store file.
void writeDays(const QString &path)
{
    auto store = std::move(Store::open(path)).value();
    for (const QString &day : DAYS) {
        SampleJournal journal(day, store->lastSeq());
        const std::vector<Outcome> outcomes = journal.day(TICKETS_A_DAY);
        REQUIRE(store->writeBatch(pointers(outcomes), storeTestConfig()).ok());
    }
}

std::vector<DaySummary> report(const QString &path, int &derived)
{
    auto store = std::move(Store::open(path)).value();
    ReportCache cache(*store);
    std::vector<DaySummary> days = cache.summaries(storeTestConfig(),
                                                   QDate::fromString(DAYS.front(), Qt::ISODate),
                                                   TODAY.addDays(-1), TODAY, QDateTime());
    derived = cache.derivedFromJournal();
    return days;
}

DaySummary fromJournal(const QString &path, const QString &day,
                       const CentreConfig &config = storeTestConfig())
{
    auto store = std::move(Store::open(path)).value();
    const std::vector<DomainEvent> events = store->dayEvents(day);
    REQUIRE(!events.empty());
    QDateTime end;
    for (const DomainEvent &e : events)
        end = std::max(end, e.at);
    return summarizeDay(config, day, events, end);
}

std::optional<DaySummary> kept(const QString &path, const QString &day)
{
    auto store = std::move(Store::open(path)).value();
    return store->keptDaySummary(day, summaryInputs(storeTestConfig()));
}

} // namespace

TEST_CASE("a kept day summary is the one derived from the journal, figure by figure",
          "[store][summaries]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"novbe.db"_s);
    writeDays(path);
    CHECK(rawQuery(path, u"SELECT count(*) FROM day_summaries"_s) == u"0"_s);
    int derived = -1;
    const std::vector<DaySummary> first = report(path, derived);
    CHECK(derived == 3);
    REQUIRE(first.size() == 3);
    CHECK(rawQuery(path, u"SELECT count(*) FROM day_summaries"_s) == u"3"_s);
    for (size_t i = 0; i < first.size(); ++i) {
        const QString &day = DAYS.at(qsizetype(i));
        INFO("day " << day.toStdString());
        const DaySummary expected = fromJournal(path, day);
        CHECK(expected.services.at(u"passport"_s).issued + expected.services.at(u"idcard"_s).issued
              == TICKETS_A_DAY + 1);
        const std::optional<DaySummary> stored = kept(path, day);
        REQUIRE(stored.has_value());
        CHECK(stored->services == expected.services);
        CHECK(stored->categories == expected.categories);
        CHECK(stored->counters == expected.counters);
        CHECK(stored->operators == expected.operators);
        CHECK(stored->hours == expected.hours);
        CHECK(stored->quarters == expected.quarters);
        CHECK(*stored == first[i]);
    }
}

TEST_CASE("after a restart the report comes from the kept summaries", "[store][summaries]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"novbe.db"_s);
    writeDays(path);
    int derived = -1;
    const std::vector<DaySummary> first = report(path, derived);
    REQUIRE(derived == 3);
    CHECK(report(path, derived) == first);
    CHECK(derived == 0);

    // A kept row that reads back intact is trusted as it is: a summary
    // written in its place (not derived from the journal) is what comes back.
    DaySummary planted = first[1];
    planted.services[u"passport"_s].issued += 1000;
    auto store = std::move(Store::open(path)).value();
    REQUIRE(store->keepDaySummaries({planted}, summaryInputs(storeTestConfig())).ok());
    store.reset();
    const std::vector<DaySummary> again = report(path, derived);
    CHECK(derived == 0);
    CHECK(again[1].services.at(u"passport"_s).issued
          == first[1].services.at(u"passport"_s).issued + 1000);
}

TEST_CASE("a damaged, missing or stale kept summary is derived again", "[store][summaries]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"novbe.db"_s);
    writeDays(path);
    int derived = -1;
    const std::vector<DaySummary> first = report(path, derived);
    REQUIRE(derived == 3);

    SECTION("a flipped byte in the body")
    {
        REQUIRE(rawExec(path,
                        u"UPDATE day_summaries SET body = "
                        u"substr(body, 1, 100) || x'ff' || substr(body, 102) "
                        u"WHERE day = '2026-11-25'"_s)
                == 0);
        CHECK_FALSE(kept(path, DAYS[1]).has_value());
    }
    SECTION("a truncated body")
    {
        REQUIRE(rawExec(path,
                        u"UPDATE day_summaries SET body = substr(body, 1, 40) "
                        u"WHERE day = '2026-11-25'"_s)
                == 0);
    }
    SECTION("a missing row")
    {
        REQUIRE(rawExec(path, u"DELETE FROM day_summaries WHERE day = '2026-11-25'"_s) == 0);
    }
    SECTION("a row of another journal span")
    {
        REQUIRE(rawExec(path,
                        u"UPDATE day_summaries SET last_seq = last_seq - 1 "
                        u"WHERE day = '2026-11-25'"_s)
                == 0);
    }
    SECTION("a row derived under other targets")
    {
        REQUIRE(rawExec(path,
                        u"UPDATE day_summaries SET inputs = 'v1;Asia/Baku;idcard=5' "
                        u"WHERE day = '2026-11-25'"_s)
                == 0);
    }
    CHECK(report(path, derived) == first);
    CHECK(derived == 1);
    CHECK(kept(path, DAYS[1]) == first[1]); // written over
    CHECK(report(path, derived) == first);
    CHECK(derived == 0);
}

TEST_CASE("other targets derive the days again under the new inputs", "[store][summaries]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"novbe.db"_s);
    writeDays(path);
    int derived = -1;
    report(path, derived);
    REQUIRE(derived == 3);
    CentreConfig strict = storeTestConfig();
    strict.services[0].targetWaitMin = 1;
    CHECK(summaryInputs(strict) != summaryInputs(storeTestConfig()));
    auto store = std::move(Store::open(path)).value();
    ReportCache cache(*store);
    const std::vector<DaySummary> days = cache.summaries(strict, QDate(2026, 11, 24),
                                                         QDate(2026, 11, 26), TODAY, QDateTime());
    CHECK(cache.derivedFromJournal() == 3);
    CHECK(days[0] == fromJournal(path, DAYS[0], strict));
}

TEST_CASE("the stored form of a summary reads back, and a damaged one does not",
          "[store][summaries]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"novbe.db"_s);
    writeDays(path);
    const DaySummary summary = fromJournal(path, DAYS[0]);
    const QByteArray body = encodeDaySummary(summary);
    CHECK(decodeDaySummary(body) == summary);
    CHECK_FALSE(decodeDaySummary(body.first(body.size() - 1)).has_value());
    CHECK_FALSE(decodeDaySummary(body + '\0').has_value());
    CHECK_FALSE(decodeDaySummary(QByteArray()).has_value());
    for (qsizetype at : {qsizetype(0), qsizetype(40), body.size() - 1}) {
        QByteArray damaged = body;
        damaged[at] = char(damaged[at] ^ 0x10);
        CHECK_FALSE(decodeDaySummary(damaged).has_value());
    }
}
