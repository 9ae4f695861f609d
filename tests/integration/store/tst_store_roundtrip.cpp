// Create -> write batches -> reopen -> the same state; the gap-free journal;
// journal reads; online backup.

#include "storetestsupport.h"

#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QString DAY = u"2026-11-28"_s;
const QString NEXT_DAY = u"2026-11-29"_s;

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = Store::open(path);
    INFO((store ? std::string() : store.error().message.toStdString()));
    REQUIRE(store.ok());
    return std::move(store).value();
}

// Writes `outcomes` in batches of `batchSize` outcomes each.
void writeAll(Store &store, const std::vector<Outcome> &outcomes, size_t batchSize)
{
    const CentreConfig config = storeTestConfig();
    for (size_t i = 0; i < outcomes.size(); i += batchSize) {
        std::vector<const Outcome *> batch;
        for (size_t j = i; j < std::min(outcomes.size(), i + batchSize); ++j)
            batch.push_back(&outcomes[j]);
        const Status written = store.writeBatch(batch, config);
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written.ok());
    }
}

std::vector<qint64> journalSeqs(const Store &store)
{
    std::vector<qint64> seqs;
    for (const DomainEvent &e : store.eventsAfter(0))
        seqs.push_back(e.seq);
    return seqs;
}

} // namespace

TEST_CASE("a new store is empty and at the current schema", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    auto store = openStore(path);
    CHECK(store->lastSeq() == 0);
    CHECK(store->oldestSeq() == 0);
    CHECK(store->lastServiceDay().isEmpty());
    const auto state = store->loadState(DAY);
    REQUIRE(state.ok());
    CHECK(state->tickets.empty());
    CHECK(state->lastSeq == 0);
    CHECK(rawQuery(path, u"PRAGMA user_version"_s) == QString::number(Store::SCHEMA_VERSION));
    CHECK(rawQuery(path, u"PRAGMA journal_mode"_s) == u"wal"_s);
    CHECK(rawQuery(path, u"SELECT value FROM meta WHERE key = 'schema_version'"_s)
          == QString::number(Store::SCHEMA_VERSION));
    CHECK(!rawQuery(path, u"SELECT value FROM meta WHERE key = 'created_at'"_s).isEmpty());
}

TEST_CASE("what was written is what a reopened store loads", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    SampleJournal journal(DAY, 0);
    std::vector<Outcome> outcomes = journal.day(30);
    SampleJournal tomorrow(NEXT_DAY, journal.lastSeq());
    std::vector<Outcome> next = tomorrow.day(5);
    {
        auto store = openStore(path);
        writeAll(*store, outcomes, 7);
        writeAll(*store, next, 3);
    }
    outcomes.insert(outcomes.end(), next.begin(), next.end());
    const FoldedState expected = fold(outcomes);
    auto store = openStore(path);
    for (const QString &day : {DAY, NEXT_DAY}) {
        const auto state = store->loadState(day);
        REQUIRE(state.ok());
        requireStateMatches(*state, expected, day);
    }
    SECTION("appointments not yet ended, any state")
    {
        const auto state = store->loadState(DAY);
        QStringList loaded;
        for (const Appointment &a : state->appointments) {
            loaded << a.id;
            CHECK(diff(a, expected.appointments.value(a.id)) == QString());
        }
        QStringList wanted;
        const QDateTime horizon =
            QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC).addSecs(-14 * 3600);
        for (const Appointment &a : expected.appointments)
            if (a.end >= horizon)
                wanted << a.id;
        CHECK(loaded.size() == wanted.size());
        CHECK(wanted.size() < expected.appointments.size()); // one ended yesterday
        loaded.sort();
        wanted.sort();
        CHECK(loaded == wanted);
    }
    SECTION("findTicket finds any day's ended ticket (live ones are the core's)")
    {
        int ended = 0;
        for (const Ticket &t : expected.tickets) {
            const auto found = store->findTicket(t.id);
            REQUIRE(found.has_value() == isTerminal(t.state));
            if (found) {
                ++ended;
                CHECK(diff(*found, t) == QString());
            }
        }
        CHECK(ended > 0);
        CHECK(!store->findTicket(u"t_missing"_s).has_value());
    }
    SECTION("feedback and devices")
    {
        const std::vector<Feedback> feedback = store->dayFeedback(DAY);
        REQUIRE(!feedback.empty());
        for (const Feedback &f : feedback)
            CHECK(diff(f, expected.feedback.value(f.ticket)) == QString());
        const std::vector<DeviceRecord> devices = store->devices();
        REQUIRE(devices.size() == 1);
        CHECK(devices[0].id == u"kiosk-1"_s);
        CHECK(devices[0].online);
        CHECK(devices[0].printerState == u"paperLow"_s);
        CHECK(devices[0].lastSeen.isValid());
    }
}

