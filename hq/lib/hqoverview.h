#pragma once

// What the HQ dashboard reads each refresh: every centre's line of
// hq.overview (schema 4) with its ages measured on HQ's clock, and a
// centre's queues now (the drill-down). Read-only; derived tables only.

#include "pgconn.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace novbe::hq {

struct CentreStatus
{
    QString id;
    QString name;
    bool mobile = false;
    int waiting = 0;
    std::optional<int> longestWaitSec; // nobody waiting: none
    int longestTargetSec = 0;          // that ticket's service target (0: none)
    int servedToday = 0;
    int slaPct = 100;
    int feedbackToday = 0;
    std::optional<double> avgRating;
    int activeAlerts = 0;
    qint64 lastSeq = 0;
    QDate day;            // the centre's service day of its newest event at HQ
    int heardAgoSec = -1; // HQ's now - the centre's last shipment or hello; -1: never
    int eventAgoSec = -1; // HQ's now - the centre's newest event; -1: none yet
    bool operator==(const CentreStatus &) const = default;
};

struct CentreQueue
{
    QString service;
    int waiting = 0;
    int etaSec = 0;
    bool operator==(const CentreQueue &) const = default;
};

// Every centre, by id.
Result<std::vector<CentreStatus>> readOverview(PgConnection &db);
// The centre's queues with somebody waiting or known, by service.
Result<std::vector<CentreQueue>> readQueues(PgConnection &db, const QString &centreId);

} // namespace novbe::hq
