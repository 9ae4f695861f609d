#include "kpi.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace novbe {

namespace {

struct Acc
{
    qint64 waitSum = 0;
    int waitN = 0;
    int withinTarget = 0;
    qint64 serviceSum = 0;
    int serviceN = 0;
};

int average(qint64 sum, int n)
{
    return n ? int(std::llround(double(sum) / n)) : 0;
}

} // namespace

struct KpiBuilder::Totals
{
    QHash<QString, ServiceKpi> svc;
    QHash<QString, Acc> acc;
    QHash<QString, CounterKpi> ctr;
    QHash<QString, Acc> ctrAcc;
};

KpiBuilder::KpiBuilder(const CentreConfig &config)
    : m_config(config), m_totals(std::make_unique<Totals>())
{
}

KpiBuilder::~KpiBuilder() = default;

void KpiBuilder::add(const Ticket &t)
{
    const CentreConfig &config = m_config;
    auto &svc = m_totals->svc;
    auto &acc = m_totals->acc;
    auto &ctr = m_totals->ctr;
    auto &ctrAcc = m_totals->ctrAcc;
    const QString origin = t.originalService.isEmpty() ? t.service : t.originalService;
    svc[origin].issued += 1;
    if (t.firstCalledAt.isValid()) {
        const qint64 wait = t.issuedAt.secsTo(t.firstCalledAt);
        Acc &a = acc[origin];
        a.waitSum += wait;
        a.waitN += 1;
        const ServiceConfig *sc = config.service(origin);
        if (!sc || wait <= qint64(sc->targetWaitMin) * 60)
            a.withinTarget += 1;
        svc[origin].maxWaitSec = std::max(svc[origin].maxWaitSec, int(wait));
    }
    switch (t.state) {
        case TicketState::Waiting: svc[t.service].waiting += 1; break;
        case TicketState::NoShow:
            svc[t.service].noShow += 1;
            ctr[t.counter].noShow += 1;
            break;
        case TicketState::Cancelled: svc[t.service].cancelled += 1; break;
        case TicketState::Done: {
            const qint64 sec = t.startedAt.secsTo(t.endedAt);
            svc[t.service].served += 1;
            acc[t.service].serviceSum += sec;
            acc[t.service].serviceN += 1;
            ctr[t.counter].served += 1;
            ctrAcc[t.counter].serviceSum += sec;
            ctrAcc[t.counter].serviceN += 1;
            break;
        }
        default: break;
    }
}

Kpis KpiBuilder::finish(const std::vector<Feedback> &feedback) const
{
    const CentreConfig &config = m_config;
    const auto &svc = m_totals->svc;
    const auto &acc = m_totals->acc;
    const auto &ctr = m_totals->ctr;
    const auto &ctrAcc = m_totals->ctrAcc;
    Kpis k;
    for (const ServiceConfig &s : config.services) {
        ServiceKpi v = svc.value(s.id);
        const Acc a = acc.value(s.id);
        v.id = s.id;
        v.avgWaitSec = average(a.waitSum, a.waitN);
        v.avgServiceSec = average(a.serviceSum, a.serviceN);
        v.slaPct = a.waitN ? int(std::lround(100.0 * a.withinTarget / a.waitN)) : 100;
        v.called = a.waitN;
        v.calledInTarget = a.withinTarget;
        k.services.push_back(v);
    }
    for (const CounterConfig &c : config.counters) {
        CounterKpi v = ctr.value(c.id);
        v.id = c.id;
        v.avgServiceSec = average(ctrAcc.value(c.id).serviceSum, ctrAcc.value(c.id).serviceN);
        k.counters.push_back(v);
    }
    int sum = 0;
    for (const Feedback &f : feedback)
        sum += f.rating;
    k.feedbackCount = int(feedback.size());
    k.avgRating = feedback.empty() ? 0.0 : double(sum) / double(feedback.size());
    return k;
}

Kpis kpisFromEvents(const CentreConfig &config, const std::vector<DomainEvent> &events)
{
    QHash<QString, Ticket> latest;
    std::vector<QString> order;
    std::vector<Feedback> feedback;
    std::vector<DomainEvent> sorted = events;
    std::sort(sorted.begin(), sorted.end(),
              [](const DomainEvent &a, const DomainEvent &b) { return a.seq < b.seq; });
    for (const DomainEvent &e : sorted) {
        if (e.feedback)
            feedback.push_back(*e.feedback);
        if (!e.ticket || e.type == EventType::CounterChanged)
            continue;
        if (!latest.contains(e.ticket->id))
            order.push_back(e.ticket->id);
        latest.insert(e.ticket->id, *e.ticket);
    }
    std::vector<Ticket> tickets;
    for (const QString &id : order)
        tickets.push_back(latest.value(id));
    return kpisFromTickets(config, tickets, feedback);
}

} // namespace novbe
