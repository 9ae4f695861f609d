// Kill test: the real novbe-engine on a temp database, driven by kiosk and
// counter clients over TCP, SIGKILLed at a random moment, 24 rounds. After
// each kill the database must hold every acknowledged change, seq must be
// gap-free and never go back, and ticket numbers must never be reused.
// Seed: NOVBE_KILL_SEED (printed; random when unset).

#include "engineprocess.h"
#include "samplecentre.h"
#include "storetestsupport.h"
#include "testclient.h"
#include "waiting.h"

#include "core/configloader.h"
#include "core/kpi.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

constexpr int ROUNDS = 24;
const QString DAY = u"2026-11-30"_s;
const QDateTime CLOCK_BASE = QDateTime(QDate(2026, 11, 30), QTime(6, 0), Qt::UTC); // 10:00 Baku

int rank(TicketState state)
{
    switch (state) {
        case TicketState::Waiting: return 0;
        case TicketState::Called: return 1;
        case TicketState::Serving: return 2;
        default: return 3;
    }
}

struct AckedTicket
{
    QString service;
    QString number;
    int rank = 0;
};

// Everything the engine acknowledged, across all rounds.
struct Ledger
{
    QHash<QString, AckedTicket> tickets;
    int acks = 0;

    void ack(const QJsonObject &ticket)
    {
        const auto state = ticketStateFromName(ticket.value(u"state"_s).toString());
        CHECK(state.has_value());
        if (!state)
            return;
        AckedTicket &acked = tickets[ticket.value(u"id"_s).toString()];
        acked.service = ticket.value(u"service"_s).toString();
        acked.number = ticket.value(u"number"_s).toString();
        acked.rank = std::max(acked.rank, rank(*state));
        ++acks;
    }
};

// Two kiosks issuing and two counters calling, serving and finishing.
class Traffic
{
public:
    Traffic(quint16 port, Ledger &ledger, quint32 seed) : m_ledger(ledger), m_random(seed)
    {
        kioskClient(port, u"kiosk-1"_s, u"passport"_s);
        kioskClient(port, u"kiosk-2"_s, u"idCard"_s);
        deskClient(port, u"desk-01"_s, u"op01"_s, u"c01"_s);
        deskClient(port, u"desk-02"_s, u"op02"_s, u"c02"_s);
    }

    // Error answers and socket errors (the engine closing connections aside).
    QStringList errors() const
    {
        QStringList all = m_errors;
        for (const auto &client : m_clients)
            all += client->socketErrors();
        return all;
    }

private:
    using Then = std::function<void(const QJsonObject &result)>;

    // Sends a request; `then` gets the result of a successful answer. An
    // answer that never comes (the engine was killed) never calls back: that
    // change was not acknowledged.
    void call(TestClient *c, const QString &method, const QJsonObject &params, Then then)
    {
        c->callAsync(method, params, [this, then](const QJsonObject &response) {
            if (!isOk(response)) {
                m_errors << describe(response);
                return;
            }
            then(resultOf(response));
        });
    }

    // A new connection as `device`; `ready` runs after a successful session.hello.
    TestClient *newClient(quint16 port, const QString &device,
                          const std::function<void(TestClient *)> &ready)
    {
        m_clients.push_back(std::make_unique<TestClient>());
        TestClient *c = m_clients.back().get();
        if (!c->connectTo(port)) {
            m_errors << u"cannot connect as "_s + device;
            return c;
        }
        const QJsonObject hello{
            {u"protocol"_s, 1}, {u"device"_s, device}, {u"token"_s, demoToken(device)}};
        call(c, u"session.hello"_s, hello, [c, ready](const QJsonObject &) { ready(c); });
        return c;
    }

    void later(int ms, std::function<void()> action)
    {
        QTimer::singleShot(ms, &m_timers, std::move(action));
    }

    void kioskClient(quint16 port, const QString &device, const QString &service)
    {
        newClient(port, device, [this, service](TestClient *c) { issue(c, service); });
    }

    void issue(TestClient *c, const QString &service)
    {
        call(c, u"ticket.issue"_s, {{u"service"_s, service}},
             [this, c, service](const QJsonObject &result) {
                 m_ledger.ack(result.value(u"ticket"_s).toObject());
                 later(5 + int(m_random.bounded(20)), [this, c, service] { issue(c, service); });
             });
    }

    void deskClient(quint16 port, const QString &device, const QString &op, const QString &counter)
    {
        newClient(port, device, [this, op, counter](TestClient *c) {
            call(c, u"operator.login"_s, {{u"operator"_s, op}, {u"pin"_s, demoPin(op)}},
                 [this, c, counter](const QJsonObject &) { open(c, counter); });
        });
    }

    void open(TestClient *c, const QString &counter)
    {
        call(c, u"counter.open"_s, {{u"counter"_s, counter}}, [this, c](const QJsonObject &result) {
            const QString state =
                result.value(u"counter"_s).toObject().value(u"state"_s).toString();
            act(c,
                state == u"calling"_s       ? u"counter.start"_s
                    : state == u"serving"_s ? u"counter.finish"_s
                                            : u"counter.callNext"_s);
        });
    }

