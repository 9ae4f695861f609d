#pragma once

#include "core/queueengine.h"

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

    bool showsService(const QString &service) const;
    bool showsCounter(const QString &counter) const;
};

// Read-side JSON shapes of protocol.md sections 4 and 5, built from the live core.
QJsonObject centreInfoJson(const CentreConfig &config);
// A full ticket; waiting tickets carry ahead/etaSec.
QJsonObject ticketJson(const QueueEngine &core, const Ticket &ticket, const QDateTime &now);
QJsonObject counterJson(const QueueEngine &core, const CounterStatus &counter, bool reduced);
QJsonArray countersJson(const QueueEngine &core, const ViewScope &scope);
// centre.get result.
QJsonObject centreGetJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now);
// queue.snapshot result; displays get no waiting lists.
QJsonObject snapshotJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now);

} // namespace novbe
