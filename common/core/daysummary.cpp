#include "daysummary.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace novbe {

void Tally::merge(const Tally &o)
{
    issued += o.issued;
    served += o.served;
    noShow += o.noShow;
    cancelled += o.cancelled;
    called += o.called;
    calledInTarget += o.calledInTarget;
    waitSum += o.waitSum;
    waitMax = std::max(waitMax, o.waitMax);
    for (const auto &[sec, n] : o.waits)
        waits[sec] += n;
    serviceSum += o.serviceSum;
    feedbackCount += o.feedbackCount;
    ratingSum += o.ratingSum;
    for (const auto &[reason, sec] : o.pauses)
        pauses[reason] += sec;
}

namespace {

struct OpenPause
{
    QString op;
    QString reason;
    QDateTime since;
};

// Walks one day's events in seq order and fills a DaySummary.
class DayWalk
{
public:
    DayWalk(const CentreConfig &config, DaySummary &out)
        : m_config(config), m_zone(config.centre.timezone.toUtf8()), m_out(out)
    {
    }
    void event(const DomainEvent &e);
    void finish(const QDateTime &end);

private:
    int secOfDay(const QDateTime &at) const;
    void counterChanged(const CounterStatus &c, const QDateTime &at);
    void closePause(const QString &counter, const QDateTime &at);
    void addPause(const OpenPause &p, const QString &counter, const QDateTime &to);
    void addTicket(const Ticket &t);
    void addFeedback(const Feedback &f);

