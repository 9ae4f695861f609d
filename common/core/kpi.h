#pragma once

#include "centreconfig.h"
#include "domainevent.h"
#include "records.h"
#include "ticket.h"

#include <QString>

#include <memory>
#include <vector>

namespace novbe {

struct ServiceKpi
{
    QString id;
    int issued = 0;
    int served = 0; // done
    int noShow = 0;
    int cancelled = 0;
    int waiting = 0;    // waiting now
    int avgWaitSec = 0; // issue -> first call, over called tickets
    int maxWaitSec = 0;
    int avgServiceSec = 0;  // start -> finish, over done tickets
    int slaPct = 100;       // % of called tickets called within targetWaitMin
    int called = 0;         // tickets called (slaPct's base; sums over services)
    int calledInTarget = 0; // of those, called within targetWaitMin
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
    std::vector<ServiceKpi> services; // in config order
    std::vector<CounterKpi> counters; // in config order
    int feedbackCount = 0;
    double avgRating = 0.0;
    bool operator==(const Kpis &) const = default;
};

// Accumulates the KPIs of one service day, one ticket at a time.
class KpiBuilder
{
public:
    explicit KpiBuilder(const CentreConfig &config);
    ~KpiBuilder();
    void add(const Ticket &ticket);
    Kpis finish(const std::vector<Feedback> &feedback) const;

private:
    struct Totals;
    const CentreConfig &m_config;
    std::unique_ptr<Totals> m_totals;
};

// KPIs of one service day from the live ticket table (any range of Ticket).
template <typename Tickets>
Kpis kpisFromTickets(const CentreConfig &config, const Tickets &tickets,
                     const std::vector<Feedback> &feedback)
{
    KpiBuilder builder(config);
    for (const Ticket &t : tickets)
        builder.add(t);
    return builder.finish(feedback);
}
// The same KPIs recomputed from the journal alone (events of one service day).
Kpis kpisFromEvents(const CentreConfig &config, const std::vector<DomainEvent> &events);

} // namespace novbe