TEST_CASE("seq is gap-free and continues across reopen", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    SampleJournal journal(DAY, 0);
    const std::vector<Outcome> first = journal.day(12);
    {
        auto store = openStore(path);
        writeAll(*store, first, 4);
        CHECK(store->lastSeq() == journal.lastSeq());
    }
    auto store = openStore(path);
    REQUIRE(store->lastSeq() == journal.lastSeq());
    REQUIRE(store->loadState(DAY)->lastSeq == journal.lastSeq());
    SampleJournal more(DAY, store->lastSeq());
    const Outcome next = more.issue(u"passport"_s);
    REQUIRE(store->writeBatch({&next}, storeTestConfig()).ok());
    const std::vector<qint64> seqs = journalSeqs(*store);
    REQUIRE(!seqs.empty());
    CHECK(store->oldestSeq() == 1);
    for (size_t i = 0; i < seqs.size(); ++i)
        CHECK(seqs[i] == qint64(i + 1));
    CHECK(store->lastSeq() == more.lastSeq());

    SECTION("a batch that does not continue the journal is refused whole")
    {
        SampleJournal gap(DAY, store->lastSeq() + 1); // skips one seq
        const Outcome skipped = gap.issue(u"idcard"_s);
        SampleJournal reused(DAY, store->lastSeq() - 1); // reuses the last seq
        const Outcome repeated = reused.issue(u"idcard"_s);
        SampleJournal good(DAY, store->lastSeq());
        const Outcome fine = good.issue(u"passport"_s, u"first of the batch"_s);
        for (const Outcome *bad : {&skipped, &repeated}) {
            const Status status = store->writeBatch({&fine, bad}, storeTestConfig());
            REQUIRE(!status.ok());
            CHECK(status.error().code == ErrorCode::StorageUnavailable);
            CHECK(status.error().message.contains(u"seq"_s));
            CHECK(store->lastSeq() == more.lastSeq());
            // Keep the result alive: `->tickets` of a temporary would dangle.
            const auto state = store->loadState(DAY);
            REQUIRE(state.ok());
            for (const Ticket &t : state->tickets)
                CHECK(t.id != fine.ticket->id);
        }
    }
}

TEST_CASE("journal reads return the events as written", "[store]")
{
    QTemporaryDir dir;
    const CentreConfig config = storeTestConfig();
    SampleJournal journal(DAY, 0);
    const std::vector<Outcome> outcomes = journal.day(10);
    auto store = openStore(dir.filePath(u"centre.db"_s));
    writeAll(*store, outcomes, 5);
    std::vector<DomainEvent> written;
    for (const Outcome &out : outcomes)
        written.insert(written.end(), out.events.begin(), out.events.end());

    const std::vector<DomainEvent> stored = store->eventsAfter(0);
    REQUIRE(stored.size() == written.size());
    for (size_t i = 0; i < stored.size(); ++i) {
        CHECK(stored[i].seq == written[i].seq);
        CHECK(encode(eventView(stored[i], config)) == encode(eventView(written[i], config)));
    }
    CHECK(store->eventsAfter(5, 3).size() == 3);
    CHECK(store->eventsAfter(5, 3).front().seq == 6);
    CHECK(store->eventsAfter(journal.lastSeq()).empty());
    // Every event of the sample happens on DAY; dayEvents parses each back.
    const std::vector<DomainEvent> today = store->dayEvents(DAY);
    REQUIRE(today.size() == written.size());
    CHECK(store->dayEvents(NEXT_DAY).empty());
    for (const DomainEvent &e : today) {
        const auto &source = written[size_t(e.seq - 1)];
        CHECK(e.type == source.type);
        CHECK(e.at == source.at);
        CHECK(e.ticket.has_value() == source.ticket.has_value());
    }
    CHECK(store->lastServiceDay() == DAY);
}

