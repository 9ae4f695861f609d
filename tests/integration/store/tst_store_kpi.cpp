// A full service day driven through the real QueueEngine and group-committed
// to a real store: the KPIs recomputed from the journal alone equal the KPIs
// of the live tables, and a restart mid-day restores the same queues,
// numbers and seq.

#include "storetestsupport.h"

#include "core/kpi.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QString DAY = u"2026-11-28"_s;

// Drives the engine with seeded random operations; commits in batches.
class DayDriver
{
public:
    DayDriver(QueueEngine &engine, Store &store, quint32 seed)
        : m_engine(engine), m_store(store), m_random(seed)
    {
        m_now = QDateTime(QDate::fromString(DAY, Qt::ISODate), QTime(8, 55), QTimeZone("Asia/Baku"))
                    .toUTC();
    }

    void run(int steps)
    {
        for (const CounterConfig &c : m_engine.query().config().counters)
            apply(m_engine.desks().openCounter(c.id, u"op-"_s + c.id, u"Op "_s + c.id, m_now));
        for (int i = 0; i < steps; ++i) {
            m_now = m_now.addSecs(5 + m_random.bounded(40));
            step();
            if (m_random.bounded(3) == 0)
                flush();
        }
        flush();
    }

    void apply(Result<Outcome> result)
    {
        if (result.ok() && !result->empty())
            m_pending.push_back(std::move(result).value());
    }

    void flush()
    {
        const Status written = m_store.writeBatch(pointers(m_pending), m_engine.query().config());
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written.ok());
        m_engine.commit();
        m_pending.clear();
    }

    QDateTime now() const { return m_now; }

private:
    void step()
    {
        const int roll = int(m_random.bounded(100));
        if (roll < 35) {
            IssueRequest request;
            request.service = roll % 3 ? u"passport"_s : u"idcard"_s;
            request.category = roll % 7 == 0 ? u"priority"_s : u"standard"_s;
            request.device = u"kiosk-1"_s;
            apply(m_engine.flow().issue(request, m_now));
            return;
        }
        const auto &counters = m_engine.query().config().counters;
        const QString counter = counters[m_random.bounded(int(counters.size()))].id;
        const auto status = m_engine.query().counter(counter);
        if (!status)
            return;
        switch (status->state) {
            case CounterState::Idle: apply(m_engine.desks().callNext(counter, m_now)); break;
            case CounterState::Calling: called(counter, roll); break;
            case CounterState::Serving: serving(counter, roll); break;
            default: break;
        }
    }

    void called(const QString &counter, int roll)
    {
        if (roll < 45)
            apply(m_engine.desks().recall(counter, m_now));
        else if (roll < 52)
            apply(m_engine.desks().noShow(counter, m_now));
        else
            apply(m_engine.desks().start(counter, m_now));
    }

    void serving(const QString &counter, int roll)
    {
        const QString ticket = m_engine.query().counter(counter)->ticket;
        if (roll < 40) {
            apply(m_engine.desks().transfer(counter, u"idcard"_s, Placement::First, u"docs"_s,
                                            m_now));
        } else if (roll < 44) {
            apply(m_engine.desks().park(counter, m_now));
        } else {
            apply(m_engine.desks().finish(counter, u"issued"_s, m_now));
            if (roll % 2)
                apply(m_engine.reports().submitFeedback(ticket, 1 + roll % 5, u"ok"_s, m_now));
        }
    }

    QueueEngine &m_engine;
    Store &m_store;
    QRandomGenerator m_random;
    QDateTime m_now;
    std::vector<Outcome> m_pending;
};

Kpis liveKpis(const Store &store, const CentreConfig &config, const QString &day)
{
    const auto state = store.loadState(day);
    REQUIRE(state.ok());
    return kpisFromTickets(config, state->tickets, store.dayFeedback(day));
}

} // namespace

TEST_CASE("a day replayed from the journal gives the live tables' KPIs", "[store][kpi]")
{
    const quint32 seed = GENERATE(1u, 7u, 2026u);
    INFO("seed " << seed);
    QTemporaryDir dir;
    const CentreConfig config = storeTestConfig();
    auto store = std::move(Store::open(dir.filePath(u"centre.db"_s))).value();
    QueueEngine engine(config, seed);
    engine.restore(*store->loadState(DAY));
    DayDriver driver(engine, *store, seed);
    driver.run(400);

    const Kpis live = liveKpis(*store, config, DAY);
    CHECK(live.services.at(0).issued > 20);
    CHECK(live.services.at(0).served > 5);
    CHECK(live.feedbackCount > 0);
    CHECK(kpisFromEvents(config, store->dayEvents(DAY)) == live);
    CHECK(kpisFromTickets(config, engine.query().tickets(), store->dayFeedback(DAY)) == live);

    SECTION("after the rollover the closed day still replays to the same KPIs")
    {
        driver.apply(engine.flow().rollover(driver.now().addSecs(24 * 3600)));
        driver.flush();
        const Kpis closed = liveKpis(*store, config, DAY);
        CHECK(closed.services.at(0).waiting == 0);
        CHECK(kpisFromEvents(config, store->dayEvents(DAY)) == closed);
    }
}

TEST_CASE("a restart mid-day restores the same queues, numbers and seq", "[store][kpi]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"centre.db"_s);
    const CentreConfig config = storeTestConfig();
    QueueEngine engine(config, 11);
    std::vector<Ticket> before;
    QDateTime now;
    {
        auto store = std::move(Store::open(path)).value();
        engine.restore(*store->loadState(DAY));
        DayDriver driver(engine, *store, 11);
        driver.run(150);
        before = engine.query().tickets().copy();
        now = driver.now();
    }
    auto store = std::move(Store::open(path)).value();
    QueueEngine restarted(config, 12);
    restarted.restore(*store->loadState(DAY));
    CHECK(restarted.query().lastSeq() == engine.query().lastSeq());
    const std::vector<Ticket> after = restarted.query().tickets().copy();
    REQUIRE(after.size() == before.size());
    for (size_t i = 0; i < after.size(); ++i)
        CHECK(diff(after[i], before[i]) == QString());
    for (const QString &service : {u"passport"_s, u"idcard"_s}) {
        const ServiceQueue a = engine.query().queue(service, now);
        const ServiceQueue b = restarted.query().queue(service, now);
        REQUIRE(a.waiting.size() == b.waiting.size());
        for (size_t i = 0; i < a.waiting.size(); ++i)
            CHECK(a.waiting[i]->id == b.waiting[i]->id);
        IssueRequest request;
        request.service = service;
        const auto x = engine.flow().issue(request, now);
        const auto y = restarted.flow().issue(request, now);
        REQUIRE(x.ok());
        REQUIRE(y.ok());
        CHECK(x->ticket->number == y->ticket->number);
        CHECK(x->events.front().seq == y->events.front().seq);
    }
}
