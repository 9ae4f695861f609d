#include "replay.h"

#include "store/store.h"

#include <QFile>
#include <QTimeZone>

#include <algorithm>

namespace novbe::sim {

namespace {

// What the journal says happened to one ticket.
struct Seen
{
    int service = -1;
    int category = 0;
    bool appointment = false;
    qint64 issuedMs = 0;
    qint64 slotMs = 0;
    qint64 startMs = -1;
    bool transferred = false;
    Plan plan;
};

// Counters' open and paused stretches.
struct Staffing
{
    std::vector<qint64> openSince;  // -1: closed
    std::vector<qint64> pauseSince; // -1: not paused
    std::vector<Shift> shifts;
    std::vector<Break> breaks;
};

class Reader
{
public:
    Reader(const CentreConfig &config, const QDateTime &midnight)
        : m_config(config), m_midnight(midnight)
    {
        m_staff.openSince.assign(config.counters.size(), -1);
        m_staff.pauseSince.assign(config.counters.size(), -1);
    }

    void read(const DomainEvent &e)
    {
        m_lastMs = m_midnight.msecsTo(e.at);
        if (e.counter && e.type == EventType::CounterChanged)
            counter(*e.counter);
        if (e.ticket)
            ticket(e.type, *e.ticket);
    }

    DayInput finish(const StaffingPlan *plan);

private:
    int serviceOf(const QString &id) const
    {
        for (size_t i = 0; i < m_config.services.size(); ++i) {
            if (m_config.services[i].id == id)
                return int(i);
        }
        return -1;
    }

    int categoryOf(const QString &id) const
    {
        for (size_t i = 0; i < m_config.categories.size(); ++i) {
            if (m_config.categories[i].id == id)
                return int(i);
        }
        return 0;
    }

    void counter(const CounterStatus &c);
    void ticket(EventType type, const Ticket &t);