TEST_CASE("alert events come back from the journal with every field", "[store][alerts]")
{
    QTemporaryDir dir;
    SampleJournal journal(DAY, 0);
    std::vector<Outcome> outcomes = journal.day(3);
    outcomes.push_back(journal.alerts());
    auto store = openStore(dir.filePath(u"centre.db"_s));
    writeAll(*store, outcomes, 2);
    const std::vector<DomainEvent> &written = outcomes.back().events;
    const std::vector<DomainEvent> stored = store->eventsAfter(written.front().seq - 1);
    REQUIRE(stored.size() == 3);
    for (size_t i = 0; i < stored.size(); ++i) {
        CHECK(stored[i].type == written[i].type);
        REQUIRE(stored[i].alert.has_value());
        CHECK(*stored[i].alert == *written[i].alert);
    }
    CHECK(stored[1].alert->ackedBy == u"dashboard-1"_s);
    CHECK(stored[2].alert->clearedAt.isValid());
    CHECK(stored[0].alert->value == -1); // negative values survive (zigzag)
}

TEST_CASE("an online backup opens and holds the same journal", "[store]")
{
    QTemporaryDir dir;
    SampleJournal journal(DAY, 0);
    const std::vector<Outcome> outcomes = journal.day(15);
    auto store = openStore(dir.filePath(u"centre.db"_s));
    writeAll(*store, outcomes, 6);
    const QString backupPath = dir.filePath(u"backup.db"_s);
    const Status backedUp = store->backup(backupPath);
    INFO((backedUp ? std::string() : backedUp.error().message.toStdString()));
    REQUIRE(backedUp.ok());
    CHECK(!store->backup(backupPath).ok()); // never overwrites

    SampleJournal later(DAY, store->lastSeq()); // the live store keeps writing
    const Outcome after = later.issue(u"passport"_s);
    REQUIRE(store->writeBatch({&after}, storeTestConfig()).ok());

    auto copy = openStore(backupPath);
    const std::vector<DomainEvent> original = store->eventsAfter(0);
    const std::vector<DomainEvent> restored = copy->eventsAfter(0);
    REQUIRE(restored.size() + 2 == original.size());
    for (size_t i = 0; i < restored.size(); ++i) {
        CHECK(restored[i].seq == original[i].seq);
        CHECK(encode(eventView(restored[i], storeTestConfig()))
              == encode(eventView(original[i], storeTestConfig())));
    }
    requireStateMatches(*copy->loadState(DAY), fold(outcomes), DAY);
}

TEST_CASE("a booking's language comes back from the table and from the journal", "[store]")
{
    QTemporaryDir dir;
    SampleJournal journal(DAY, 0);
    std::vector<Outcome> outcomes = journal.day(2);
    Outcome ru = journal.book(60);
    ru.events.front().appointment->lang = u"ru"_s;
    ru.appointments.front().lang = u"ru"_s;
    const Outcome az = journal.book(90); // the default is not written to the journal
    outcomes.push_back(ru);
    outcomes.push_back(az);
    const QString path = dir.filePath(u"centre.db"_s);
    {
        auto store = openStore(path);
        writeAll(*store, outcomes, 3);
    }
    auto store = openStore(path);
    const std::vector<DomainEvent> events = store->eventsAfter(ru.events.front().seq - 1);
    REQUIRE(events.size() == 2);
    REQUIRE(events[0].appointment.has_value());
    CHECK(events[0].appointment->lang == u"ru"_s);
    CHECK(events[1].appointment->lang == u"az"_s);
    const auto state = store->loadState(DAY);
    REQUIRE(state.ok());
    QHash<QString, QString> langs;
    for (const Appointment &a : state->appointments)
        langs.insert(a.id, a.lang);
    CHECK(langs.value(ru.appointments.front().id) == u"ru"_s);
    CHECK(langs.value(az.appointments.front().id) == u"az"_s);
}