    const CentreConfig &m_config;
    QTimeZone m_zone;
    DaySummary &m_out;
    QHash<QString, const Ticket *> m_latest; // into the events, which outlive the walk
    std::vector<QString> m_order;
    QHash<QString, QString> m_endOperator; // ticket -> operator bound when it ended
    QHash<QString, QString> m_bound;       // counter -> operator
    QHash<QString, OpenPause> m_pauses;    // counter -> its open pause
    std::vector<const Feedback *> m_feedback;
    int m_endQuarter = QUARTERS_PER_DAY; // still waiting: counted up to this quarter
};

int DayWalk::secOfDay(const QDateTime &at) const
{
    const qint64 local = at.toSecsSinceEpoch() + m_zone.offsetFromUtc(at);
    return int(((local % 86400) + 86400) % 86400);
}

void DayWalk::event(const DomainEvent &e)
{
    if (e.type == EventType::CounterChanged && e.counter)
        counterChanged(*e.counter, e.at);
    if (e.feedback)
        m_feedback.push_back(&*e.feedback);
    if (!e.ticket || e.type == EventType::CounterChanged)
        return;
    const Ticket &t = *e.ticket;
    if (!m_latest.contains(t.id))
        m_order.push_back(t.id);
    m_latest.insert(t.id, &t);
    if (e.type == EventType::TicketFinished || e.type == EventType::TicketNoShow)
        m_endOperator.insert(t.id, m_bound.value(t.counter));
}

void DayWalk::counterChanged(const CounterStatus &c, const QDateTime &at)
{
    const auto open = m_pauses.constFind(c.id);
    if (open != m_pauses.cend()
        && (c.state != CounterState::Paused || open->op != c.operatorId
            || open->reason != c.pauseReason))
        closePause(c.id, at);
    m_bound.insert(c.id, c.operatorId);
    if (!c.operatorId.isEmpty() && c.state == CounterState::Paused && !m_pauses.contains(c.id))
        m_pauses.insert(c.id, OpenPause{c.operatorId, c.pauseReason, at});
}

void DayWalk::closePause(const QString &counter, const QDateTime &at)
{
    const OpenPause pause = m_pauses.take(counter);
    if (at > pause.since)
        addPause(pause, counter, at);
}

// The spell counts for its counter and operator, and is split over the hours.
void DayWalk::addPause(const OpenPause &p, const QString &counter, const QDateTime &to)
{
    const qint64 sec = p.since.secsTo(to);
    m_out.counters[counter].pauses[p.reason] += sec;
    m_out.operators[p.op].pauses[p.reason] += sec;
    qint64 from = secOfDay(p.since);
    const qint64 until = std::min<qint64>(from + sec, 86400);
    while (from < until) {
        const qint64 hourEnd = (from / 3600 + 1) * 3600;
        const qint64 part = std::min(hourEnd, until) - from;
        m_out.hours[std::size_t(from / 3600)].pauses[p.reason] += part;
        from += part;
    }
}

// The time of day of `at`, counted from the day `issued` was in (up to 24 h).
int sinceIssue(int issuedSec, const QDateTime &issued, const QDateTime &at)
{
    return int(std::clamp<qint64>(issuedSec + issued.secsTo(at), issuedSec, 86400));
}

void addWait(Tally &t, int wait, bool inTarget)
{
    t.called += 1;
    t.calledInTarget += inTarget ? 1 : 0;
    t.waitSum += wait;
    t.waitMax = std::max(t.waitMax, wait);
    t.waits[wait] += 1;
}

void addEnd(Tally &tally, const Ticket &t)
{
    if (t.state == TicketState::NoShow)
        tally.noShow += 1;
    else if (t.state == TicketState::Cancelled)
        tally.cancelled += 1;
    else if (t.state == TicketState::Done) {
        tally.served += 1;
        tally.serviceSum += t.startedAt.secsTo(t.endedAt);
    }
}

void DayWalk::addTicket(const Ticket &t)
{
    const QString origin = t.originalService.isEmpty() ? t.service : t.originalService;
    const int issuedAt = secOfDay(t.issuedAt);
    Tally &service = m_out.services[origin];
    Tally &category = m_out.categories[t.category];
    Tally &hour = m_out.hours[std::size_t(issuedAt / 3600)];
    for (Tally *g : {&service, &category, &hour})
        g->issued += 1;
    const bool ended = t.state == TicketState::Done || t.state == TicketState::NoShow;
    Tally *counter = ended ? &m_out.counters[t.counter] : nullptr;
    Tally *op = nullptr;
    if (ended && !m_endOperator.value(t.id).isEmpty())
        op = &m_out.operators[m_endOperator.value(t.id)];
    m_out.quarters[std::size_t(issuedAt / 900)].issued += 1;
    int leftAt = -1; // when it stopped waiting for a first call
    if (t.firstCalledAt.isValid()) {
        const int wait = int(t.issuedAt.secsTo(t.firstCalledAt));
        const ServiceConfig *sc = m_config.service(origin);
        const bool inTarget = !sc || wait <= qint64(sc->targetWaitMin) * 60;
        for (Tally *g : {&service, &category, &hour, counter, op}) {
            if (g)
                addWait(*g, wait, inTarget);
        }
        leftAt = sinceIssue(issuedAt, t.issuedAt, t.firstCalledAt);
    } else if (isTerminal(t.state) && t.endedAt.isValid()) {
        leftAt = sinceIssue(issuedAt, t.issuedAt, t.endedAt); // cancelled, or reset at midnight
    }
    for (Tally *g : {&m_out.services[t.service], &category, &hour, counter, op}) {
        if (g)
            addEnd(*g, t);
    }
    if (t.state == TicketState::Done)
        m_out.quarters[std::size_t(secOfDay(t.endedAt) / 900)].served += 1;
    const int lastQuarter = leftAt < 0 ? m_endQuarter : std::min(leftAt / 900, QUARTERS_PER_DAY);
    for (int q = issuedAt / 900; q < lastQuarter; ++q)
        m_out.quarters[std::size_t(q)].waiting += 1;
}

void DayWalk::addFeedback(const Feedback &f)
{
    std::vector<Tally *> groups;
    const Ticket *ticket = m_latest.value(f.ticket);
    QString service = f.service;
    if (ticket) {
        service = ticket->service;
        groups.push_back(&m_out.categories[ticket->category]);
        groups.push_back(&m_out.hours[std::size_t(secOfDay(ticket->issuedAt) / 3600)]);
    }
    if (!service.isEmpty())
        groups.push_back(&m_out.services[service]);
    if (!f.counter.isEmpty())
        groups.push_back(&m_out.counters[f.counter]);
    if (!f.operatorId.isEmpty())
        groups.push_back(&m_out.operators[f.operatorId]);
    for (Tally *g : groups) {
        g->feedbackCount += 1;
        g->ratingSum += f.rating;
    }
}

void DayWalk::finish(const QDateTime &end)
{
    for (const QString &counter : m_pauses.keys())
        closePause(counter, end);
    if (end.isValid())
        m_endQuarter = std::min(QUARTERS_PER_DAY, secOfDay(end) / 900 + 1);
    for (const QString &id : m_order)
        addTicket(*m_latest.value(id));
    for (const Feedback *f : m_feedback)
        addFeedback(*f);
}

} // namespace

DaySummary summarizeDay(const CentreConfig &config, const QString &day,
                        const std::vector<DomainEvent> &events, const QDateTime &end)
{
    std::vector<const DomainEvent *> sorted;
    sorted.reserve(events.size());
    for (const DomainEvent &e : events)
        sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DomainEvent *a, const DomainEvent *b) { return a->seq < b->seq; });
    DaySummary out;
    out.day = day;
    DayWalk walk(config, out);
    for (const DomainEvent *e : sorted)
        walk.event(*e);
    walk.finish(end);
    return out;
}

QByteArray summaryInputs(const CentreConfig &config)
{
    QByteArray out = "v" + QByteArray::number(DAY_SUMMARY_VERSION) + ';'
        + config.centre.timezone.toUtf8();
    std::vector<std::pair<QString, int>> targets;
    for (const ServiceConfig &s : config.services)
        targets.emplace_back(s.id, s.targetWaitMin);
    std::sort(targets.begin(), targets.end());
    for (const auto &[id, minutes] : targets)
        out += ';' + id.toUtf8() + '=' + QByteArray::number(minutes);
    return out;
}

} // namespace novbe
