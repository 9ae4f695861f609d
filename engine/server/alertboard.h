#pragma once

#include "core/alerts.h"
#include "protocol/readmodel.h"

#include <deque>
#include <functional>

namespace novbe {

// The alerts the engine raises for the centre's managers: one-off alerts
// (a failed integrity check run, guessing, ...) and the centre alerts its
// rules raise and clear (the tracker, fed by AlertWatch). Each new alert and
// each change of one goes to the listener (the fan-out) at once, whether or
// not the journal can take it: an alert about the store must not depend on
// the store. Holds the newest RECENT.
class AlertBoard
{
public:
    static constexpr size_t RECENT = 100;
    using Listener = std::function<void(const AlertView &alert)>;

    AlertBoard();
    void setListener(Listener listener) { m_listener = std::move(listener); }
    const AlertView &raise(const QString &code, const QString &severity, const QString &message,
                           const QDateTime &at);
    // A centre alert raised, cleared or acknowledged: replaces the entry with
    // its id (or is added) and goes to the listener.
    void publish(const AlertRecord &alert);
    // Oldest first.
    const std::deque<AlertView> &recent() const { return m_recent; }
    // At start: the alerts a previous run left active today, and the ids it
    // used (new ones continue after the highest of `events`' alerts).
    void restore(const std::vector<DomainEvent> &events);
    // The active centre alerts; their ids come from the same sequence.
    AlertTracker &tracker() { return m_tracker; }
    const AlertTracker &tracker() const { return m_tracker; }

private:
    std::deque<AlertView> m_recent;
    qint64 m_lastId = 0;
    Listener m_listener;
    AlertTracker m_tracker;
};

} // namespace novbe
