#pragma once

#include "core/centreconfig.h"
#include "core/domainevent.h"
#include "store/journal.h"

#include <QByteArray>
#include <QJsonObject>

#include <deque>
#include <optional>
#include <vector>

namespace novbe {

struct AlertView;

class QueueEngine;
class Session;
class SessionRegistry;

// Event subscriptions: replay from the store's journal, then live events,
// with no gap and no duplicate (each session remembers the last seq it got).
// Displays get only their events, with reduced tickets, within their zone.
// Alerts go to the sessions that called alerts.subscribe.
class Fanout
{
public:
    Fanout(const QueueEngine &core, const Journal &journal, SessionRegistry &sessions);

    // Subscribes `session` after `sinceSeq` (nullopt: live events only).
    // Returns the events.subscribe result {seq, replayed} or {seq, resync: true}.
    QJsonObject subscribe(Session &session, std::optional<qint64> sinceSeq);
    // Sends committed events (ascending seq) to every subscribed session.
    // Each event is encoded once for all full subscribers and once for all
    // displays that get it.
    void publish(const std::vector<const DomainEvent *> &events);

    // Sends the `alert` notification to every session that asked for alerts.
    void publishAlert(const AlertView &alert);

    // True when a display configured as `device` is shown `event`.
    static bool displayGets(const DeviceConfig *device, const DomainEvent &event);

private:
    std::deque<QByteArray> replayLines(const Session &session, qint64 sinceSeq, qint64 lastSeq);

    const QueueEngine &m_core;
    const Journal &m_journal;
    SessionRegistry &m_sessions;
};

} // namespace novbe
