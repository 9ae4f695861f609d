#pragma once

// The read side of the engine: the read-model values (protocol/readmodel.h)
// of protocol.md sections 4 and 5, built from the live core and encoded with
// the shared encoders.

#include "core/queueengine.h"
#include "protocol/readmodel.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace novbe {

struct DeviceConfig;

// What a session may see: displays get reduced objects within their zone.
struct ViewScope
{
    bool display = false;
    const DeviceConfig *device = nullptr;
    bool manager = false; // managers also get the dashboard's targets

    bool showsService(const QString &service) const;
    bool showsCounter(const QString &counter) const;
    // The zone this scope filters by (everything unless a zoned display).
    Zone zone() const;
};

// The values.
TicketView liveTicketView(const QueueEngine &core, const Ticket &ticket, const QDateTime &now);
CentreView centreView(const QueueEngine &core, const ViewScope &scope, const QDateTime &now);
QueueSnapshot queueSnapshot(const QueueEngine &core, const ViewScope &scope, const QDateTime &now);
HelloView helloView(const QueueEngine &core, Role role, const QString &device);
StatsView statsView(const QueueEngine &core, const std::vector<Feedback> &dayFeedback);

// Their JSON, for the handlers.
QJsonObject centreInfoJson(const CentreConfig &config);
// A full ticket; waiting tickets carry ahead/etaSec.
QJsonObject ticketJson(const QueueEngine &core, const Ticket &ticket, const QDateTime &now);
QJsonObject counterJson(const QueueEngine &core, const CounterStatus &counter, bool reduced);
// centre.get result.
QJsonObject centreGetJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now);
// queue.snapshot result; displays get no waiting lists.
QJsonObject snapshotJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now);
// session.hello result.
QJsonObject helloResultJson(const QueueEngine &core, Role role, const QString &device);
// stats.today result.
QJsonObject statsTodayJson(const QueueEngine &core, const std::vector<Feedback> &dayFeedback);

} // namespace novbe
