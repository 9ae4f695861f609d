#pragma once

// What one counter desk knows about the centre and its own counter, built
// from engine answers and events (centre.get, queue.snapshot, counter.*,
// events) decoded with the read model. Qt Core only; the views read it,
// DeskSession feeds it.

#include "actionpolicy.h"

#include "core/centreconfig.h"
#include "core/clock.h"
#include "core/records.h"
#include "core/ticket.h"
#include "protocol/readmodel.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace novbe {

struct DeskService
{
    QString id;
    QString prefix;
    LocalizedText name;
    int targetWaitMin = 15;
    QStringList outcomes; // finish outcome codes (centre.get addition)
};

struct DeskCategory
{
    QString id;
    LocalizedText name;
    int boostMin = 0;
    bool needsProof = false; // a priority category whose document is checked
    LocalizedText shortCode; // see categoryShortCode()
};

struct DeskCounter
{
    QString id;
    LocalizedText name;
    QStringList services;
};

struct DeskQueue
{
    QString service;
    int waitingCount = 0;
    qint64 longestWaitSec = 0; // at `takenAt` (engine time)
    QDateTime takenAt;
    std::vector<Ticket> waiting; // call order
    std::vector<Ticket> parked;
};

enum class WaitLevel {
    Ok,
    PastHalfTarget, // amber
    OverTarget,     // red
};

// How a longest wait of `waitSec` compares with a target of `targetMin` minutes.
WaitLevel waitLevel(qint64 waitSec, int targetMin);

class DeskModel : public QObject
{
    Q_OBJECT

public:
    // `clock` is the engine's (AppLink::clock()); null = the system clock.
    explicit DeskModel(const Clock *clock = nullptr, QObject *parent = nullptr);

    // The counter this desk works at ("c07"); empty before a counter is open.
    void setCounterId(const QString &id);
    QString counterId() const;

    // Feeding: centre.get, queue.snapshot, a counter or a ticket (action
    // answers) and events.
    void applyCentre(const CentreView &centre);
    void applySnapshot(const QueueSnapshot &snapshot);
    void applyCounter(const CounterView &counter);
    void applyTicket(const Ticket &ticket);
    // True when the event may change the side panel (a snapshot is due).
    bool applyEvent(const EventView &event);
    // Forgets the counter's live state (logout).
    void clearCounter();

    bool hasCentre() const;
    LocalizedText centreName() const;
    QTimeZone timeZone() const; // the centre's
    int maxRecalls() const;
    const std::vector<DeskCounter> &counters() const;
    const DeskCounter *counterInfo(const QString &id) const;
    const std::vector<DeskService> &services() const;
    const DeskService *service(const QString &id) const;
    const DeskCategory *category(const QString &id) const;

    CounterState counterState() const;
    QString pauseReason() const;
    QDateTime stateSince() const; // when the counter last changed (engine time)
    QString operatorName() const;
    // The counter's current ticket (called or serving), if known.
    std::optional<Ticket> currentTicket() const;
    int recallsLeft() const;
    DeskSituation situation(LinkState link) const;

    // Queues of the counter's services, in the counter's order.
    std::vector<DeskQueue> servedQueues() const;
    // Longest wait of `queue` now, counting on from the snapshot.
    qint64 longestWaitNow(const DeskQueue &queue) const;
    // The engine's clock, as best known.
    QDateTime engineNow() const;

signals:
    void centreChanged();
    void counterChanged();
    void queuesChanged();

private:
    void setCurrent(const std::optional<Ticket> &ticket);
    void readCounter(const CounterView &counter);
    void dropFromLists(const Ticket &ticket);

    QString m_counterId;
    bool m_hasCentre = false;
    LocalizedText m_centreName;
    QTimeZone m_timeZone = QTimeZone::utc();
    int m_maxRecalls = 3;
    std::vector<DeskCounter> m_counters;
    std::vector<DeskService> m_services;
    std::vector<DeskCategory> m_categories;

    CounterState m_state = CounterState::Closed;
    QString m_ticketId;
    QString m_pauseReason;
    QDateTime m_stateSince;
    QString m_operatorName;
    std::optional<Ticket> m_current;
    QHash<QString, DeskQueue> m_queues;
    SystemClock m_systemClock;
    const Clock *m_clock;
};

} // namespace novbe
