#pragma once

#include "operation.h"
#include "result.h"

namespace novbe {

class QueueEngineState;

// What devices report about the hall: a citizen's rating from the rating
// pad, and a device's health (online/offline, printer state).
class DeviceReports
{
public:
    explicit DeviceReports(QueueEngineState &state) : d(state) {}
    DeviceReports(const DeviceReports &) = delete;
    DeviceReports &operator=(const DeviceReports &) = delete;

    Result<Outcome> submitFeedback(const QString &ticketId, int rating, const QString &comment,
                                   const QDateTime &now);
    // A journaled health change.
    Result<Outcome> deviceChanged(const QString &device, bool online, const QString &printerState,
                                  const QString &printerDetail, const QDateTime &now);

private:
    QueueEngineState &d;
};

} // namespace novbe