    const CentreConfig &m_config;
    QDateTime m_midnight;
    qint64 m_lastMs = 0;
    Staffing m_staff;
    std::vector<QString> m_order; // ticket ids by issue
    QHash<QString, Seen> m_seen;
};

void Reader::counter(const CounterStatus &c)
{
    int n = -1;
    for (size_t i = 0; i < m_config.counters.size(); ++i)
        n = m_config.counters[i].id == c.id ? int(i) : n;
    if (n < 0)
        return;
    qint64 &open = m_staff.openSince[size_t(n)];
    qint64 &pause = m_staff.pauseSince[size_t(n)];
    if (pause >= 0 && c.state != CounterState::Paused) {
        m_staff.breaks.push_back(Break{n, pause, m_lastMs});
        pause = -1;
    }
    if (c.state == CounterState::Paused && pause < 0)
        pause = m_lastMs;
    if (c.state == CounterState::Closed && open >= 0) {
        m_staff.shifts.push_back(Shift{n, open, m_lastMs, false});
        open = -1;
    } else if (c.state != CounterState::Closed && open < 0) {
        open = m_lastMs;
    }
}

void Reader::ticket(EventType type, const Ticket &t)
{
    if (type == EventType::TicketIssued && !m_seen.contains(t.id)) {
        Seen s;
        s.service = serviceOf(t.service);
        s.category = categoryOf(t.category);
        s.appointment = !t.appointment.isEmpty();
        s.issuedMs = m_midnight.msecsTo(t.issuedAt);
        s.slotMs = s.appointment ? m_midnight.msecsTo(t.slotStart) : 0;
        m_seen.insert(t.id, s);
        m_order.push_back(t.id);
        return;
    }
    auto it = m_seen.find(t.id);
    if (it == m_seen.end())
        return;
    Seen &s = *it;
    const qint64 took = s.startMs >= 0 ? std::max<qint64>(1000, m_lastMs - s.startMs) : 1000;
    switch (type) {
        case EventType::TicketServing: s.startMs = m_lastMs; break;
        case EventType::TicketFinished:
            (s.transferred ? s.plan.secondMs : s.plan.serviceMs) = took;
            break;
        case EventType::TicketNoShow:
        case EventType::TicketCancelled: s.plan.noShow = !s.transferred; break;
        case EventType::TicketTransferred:
            if (!s.transferred) {
                s.plan.serviceMs = took;
                s.plan.transferTo = serviceOf(t.service);
                s.transferred = true;
                s.startMs = -1;
            }
            break;
        default: break;
    }
}

DayInput Reader::finish(const StaffingPlan *plan)
{
    DayInput in;
    for (size_t n = 0; n < m_staff.openSince.size(); ++n) {
        if (m_staff.openSince[n] >= 0)
            m_staff.shifts.push_back(Shift{int(n), m_staff.openSince[n], m_lastMs, false});
    }
    std::vector<bool> replanned(m_config.counters.size(), false);
    if (plan) {
        for (size_t n = 0; n < replanned.size(); ++n)
            replanned[n] = plan->perGroup.count(counterGroup(m_config, int(n))) > 0;
        for (const Shift &s : shiftsFor(m_config, plan)) {
            if (replanned[size_t(s.counter)])
                in.shifts.push_back(s);
        }
    }
    for (const Shift &s : m_staff.shifts) {
        if (!replanned[size_t(s.counter)])
            in.shifts.push_back(s);
    }
    // A counter's last recorded stretch stays until its queues are empty.
    for (size_t i = 0; i < in.shifts.size(); ++i) {
        bool later = false;
        for (const Shift &o : in.shifts)
            later = later || (o.counter == in.shifts[i].counter && o.openMs > in.shifts[i].openMs);
        in.shifts[i].last = !later;
    }
    for (const Break &b : m_staff.breaks) {
        if (!replanned[size_t(b.counter)])
            in.breaks.push_back(b);
    }
    for (const QString &id : m_order) {
        const Seen &s = m_seen[id];
        if (s.service < 0)
            continue;
        if (s.appointment)
            in.bookings.push_back(Booking{s.service, s.slotMs, true, s.issuedMs, s.plan});
        else
            in.walkIns.push_back(WalkIn{s.issuedMs, s.service, s.category, s.plan});
    }
    return in;
}

} // namespace

Result<DayInput> readJournalDay(const QString &dbPath, const QString &day,
                                const CentreConfig &config, const StaffingPlan *plan)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorCode::InvalidParams, QStringLiteral("--date must be YYYY-MM-DD"));
    if (!QFile::exists(dbPath))
        return makeError(ErrorCode::NotFound, QStringLiteral("no journal at %1").arg(dbPath));
    StoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(dbPath, options);
    if (!store)
        return store.error();
    const std::vector<DomainEvent> events = store.value()->dayEvents(day);
    if (events.empty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the journal has no events on %1").arg(day));
    const QTimeZone tz(config.centre.timezone.toUtf8());
    Reader reader(config, QDateTime(date, QTime(0, 0), tz).toUTC());
    for (const DomainEvent &e : events)
        reader.read(e);
    return reader.finish(plan);
}

JournalWriter::JournalWriter(const CentreConfig &config, std::unique_ptr<Store> store)
    : m_config(config), m_store(std::move(store))
{
}

JournalWriter::~JournalWriter() = default;

Result<std::unique_ptr<JournalWriter>> JournalWriter::create(const QString &path,
                                                             const CentreConfig &config)
{
    if (QFile::exists(path))
        return makeError(ErrorCode::InvalidParams,
                         QStringLiteral("%1 exists; the journal must be a new file").arg(path));
    Result<std::unique_ptr<Store>> store = Store::open(path);
    if (!store)
        return store.error();
    return std::make_unique<JournalWriter>(config, std::move(store.value()));
}

void JournalWriter::add(const Outcome &outcome)
{
    if (outcome.empty())
        return;
    m_pending.push_back(outcome);
    if (m_pending.size() >= 1000)
        flush();
}

Status JournalWriter::flush()
{
    if (m_status && !m_pending.empty()) {
        std::vector<const Outcome *> batch;
        for (const Outcome &o : m_pending)
            batch.push_back(&o);
        m_status = m_store->writeBatch(batch, m_config);
    }
    m_pending.clear();
    return m_status;
}

} // namespace novbe::sim
