#pragma once

#include "protocol/readmodel.h"

#include <deque>
#include <functional>

namespace novbe {

// The alerts the engine raises for the centre's managers (a failed integrity
// check, ...). Kept in memory, not in the journal: an alert about the store
// must not depend on the store. Holds the newest RECENT; each new alert goes
// to the listener (the fan-out) at once.
class AlertBoard
{
public:
    static constexpr size_t RECENT = 100;
    using Listener = std::function<void(const AlertView &alert)>;

    void setListener(Listener listener) { m_listener = std::move(listener); }
    const AlertView &raise(const QString &code, const QString &severity, const QString &message,
                           const QDateTime &at);
    // Oldest first.
    const std::deque<AlertView> &recent() const { return m_recent; }

private:
    std::deque<AlertView> m_recent;
    qint64 m_lastId = 0;
    Listener m_listener;
};

} // namespace novbe
