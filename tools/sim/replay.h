#pragma once

// Replay: a real day read back from a centre's SQLite journal (engine/store)
// as a DayInput (arrivals, service times, no-shows, transfers, staffing), to
// re-run under another policy or staffing. And the other way round: a
// simulated day written to a journal, as the engine would have.

#include "citizens.h"

#include "core/operation.h"

#include <QString>

#include <memory>

namespace novbe {
class Store;
}

namespace novbe::sim {

// The day `day` (YYYY-MM-DD) of the journal at `dbPath` (opened read-only).
// With `plan`, the counters of the plan's groups work the plan's hours
// instead of the recorded ones.
Result<DayInput> readJournalDay(const QString &dbPath, const QString &day,
                                const CentreConfig &config, const StaffingPlan *plan);

// Journals a simulated day's outcomes to a new store file, in batches.
class JournalWriter
{
public:
    JournalWriter(const CentreConfig &config, std::unique_ptr<Store> store);
    ~JournalWriter();
    static Result<std::unique_ptr<JournalWriter>> create(const QString &path,
                                                         const CentreConfig &config);
    void add(const Outcome &outcome);
    Status flush();

private:
    const CentreConfig &m_config;
    std::unique_ptr<Store> m_store;
    std::vector<Outcome> m_pending;
    Status m_status = okStatus();
};

} // namespace novbe::sim
