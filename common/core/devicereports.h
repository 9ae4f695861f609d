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

    // Journals the alerts raised and cleared (AlertTracker::update) as
    // alert.raised / alert.cleared, and an acknowledgement as alert.acknowledged.
    Outcome alertsChanged(const std::vector<AlertRecord> &raised,
                          const std::vector<AlertRecord> &cleared, const QDateTime &now);
    Outcome alertAcknowledged(const AlertRecord &alert, const QDateTime &now);

private:
    QueueEngineState &d;
};

} // namespace novbe
