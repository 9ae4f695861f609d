#pragma once

// The hall display's state as a pure class: engine events and snapshots in,
// "now calling" and history lists out. Time comes from an injected clock
// (engine time), so flashing and staleness are testable without waiting.

#include "displaycall.h"

#include "core/clock.h"
#include "protocol/readmodel.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace novbe {

struct DisplayModelSettings
{
    int currentMax = 3; // "Now calling" rows (1..3)
    int historyMax = 8; // history rows (8..12); 8 keeps the letters hall-sized
    int staleSec = 300; // a call older than this leaves "Now calling"
    int freshSec = 30;  // a call older than this on arrival does not flash
    DisplayZone zone;
};

// What a desk display shows for its one counter (`novbe-display --counter`).
struct DeskState
{
    bool known = false; // the counter is in the centre (and in the zone)
    LocalizedText name;
    CounterState state = CounterState::Closed;
    QString number;      // the ticket called or served there, empty when none
    bool recall = false; // `number` was called again
    QString ticketId;
};

inline constexpr int FLASH_COUNT = 3;
inline constexpr int FLASH_HALF_PERIOD_MS = 500;

class DisplayModel : public QObject
{
    Q_OBJECT

public:
    explicit DisplayModel(const Clock &clock, DisplayModelSettings settings = {},
                          QObject *parent = nullptr);

    // Names, ticker, languages and counter names from `centre.get`.
    void setCentre(const CentreView &centre);
    const CentreView &centre() const { return m_centre; }
    const DisplayModelSettings &settings() const { return m_settings; }

    // Applies one event; false when ignored (seq already seen, other type,
    // outside the zone, unusable).
    bool applyEvent(const EventView &event);
    // Replaces the state with a `queue.snapshot` result (after resync or connect).
    // Calls the display did not know and that are fresh flash and are announced.
    void applySnapshot(const QueueSnapshot &snapshot);
    // Re-evaluates flashing and staleness at the clock's now; emits changed() if
    // what is visible changed.
    void tick();

    qint64 lastSeq() const { return m_lastSeq; }
    QString serviceDay() const { return m_serviceDay; }
    // "Now calling": newest first, at most currentMax, one per counter, none stale.
    QList<DisplayCall> currentCalls() const;
    // Earlier calls, newest first, at most historyMax, without the current ones.
    QList<DisplayCall> history() const;
    // True while `call` is in an inverse phase of its three flashes.
    bool isInverse(const DisplayCall &call) const;
    // True once the newest current call has stopped flashing (until the next call).
    bool isHighlighted(const DisplayCall &call) const;
    // True while any current call still flashes (the view ticks faster then).
    bool isFlashing() const;
    // The manager's ticker message showing now (display.message; the
    // snapshot's `message` after a reconnect); "" when none or expired.
    QString message() const;
    // The state of counter `counterId` for a desk display: its current ticket
    // whatever its age (a desk serves one citizen for as long as it takes).
    DeskState desk(const QString &counterId) const;
    // The last call at `counterId` while it is still the counter's ticket.
    std::optional<DisplayCall> deskCall(const QString &counterId) const;
    // Engine time of the last snapshot or event taken in (null before the first).
    QDateTime lastUpdate() const { return m_lastUpdate; }

signals:
    void changed();
    // A new call or recall the display accepted live (not from a snapshot
    // unless it was unknown and fresh): the announcer's input.
    void callArrived(const novbe::DisplayCall &call);

private:
    bool applyCall(const EventView &event, const TicketCalledEvent &called);
    bool applyCounter(const CounterView &counter);
    DisplayCall callOf(const TicketView &ticket, const CounterRef &counter,
                       const QDateTime &at) const;
    void insertCall(const DisplayCall &call);
    bool isStale(const DisplayCall &call) const;
    bool isCurrentAtCounter(const DisplayCall &call) const;
    bool isFresh(const QDateTime &at) const;
    QString visibleState() const;

    const Clock &m_clock;
    DisplayModelSettings m_settings;
    CentreView m_centre;
    QHash<QString, LocalizedText> m_counterNames; // counter id -> short name
    QList<DisplayCall> m_calls;                   // newest first, one per ticket
    QHash<QString, QString> m_counterTicket;      // counter id -> its current ticket id
    QHash<QString, CounterView> m_counters;       // counter id -> its last known state
    QDateTime m_lastUpdate;
    qint64 m_lastSeq = 0;
    QString m_serviceDay;
    QString m_lastVisible;
    std::optional<DisplayMessage> m_message;
};

} // namespace novbe
