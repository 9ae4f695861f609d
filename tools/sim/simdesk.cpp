// SimDay at the counters: calling, serving, transfers, no-shows, and the checks.
#include "simday.h"

namespace novbe::sim {

void SimDay::dispatchService(int service)
{
    for (size_t i = 0; i < m_desks.size(); ++i) {
        const Desk &d = m_desks[i];
        if (d.staffed && !d.paused && d.ticket.isEmpty()
            && std::find(d.services.begin(), d.services.end(), service) != d.services.end())
            dispatch(int(i));
    }
}

const Ticket *SimDay::choose(int c)
{
    Desk &d = m_desks[size_t(c)];
    std::vector<RoutingCandidate> candidates;
    for (int s : d.services) {
        const ServiceConfig &sc = m_config.services[size_t(s)];
        const double weight = m_config.weight(d.id, sc.id);
        for (const Ticket *t : m_engine.query().callOrder(sc.id, at(m_now))) {
            const Category *cat = m_engine.query().index().category(t->category);
            candidates.push_back(RoutingCandidate{t, cat ? cat->boostMin : 0, weight});
        }
    }
    return pickNext(m_options.policy, candidates, at(m_now), &d.priorityRun);
}

void SimDay::dispatch(int c)
{
    Desk &d = m_desks[size_t(c)];
    if (!d.staffed || d.paused || !d.ticket.isEmpty())
        return;
    std::optional<Ticket> got;
    if (m_options.policy == RoutingPolicy::WeightedWait) {
        // With the checks on, the pure strategy must pick what the engine calls.
        const int run = d.priorityRun;
        const Ticket *predicted = m_options.checkInvariants ? choose(c) : nullptr;
        const QString expected = predicted ? predicted->id : QString();
        d.priorityRun = run;
        Result<Outcome> out = m_engine.desks().callNext(d.id, at(m_now));
        if (apply(out, "callNext") && out->ticket)
            got = *out->ticket;
        if (m_options.checkInvariants && (got ? got->id : QString()) != expected)
            fail(QStringLiteral("counter %1: callNext and pickNext(WeightedWait) disagree")
                     .arg(d.id));
    } else if (const Ticket *next = choose(c)) {
        Result<Outcome> out = m_engine.desks().callTicket(d.id, next->id, at(m_now));
        if (apply(out, "callTicket") && out->ticket)
            got = *out->ticket;
    }
    if (got)
        called(c, *got);
    else if (d.closing)
        closeNow(c);
}

void SimDay::called(int c, const Ticket &t)
{
    Desk &d = m_desks[size_t(c)];
    d.ticket = t.id;
    Citizen &z = m_citizens[t.id];
    if (!z.called) {
        z.called = true;
        m_result.tickets[size_t(z.record)].waitSec = int(std::max<qint64>(0, m_now - z.fromMs)
                                                         / 1000);
        if (t.appointment.isEmpty() && t.queuedAt == t.issuedAt)
            recordOvertake(t);
    }
    if (z.plan.noShow && !z.transferred)
        schedule(m_now + m_profile.noShowAfterSec * 1000, Kind::NoShow, c);
    else
        schedule(m_now + m_profile.walkSec * 1000, Kind::Start, c);
}

// The later walk-in `u` was just called: how long had each category's
// oldest waiting walk-in of the same service been there before `u` came?
void SimDay::recordOvertake(const Ticket &u)
{
    const int s = m_serviceIndex.value(u.service);
    std::vector<double> &row = m_result.overtakeMin[size_t(s)];
    for (const Ticket *t : m_engine.query().callOrder(u.service, at(m_now))) {
        if (!t->appointment.isEmpty() || t->queuedAt != t->issuedAt || t->queuedAt >= u.queuedAt)
            continue;
        const int cat = m_categoryIndex.value(t->category);
        row[size_t(cat)] = std::max(row[size_t(cat)], t->queuedAt.msecsTo(u.queuedAt) / 60000.0);
    }
}

void SimDay::startService(int c)
{
    Desk &d = m_desks[size_t(c)];
    const Citizen &z = m_citizens.value(d.ticket);
    apply(m_engine.desks().start(d.id, at(m_now)), "start");
    schedule(m_now + (z.transferred ? z.plan.secondMs : z.plan.serviceMs), Kind::Done, c);
}

void SimDay::done(int c)
{
    Desk &d = m_desks[size_t(c)];
    Citizen &z = m_citizens[d.ticket];
    if (z.plan.transferTo >= 0 && !z.transferred) {
        z.transferred = true;
        const QString to = m_config.services[size_t(z.plan.transferTo)].id;
        apply(m_engine.desks().transfer(d.id, to, Placement::Last, QString(), at(m_now)),
              "transfer");
        d.ticket.clear();
        afterTicket(c);
        dispatchService(z.plan.transferTo);
        return;
    }
    apply(m_engine.desks().finish(d.id, QString(), at(m_now)), "finish");
    d.ticket.clear();
    afterTicket(c);
}

void SimDay::noShow(int c)
{
    Desk &d = m_desks[size_t(c)];
    apply(m_engine.desks().noShow(d.id, at(m_now)), "noShow");
    d.ticket.clear();
    afterTicket(c);
}

void SimDay::afterTicket(int c)
{
    Desk &d = m_desks[size_t(c)];
    if (d.closing && !d.drain) {
        closeNow(c);
    } else if (d.breakPending && !d.closing) {
        d.breakPending = false;
        apply(m_engine.desks().pause(d.id, QStringLiteral("break"), at(m_now)), "pause");
        d.paused = true;
    } else {
        dispatch(c);
    }
}

bool SimDay::anyWaiting(const Desk &d) const
{
    for (int s : d.services) {
        if (m_waiting[size_t(s)] > 0)
            return true;
    }
    return false;
}

// The engine's state agrees with itself and with what the simulator did.
void SimDay::checkInvariants()
{
    if (m_engine.hasUncommitted())
        fail(QStringLiteral("uncommitted changes after a step"));
    const QueueQueries &q = m_engine.query();
    int holding = 0;
    for (const Desk &d : m_desks) {
        const std::optional<CounterStatus> cs = q.counter(d.id);
        const bool closed = cs->state == CounterState::Closed;
        if (closed == d.staffed || (cs->state == CounterState::Paused) != d.paused
            || cs->ticket != d.ticket)
            fail(QStringLiteral("counter %1 is not in the state the day put it in").arg(d.id));
        if (d.ticket.isEmpty())
            continue;
        ++holding;
        const Ticket *t = q.ticket(d.ticket);
        if (!t || t->counter != d.id
            || (t->state != TicketState::Called && t->state != TicketState::Serving))
            fail(QStringLiteral("counter %1 holds a ticket that is not at it").arg(d.id));
    }
    int active = 0;
    const TicketList all = q.tickets();
    for (size_t i = 0; i < all.size(); ++i)
        active += all[i].state == TicketState::Called || all[i].state == TicketState::Serving;
    if (active != holding)
        fail(QStringLiteral("%1 tickets at counters, %2 counters hold one")
                 .arg(active)
                 .arg(holding));
    for (size_t s = 0; s < m_config.services.size(); ++s) {
        const ServiceQueue sq = q.queue(m_config.services[s].id, at(m_now));
        if (int(sq.waiting.size()) != m_waiting[s])
            fail(QStringLiteral("queue %1: %2 waiting, queue.changed said %3")
                     .arg(m_config.services[s].id)
                     .arg(sq.waiting.size())
                     .arg(m_waiting[s]));
    }
}

SimResult runDay(const CentreConfig &config, const DayProfile &profile, const SimOptions &options)
{
    const StaffingPlan *plan = options.staffing ? &*options.staffing : nullptr;
    SimDay day(config, profile, options, drawDay(config, profile, plan));
    return day.run();
}

SimResult runDayInput(const CentreConfig &config, const DayProfile &profile,
                      const SimOptions &options, DayInput input)
{
    SimDay day(config, profile, options, std::move(input));
    return day.run();
}

QString policyName(RoutingPolicy policy)
{
    switch (policy) {
        case RoutingPolicy::WeightedWait: return QStringLiteral("weighted");
        case RoutingPolicy::Fifo: return QStringLiteral("fifo");
        case RoutingPolicy::StrictPriority: return QStringLiteral("strict");
        case RoutingPolicy::Interleave: return QStringLiteral("interleave");
    }
    return QString();
}

std::optional<RoutingPolicy> policyFromName(const QString &name)
{
    for (RoutingPolicy p : {RoutingPolicy::WeightedWait, RoutingPolicy::Fifo,
                            RoutingPolicy::StrictPriority, RoutingPolicy::Interleave}) {
        if (policyName(p) == name)
            return p;
    }
    return std::nullopt;
}

} // namespace novbe::sim
