#pragma once

// The engine's SQLite store (sqlite3 C API): schema and migrations, the
// append-only event journal, group commit of whole batches, start-up
// recovery, backup. Single-threaded; owned by the engine.

#include "core/centreconfig.h"
#include "core/queueengine.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace novbe {

struct StoredEvent
{
    qint64 seq = 0;
    QByteArray payload;   // compact JSON of eventToJson(), as journaled
};

struct StoreOptions
{
    bool readOnly = false;
    int busyTimeoutMs = 2000;
};

class Store
{
public:
    inline static constexpr int SCHEMA_VERSION = 1;

    // Opens (creating if absent), runs PRAGMA quick_check, migrates.
    // Errors: corrupt file, newer schema, failed migration, read-only or
    // locked file -> DomainError{StorageUnavailable, clear message}.
    static Result<std::unique_ptr<Store>> open(const QString &path, StoreOptions options = {});
    ~Store();

    // Rebuilds `serviceDay`'s live state: that day's tickets, all counters,
    // appointments not yet ended, lastSeq, feedback given.
    Result<RestoredState> loadState(const QString &serviceDay);

    // Writes every outcome of one batch in ONE transaction and commits
    // (WAL, synchronous=FULL). On failure nothing of the batch stays.
    Status writeBatch(const std::vector<const Outcome *> &batch, const CentreConfig &config);

    // Journal reads for events.subscribe replay and KPI recomputation.
    std::vector<StoredEvent> eventsAfter(qint64 seq, int limit = 100000);
    qint64 oldestSeq();   // 0 when the journal is empty
    qint64 lastSeq();
    std::vector<DomainEvent> dayEvents(const QString &serviceDay);
    std::optional<Ticket> findTicket(const QString &id);   // any day

    // Online backup of the live database to `destPath` (VACUUM INTO).
    Status backup(const QString &destPath);

    // Fault injection for tests: caps the file size (PRAGMA max_page_count);
    // 0 restores the default.
    void setMaxPageCount(qint64 pages);

    QString path() const;

private:
    Store() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace novbe