    void act(TestClient *c, const QString &method)
    {
        call(c, method, {}, [this, c](const QJsonObject &result) {
            const QJsonObject ticket = result.value(u"ticket"_s).toObject();
            if (ticket.isEmpty()) { // nobody waits yet
                later(10, [this, c] { act(c, u"counter.callNext"_s); });
                return;
            }
            m_ledger.ack(ticket);
            const QString state = ticket.value(u"state"_s).toString();
            act(c,
                state == u"called"_s        ? u"counter.start"_s
                    : state == u"serving"_s ? u"counter.finish"_s
                                            : u"counter.callNext"_s);
        });
    }

    Ledger &m_ledger;
    QRandomGenerator m_random;
    QObject m_timers; // context of pending timers: they die with the traffic
    std::vector<std::unique_ptr<TestClient>> m_clients;
    QStringList m_errors;
};

// The database after a kill: acknowledged changes present, seq gap-free and
// not going back, numbers strictly increasing per service (no reuse).
void verifyDatabase(const QString &dbPath, const Ledger &ledger, qint64 &lastSeq)
{
    auto opened = Store::open(dbPath);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    const Store &store = *opened.value();
    const qint64 seq = store.lastSeq();
    CHECK(seq >= lastSeq);
    lastSeq = seq;
    const std::vector<DomainEvent> events = store.eventsAfter(0, 10000000);
    REQUIRE(events.size() == size_t(seq));
    for (size_t i = 0; i < events.size(); ++i)
        REQUIRE(events[i].seq == qint64(i + 1));
    const Result<RestoredState> state = store.loadState(DAY);
    REQUIRE(state.ok());
    QHash<QString, const Ticket *> today;
    for (const Ticket &t : state->tickets)
        today.insert(t.id, &t);
    for (auto it = ledger.tickets.constBegin(); it != ledger.tickets.constEnd(); ++it) {
        INFO("acknowledged ticket " << it.key().toStdString());
        const Ticket *stored = today.value(it.key());
        REQUIRE(stored);
        CHECK(stored->number == it->number);
        CHECK(rank(stored->state) >= it->rank);
        if (isTerminal(stored->state))
            CHECK(store.findTicket(it.key()).has_value());
    }
    QHash<QString, int> lastNumber;
    for (const Ticket &t : state->tickets) {
        INFO("ticket " << t.number.toStdString() << " of " << t.service.toStdString());
        CHECK(t.numberValue > lastNumber.value(t.service));
        lastNumber[t.service] = t.numberValue;
    }
}

void checkJournalKpis(const QString &dbPath)
{
    QFile file(sampleConfigPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<CentreConfig> config = parseCentreConfig(file.readAll());
    REQUIRE(config.ok());
    auto store = std::move(Store::open(dbPath)).value();
    const auto state = store->loadState(DAY);
    CHECK(kpisFromEvents(*config, store->dayEvents(DAY))
          == kpisFromTickets(*config, state->tickets, store->dayFeedback(DAY)));
}

} // namespace

TEST_CASE("SIGKILLed engine loses no acknowledged change", "[store][kill]")
{
    const QByteArray seedText = qgetenv("NOVBE_KILL_SEED");
    const quint32 seed = seedText.isEmpty() ? QRandomGenerator::system()->generate()
                                            : seedText.toUInt();
    std::cout << "kill test seed: NOVBE_KILL_SEED=" << seed << std::endl;
    INFO("NOVBE_KILL_SEED=" << seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("NOVBE_KILL_KEEP_DIR"));
    INFO("database in " << dir.path().toStdString());
    Ledger ledger;
    qint64 lastSeq = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 1; round <= ROUNDS; ++round) {
        INFO("round " << round);
        EngineProcessOptions options;
        options.clockStart = CLOCK_BASE.addMSecs(elapsed.elapsed());
        options.dataDir = dir.path(); // centre.db and engine.log outlive each round's engine
        EngineProcess engine(sampleConfigPath(), options);
        if (!engine.start())
            FAIL("the engine did not start after the kill:\n" << engine.output().toStdString());
        const int acksBefore = ledger.acks;
        {
            Traffic traffic(engine.port(), ledger, random.generate());
            // The kill lands at a random moment once traffic flows.
            REQUIRE(waitUntil([&] { return ledger.acks > acksBefore; }, 10000));
            QEventLoop loop;
            QTimer::singleShot(int(random.bounded(400)), &loop, [&] {
                engine.kill();
                loop.quit();
            });
            loop.exec();
            INFO(traffic.errors().join(u'\n').toStdString());
            CHECK(traffic.errors().isEmpty());
        }
        verifyDatabase(dir.filePath(u"centre.db"_s), ledger, lastSeq);
    }
    CHECK(ledger.tickets.size() > 100);
    checkJournalKpis(dir.filePath(u"centre.db"_s));
    CHECK(elapsed.elapsed() < 60000);
}
