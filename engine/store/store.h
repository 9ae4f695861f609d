#pragma once

// The engine's SQLite store (sqlite3 C API): schema and migrations, the
// append-only event journal, group commit of whole batches, start-up
// recovery, backup. Single-threaded; owned by the engine.

#include "core/centreconfig.h"
#include "core/queueengine.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
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
    int faultMigrationStep = 0;   // tests only: the migration step to this version fails
};

// Last known health of a device (from device.changed events).
struct DeviceRecord
{
    QString id;
    bool online = false;
    QString printerState;
    QString printerDetail;
    QDateTime lastSeen;
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

    // Rebuilds `serviceDay`'s live state: that day's tickets (issue order), all
    // counters, appointments not yet ended (end >= the day's 00:00 UTC - 14 h,
    // any state), lastSeq, feedback given on that day's tickets.
    Result<RestoredState> loadState(const QString &serviceDay);

    // Writes every outcome of one batch in ONE transaction and commits
    // (WAL, synchronous=FULL). On failure nothing of the batch stays.
    // Requires: the batch's event seqs are exactly lastSeq()+1, +2, ... (else refused).
    // `written`, when given, receives each journaled event's payload (seq
    // order) so callers can broadcast the same bytes instead of encoding again.
    Status writeBatch(const std::vector<const Outcome *> &batch, const CentreConfig &config,
                      std::vector<StoredEvent> *written = nullptr);

    // Journal reads for events.subscribe replay and KPI recomputation.
    std::vector<StoredEvent> eventsAfter(qint64 seq, int limit = 100000);
    qint64 oldestSeq();   // 0 when the journal is empty
    qint64 lastSeq();
    std::vector<DomainEvent> dayEvents(const QString &serviceDay);
    std::optional<Ticket> findTicket(const QString &id);   // any day
    std::vector<Feedback> dayFeedback(const QString &serviceDay);   // feedback on that day's tickets
    std::vector<DeviceRecord> devices();
    // Service day of the newest journal event; empty when the journal is empty.
    QString lastServiceDay();

    // Online backup of the live database to `destPath` (VACUUM INTO).
    Status backup(const QString &destPath);

    // Fault injection for tests: caps the file size (PRAGMA max_page_count;
    // below the current size means the current size); 0 restores the default.
    void setMaxPageCount(qint64 pages);

    QString path() const;

private:
    Store() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace novbe
