#include "operatorkpi.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace novbe {

namespace {

struct OperatorAcc
{
    OperatorKpi kpi;
    qint64 serviceSum = 0;
    qint64 normSum = 0;
    qint64 ratingSum = 0;
    QHash<QString, qint64> pauseByReason;
};

struct OpenPause
{
    QString op;
    QString reason;
    QDateTime since;
};

class OperatorDay
{
public:
    explicit OperatorDay(const CentreConfig &config) : m_config(config) {}
    void add(const DomainEvent &e);
    std::vector<OperatorKpi> finish(const QDateTime &now);

private:
    void counterChanged(const CounterStatus &c, const QDateTime &at);
    void ticketEnded(const Ticket &t);
    void closePause(const QString &counter, const QDateTime &at);

    const CentreConfig &m_config;
    QHash<QString, OperatorAcc> m_ops;
    QHash<QString, QString> m_bound; // counter -> operator
    QHash<QString, OpenPause> m_pauses;
};

void OperatorDay::add(const DomainEvent &e)
{
    if (e.type == EventType::CounterChanged && e.counter)
        counterChanged(*e.counter, e.at);
    else if ((e.type == EventType::TicketFinished || e.type == EventType::TicketNoShow) && e.ticket)
        ticketEnded(*e.ticket);
    else if (e.type == EventType::FeedbackSubmitted && e.feedback
             && !e.feedback->operatorId.isEmpty()) {
        OperatorAcc &acc = m_ops[e.feedback->operatorId];
        acc.kpi.feedbackCount += 1;
        acc.ratingSum += e.feedback->rating;
    }
}

void OperatorDay::counterChanged(const CounterStatus &c, const QDateTime &at)
{
    const auto open = m_pauses.constFind(c.id);
    if (open != m_pauses.cend()
        && (c.state != CounterState::Paused || open->op != c.operatorId
            || open->reason != c.pauseReason))
        closePause(c.id, at);
    const QString before = m_bound.value(c.id);
    if (!before.isEmpty() && before != c.operatorId && m_ops[before].kpi.counter == c.id)
        m_ops[before].kpi.counter.clear();
    m_bound.insert(c.id, c.operatorId);
    if (c.operatorId.isEmpty())
        return;
    m_ops[c.operatorId].kpi.counter = c.id;
    if (c.state == CounterState::Paused && !m_pauses.contains(c.id))
        m_pauses.insert(c.id, OpenPause{c.operatorId, c.pauseReason, at});
}

void OperatorDay::ticketEnded(const Ticket &t)
{
    const QString op = m_bound.value(t.counter);
    if (op.isEmpty())
        return;
    OperatorAcc &acc = m_ops[op];
    if (t.state == TicketState::NoShow) {
        acc.kpi.noShow += 1;
        return;
    }
    if (t.state != TicketState::Done)
        return;
    const ServiceConfig *service = m_config.service(t.service);
    acc.kpi.served += 1;
    acc.serviceSum += t.startedAt.secsTo(t.endedAt);
    acc.normSum += service ? service->defaultServiceSec : 0;
}

void OperatorDay::closePause(const QString &counter, const QDateTime &at)
{
    const OpenPause pause = m_pauses.take(counter);
    if (at > pause.since)
        m_ops[pause.op].pauseByReason[pause.reason] += pause.since.secsTo(at);
}

int average(qint64 sum, int n)
{
    return n ? int(std::llround(double(sum) / n)) : 0;
}

std::vector<OperatorKpi> OperatorDay::finish(const QDateTime &now)
{
    for (const QString &counter : m_pauses.keys())
        closePause(counter, now);
    std::vector<OperatorKpi> out;
    for (const OperatorConfig &o : m_config.operators) {
        if (!m_ops.contains(o.id))
            continue;
        const OperatorAcc &acc = m_ops[o.id];
        OperatorKpi k = acc.kpi;
        k.id = o.id;
        k.name = o.name;
        k.avgServiceSec = average(acc.serviceSum, k.served);
        k.normServiceSec = average(acc.normSum, k.served);
        k.avgRating = k.feedbackCount ? double(acc.ratingSum) / k.feedbackCount : 0.0;
        for (auto it = acc.pauseByReason.cbegin(); it != acc.pauseByReason.cend(); ++it) {
            k.pauses.push_back(PauseTotal{it.key(), int(it.value())});
            k.pauseSec += int(it.value());
        }
        std::sort(k.pauses.begin(), k.pauses.end(), [](const PauseTotal &a, const PauseTotal &b) {
            return a.sec != b.sec ? a.sec > b.sec : a.reason < b.reason;
        });
        out.push_back(std::move(k));
    }
    return out;
}

} // namespace

std::vector<OperatorKpi> operatorKpisFromEvents(const CentreConfig &config,
                                                const std::vector<DomainEvent> &events,
                                                const QDateTime &now)
{
    std::vector<const DomainEvent *> sorted;
    sorted.reserve(events.size());
    for (const DomainEvent &e : events)
        sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DomainEvent *a, const DomainEvent *b) { return a->seq < b->seq; });
    OperatorDay day(config);
    for (const DomainEvent *e : sorted)
        day.add(*e);
    return day.finish(now);
}

} // namespace novbe
