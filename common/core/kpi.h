#pragma once

#include "centreconfig.h"
#include "domainevent.h"
#include "records.h"
#include "ticket.h"

#include <QString>

#include <vector>

namespace novbe {

struct ServiceKpi
{
    QString id;
    int issued = 0;
    int served = 0;        // done
    int noShow = 0;
    int cancelled = 0;
    int waiting = 0;       // waiting now
    int avgWaitSec = 0;    // issue -> first call, over called tickets
    int maxWaitSec = 0;
    int avgServiceSec = 0; // start -> finish, over done tickets
    int slaPct = 100;      // % of called tickets called within targetWaitMin
    bool operator==(const ServiceKpi &) const = default;
};

struct CounterKpi
{
    QString id;
    int served = 0;
    int noShow = 0;
    int avgServiceSec = 0;
    bool operator==(const CounterKpi &) const = default;
};

struct Kpis
{
    std::vector<ServiceKpi> services;   // in config order
    std::vector<CounterKpi> counters;   // in config order
    int feedbackCount = 0;
    double avgRating = 0.0;
    bool operator==(const Kpis &) const = default;
};

// KPIs of one service day from the live ticket table.
Kpis kpisFromTickets(const CentreConfig &config, const std::vector<Ticket> &tickets,
                     const std::vector<Feedback> &feedback);
// The same KPIs recomputed from the journal alone (events of one service day).
Kpis kpisFromEvents(const CentreConfig &config, const std::vector<DomainEvent> &events);

} // namespace novbe
