#pragma once

// Per-operator figures of one service day, computed from the journal alone
// (the day's domain events): which operator served what is known from the
// counter.changed events (the operator bound to a counter when it finished a
// ticket), pauses from the counter's paused spells, ratings from the feedback.

#include "centreconfig.h"
#include "domainevent.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace novbe {

struct PauseTotal
{
    QString reason;
    int sec = 0;
    bool operator==(const PauseTotal &) const = default;
};

struct OperatorKpi
{
    QString id;
    QString name;
    QString counter;        // the counter it holds now, or empty
    int served = 0;         // tickets finished (done)
    int noShow = 0;         // tickets marked no-show
    int avgServiceSec = 0;  // start -> finish, over its done tickets
    int normServiceSec = 0; // the services' norm (defaultServiceSec) over the same tickets
    int feedbackCount = 0;
    double avgRating = 0.0;         // 0 when nobody rated
    int pauseSec = 0;               // time paused (an open pause counts up to `now`)
    std::vector<PauseTotal> pauses; // pauseSec by reason, longest first
    bool operator==(const OperatorKpi &) const = default;
};

// The running figures of one service day: add() its events in seq order,
// figures() at any time. The engine keeps one fed with every committed event
// (stats.operators), so it never re-reads the day's journal.
class OperatorDay
{
public:
    // `config` must outlive it (the engine's config object, reloads included).
    explicit OperatorDay(const CentreConfig &config);
    ~OperatorDay();
    OperatorDay(const OperatorDay &other);
    OperatorDay &operator=(const OperatorDay &) = delete;

    void add(const DomainEvent &e);
    // Forgets every figure (a new service day).
    void clear();
    // Every operator seen so far, in config order; pauses still open are
    // counted up to `now`.
    std::vector<OperatorKpi> figures(const QDateTime &now) const;

private:
    struct State;
    std::unique_ptr<State> d;
};

// Every operator seen in `events` (one service day, any order: sorted by
// seq here), in config order; pauses still open are counted up to `now`.
std::vector<OperatorKpi> operatorKpisFromEvents(const CentreConfig &config,
                                                const std::vector<DomainEvent> &events,
                                                const QDateTime &now);

} // namespace novbe
