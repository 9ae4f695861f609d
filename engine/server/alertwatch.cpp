#include "alertwatch.h"

#include "alertboard.h"
#include "batcher.h"
#include "enginecontext.h"
#include "logging.h"
#include "sessionregistry.h"

#include "store/store.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

AlertWatch::AlertWatch(EngineContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    connect(&m_timer, &QTimer::timeout, this, &AlertWatch::check);
}

void AlertWatch::start(bool timer)
{
    m_startedAt = m_ctx.now();
    if (timer)
        m_timer.start(CHECK_MS);
}

// Runs the rules only when the answer changed (a passing check after a
// passing check changes nothing).
void AlertWatch::setStorageProblems(const QStringList &problems)
{
    if (problems == m_storageProblems)
        return;
    m_storageProblems = problems;
    check();
}

void AlertWatch::check()
{
    const QDateTime now = m_ctx.now();
    AlertTracker::Changes changes = m_ctx.alerts.tracker().update(
        alertConditions(facts(now), m_ctx.config().alerts), now);
    if (changes.empty())
        return;
    for (const AlertRecord &a : changes.cleared) {
        qCInfo(lcServer).noquote() << "alert cleared:" << a.code << a.subject;
        m_ctx.alerts.publish(a);
    }
    for (const AlertRecord &a : changes.raised) {
        qCWarning(lcServer).noquote() << "alert:" << a.code << a.message;
        m_ctx.alerts.publish(a);
    }
    m_ctx.batcher.addInternal(u"alerts"_s, [this, changes = std::move(changes), now] {
        return Result<Outcome>(
            m_ctx.core.reports().alertsChanged(changes.raised, changes.cleared, now));
    });
}

AlertFacts AlertWatch::facts(const QDateTime &now) const
{
    AlertFacts f;
    f.now = now;
    f.storageProblems = m_storageProblems;
    addServices(f);
    addCounters(f);
    addDevices(f);
    return f;
}

namespace {

// Tickets issued today by their service at issue.
QHash<QString, int> issuedToday(const QueueQueries &q)
{
    QHash<QString, int> issued;
    for (const Ticket &t : q.tickets())
        ++issued[t.originalService.isEmpty() ? t.service : t.originalService];
    return issued;
}

int openCountersFor(const QueueQueries &q, const QString &service)
{
    int open = 0;
    for (const CounterStatus &c : q.counters())
        open += c.state != CounterState::Closed && q.config().weight(c.id, service) > 0 ? 1 : 0;
    return open;
}

} // namespace

void AlertWatch::addServices(AlertFacts &f) const
{
    const QueueQueries &q = m_ctx.core.query();
    const QTimeZone zone(q.config().centre.timezone.toUtf8());
    const QDate today = f.now.toTimeZone(zone).date();
    const QHash<QString, int> issued = issuedToday(q);
    for (const ServiceConfig &s : q.config().services) {
        const ServiceQueue queue = q.queue(s.id, f.now);
        AlertFacts::Service fs{s.id, int(queue.waiting.size()), queue.longestWaitSec,
                               s.targetWaitMin, std::nullopt};
        if (s.hours && fs.waiting > 0)
            fs.forecast = forecastAtPace(ServicePace{f.now, QDateTime(today, s.hours->open, zone),
                                                     QDateTime(today, s.hours->close, zone),
                                                     fs.waiting, queue.etaSec,
                                                     openCountersFor(q, s.id), issued.value(s.id)});
        f.services.push_back(std::move(fs));
    }
}

void AlertWatch::addCounters(AlertFacts &f) const
{
    const QueueQueries &q = m_ctx.core.query();
    QHash<QString, int> waiting;
    for (const AlertFacts::Service &s : f.services)
        waiting.insert(s.id, s.waiting);
    for (const CounterStatus &c : q.counters()) {
        AlertFacts::Counter fc{c.id, c.state == CounterState::Idle, c.changedAt, false};
        if (const CounterConfig *config = q.config().counter(c.id)) {
            for (const CounterService &cs : config->services)
                fc.queueWaiting = fc.queueWaiting || waiting.value(cs.service) > 0;
        }
        f.counters.push_back(fc);
    }
}

// Kiosks and displays seen today; offline counts from their last change, or
// from the engine's start when that is later.
void AlertWatch::addDevices(AlertFacts &f) const
{
    const QueueQueries &q = m_ctx.core.query();
    for (const DeviceRecord &r : m_ctx.store.devices()) {
        const DeviceConfig *config = q.config().device(r.id);
        if (!config || !r.lastSeen.isValid() || q.serviceDayOf(r.lastSeen) != q.serviceDay())
            continue;
        AlertFacts::Device d{r.id,       config->role,   m_ctx.sessions.deviceSessions(r.id) > 0,
                             r.lastSeen, r.printerState, r.printerDetail};
        if (!d.online && m_startedAt.isValid())
            d.lastSeen = std::max(d.lastSeen, m_startedAt);
        f.devices.push_back(std::move(d));
    }
}

} // namespace novbe
