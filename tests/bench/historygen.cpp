#include "historygen.h"

#include "waiter.h"

#include "core/configloader.h"
#include "core/queueengine.h"
#include "store/store.h"

#include <QFile>
#include <QTimeZone>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr int OUTCOMES_PER_BATCH = 4000;
constexpr qint64 MINUTE_MS = 60 * 1000;

// Drives the real core through past days and writes what it decides through
// the real store, in large batches: the database is what the engine writes.
class HistoryWriter
{
public:
    HistoryWriter(CentreConfig config, Store &store, const HistorySpec &spec)
        : m_core(config, 7), m_config(std::move(config)), m_store(store), m_spec(spec)
    {
        for (const CounterConfig &c : m_config.counters)
            m_counters.push_back(c.id);
    }

    bool writeDay(const QDate &date, const QTimeZone &zone, int count, qint64 &tickets)
    {
        const QDateTime opening(date, QTime(9, 0), zone);
        for (const QString &counter : m_counters) {
            if (!keep(m_core.desks().openCounter(counter, u"bop"_s + counter,
                                                 u"Operator "_s + counter,
                                                 opening.addSecs(-60).toUTC())))
                return false;
        }
        const qint64 step = 9 * 60 * MINUTE_MS / std::max(count, 1);
        for (int j = 0; j < count; ++j, ++tickets) {
            const QDateTime issued = opening.addMSecs(j * step).toUTC();
            if (!serveOne(j, issued))
                return false;
        }
        return flush();
    }

    bool flush()
    {
        if (m_batch.empty())
            return true;
        std::vector<const Outcome *> batch;
        for (const Outcome &o : m_batch)
            batch.push_back(&o);
        const Status written = m_store.writeBatch(batch, m_config);
        if (!written) {
            m_error = written.error().message;
            return false;
        }
        m_core.commit();
        m_events += countEvents();
        m_batch.clear();
        return true;
    }

    qint64 events() const { return m_events; }
    QString error() const { return m_error; }

private:
    // One citizen: issued with a kiosk's request id, called 12 minutes later,
    // served for 9 minutes (the 9 events the engine journals for a ticket).
    bool serveOne(int j, const QDateTime &issued)
    {
        IssueRequest r;
        r.service = m_spec.services[j % m_spec.services.size()];
        r.device = u"bench-kiosk-000%1"_s.arg(1 + j % 3);
        r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString counter = m_counters[size_t(j) % m_counters.size()];
        const QDateTime called = issued.addMSecs(12 * MINUTE_MS);
        return keep(m_core.flow().issue(r, issued))
            && keep(m_core.desks().callTicket(counter, m_lastTicket, called))
            && keep(m_core.desks().start(counter, called.addMSecs(25000)))
            && keep(m_core.desks().finish(counter, {}, issued.addMSecs(21 * MINUTE_MS)))
            && (m_batch.size() < OUTCOMES_PER_BATCH || flush());
    }

    bool keep(Result<Outcome> r)
    {
        if (!r) {
            m_error = r.error().message;
            return false;
        }
        if (r->ticket && r->ticket->state == TicketState::Waiting)
            m_lastTicket = r->ticket->id;
        if (!r->empty())
            m_batch.push_back(std::move(r).value());
        return true;
    }

    qint64 countEvents() const
    {
        qint64 n = 0;
        for (const Outcome &o : m_batch)
            n += qint64(o.events.size());
        return n;
    }

    QueueEngine m_core;
    CentreConfig m_config;
    Store &m_store;
    const HistorySpec &m_spec;
    std::vector<QString> m_counters;
    std::vector<Outcome> m_batch;
    QString m_lastTicket;
    qint64 m_events = 0;
    QString m_error;
};

} // namespace

HistoryResult generateHistory(const QString &dbPath, const QString &configPath,
                              const HistorySpec &spec)
{
    HistoryResult r;
    const qint64 started = nowNs();
    QFile file(configPath);
    Result<CentreConfig> config = file.open(QIODevice::ReadOnly)
        ? parseCentreConfig(file.readAll())
        : Result<CentreConfig>(makeError(ErrorCode::NotFound, configPath));
    auto store = Store::open(dbPath);
    if (!config || !store) {
        r.error = !config ? config.error().message : store.error().message;
        return r;
    }
    const QTimeZone zone(spec.timezone.toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    r.days = int((spec.tickets + spec.ticketsPerDay - 1) / spec.ticketsPerDay);
    HistoryWriter writer(std::move(config).value(), *store.value(), spec);
    qint64 index = 0;
    for (int d = r.days; d >= 1 && r.error.isEmpty(); --d) {
        const int count = int(std::min<qint64>(spec.ticketsPerDay, spec.tickets - index));
        if (!writer.writeDay(today.addDays(-d), zone, count, index))
            r.error = writer.error();
    }
    r.tickets = index;
    r.events = writer.events();
    r.seconds = double(nowNs() - started) / 1e9;
    return r;
}

} // namespace novbe::bench
