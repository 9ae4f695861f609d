#pragma once

// What the server needs of the event journal: group commit of whole batches
// and reads for subscription replay. `Store` is the real one (SQLite); tests
// use an in-memory one that can be told to fail, to drive the Batcher and the
// Fanout in-process without fault hooks in the store.

#include "storedanswer.h"

#include "core/centreconfig.h"
#include "core/queueengine.h"
#include "core/result.h"
#include "protocol/readmodel.h"

#include <vector>

namespace novbe {

class Journal
{
public:
    virtual ~Journal() = default;

    // Writes every outcome of one batch durably, or nothing (then an error).
    // Requires: the batch's event seqs are exactly lastSeq()+1, +2, ...
    virtual Status writeBatch(const std::vector<const Outcome *> &batch,
                              const CentreConfig &config) = 0;
    // The same, with the batch's audit entries (ids assigned by the journal)
    // and the HTTP answers to keep for Idempotency-Key retries, in the same
    // transaction; `batch` may be empty when `audit` is not. A journal
    // without them (the tests' in-memory one) drops them.
    virtual Status writeAudited(const std::vector<const Outcome *> &batch,
                                const CentreConfig &config,
                                const std::vector<AuditEntryView> &audit,
                                const std::vector<StoredAnswer> &answers = {})
    {
        (void)audit;
        (void)answers;
        return writeBatch(batch, config);
    }
    // Journaled events with seq > `seq`, ascending, at most `limit`.
    virtual std::vector<DomainEvent> eventsAfter(qint64 seq, int limit = 100000) const = 0;
    virtual qint64 oldestSeq() const = 0; // 0 when the journal is empty
    virtual qint64 lastSeq() const = 0;
    // True when the journal refuses every write for good (a failed fsync it
    // could not recover from); the engine then alerts the managers.
    virtual bool writesStopped() const { return false; }
};

} // namespace novbe
