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

} // namespace

struct OperatorDay::State
{
    explicit State(const CentreConfig &c) : config(c) {}
    void counterChanged(const CounterStatus &c, const QDateTime &at);
    void ticketEnded(const Ticket &t);
    void closePause(const QString &counter, const QDateTime &at);
    std::vector<OperatorKpi> finish(const QDateTime &now);

    const CentreConfig &config;
    QHash<QString, OperatorAcc> ops;
    QHash<QString, QString> bound; // counter -> operator
    QHash<QString, OpenPause> pauses;
};

OperatorDay::OperatorDay(const CentreConfig &config) : d(std::make_unique<State>(config)) {}
OperatorDay::~OperatorDay() = default;
OperatorDay::OperatorDay(const OperatorDay &other) : d(std::make_unique<State>(*other.d)) {}

void OperatorDay::clear()
{
    d = std::make_unique<State>(d->config);
}

std::vector<OperatorKpi> OperatorDay::figures(const QDateTime &now) const
{
    State copy(*d); // finishing closes the open pauses: on a copy
    return copy.finish(now);
}

void OperatorDay::add(const DomainEvent &e)
{
    if (e.type == EventType::CounterChanged && e.counter)
        d->counterChanged(*e.counter, e.at);
    else if ((e.type == EventType::TicketFinished || e.type == EventType::TicketNoShow) && e.ticket)
        d->ticketEnded(*e.ticket);
    else if (e.type == EventType::FeedbackSubmitted && e.feedback
             && !e.feedback->operatorId.isEmpty()) {
        OperatorAcc &acc = d->ops[e.feedback->operatorId];
        acc.kpi.feedbackCount += 1;
        acc.ratingSum += e.feedback->rating;
    }
}

void OperatorDay::State::counterChanged(const CounterStatus &c, const QDateTime &at)
{
    const auto open = pauses.constFind(c.id);
    if (open != pauses.cend()
        && (c.state != CounterState::Paused || open->op != c.operatorId
            || open->reason != c.pauseReason))
        closePause(c.id, at);
    const QString before = bound.value(c.id);
    if (!before.isEmpty() && before != c.operatorId && ops[before].kpi.counter == c.id)
        ops[before].kpi.counter.clear();
    bound.insert(c.id, c.operatorId);
    if (c.operatorId.isEmpty())
        return;
    ops[c.operatorId].kpi.counter = c.id;
    if (c.state == CounterState::Paused && !pauses.contains(c.id))
        pauses.insert(c.id, OpenPause{c.operatorId, c.pauseReason, at});
}

void OperatorDay::State::ticketEnded(const Ticket &t)
{
    const QString op = bound.value(t.counter);
    if (op.isEmpty())
        return;
    OperatorAcc &acc = ops[op];
    if (t.state == TicketState::NoShow) {
        acc.kpi.noShow += 1;
        return;
    }
    if (t.state != TicketState::Done)
        return;
    const ServiceConfig *service = config.service(t.service);
    acc.kpi.served += 1;
    acc.serviceSum += t.startedAt.secsTo(t.endedAt);
    acc.normSum += service ? service->defaultServiceSec : 0;
}

void OperatorDay::State::closePause(const QString &counter, const QDateTime &at)
{
    const OpenPause pause = pauses.take(counter);
    if (at > pause.since)
        ops[pause.op].pauseByReason[pause.reason] += pause.since.secsTo(at);
}

static int average(qint64 sum, int n)
{
    return n ? int(std::llround(double(sum) / n)) : 0;
}

std::vector<OperatorKpi> OperatorDay::State::finish(const QDateTime &now)
{
    for (const QString &counter : pauses.keys())
        closePause(counter, now);
    std::vector<OperatorKpi> out;
    for (const OperatorConfig &o : config.operators) {
        if (!ops.contains(o.id))
            continue;
        const OperatorAcc &acc = ops[o.id];
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
    return day.figures(now);
}

} // namespace novbe
