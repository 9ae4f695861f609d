#pragma once

// The engine's SQLite store (sqlite3 C API): schema and migrations, the
// append-only compact event journal, group commit of whole batches, start-up
// recovery, checks, backup. Used from one thread (the engine's); WAL
// checkpoints run on a helper thread with their own connection.

#include "journal.h"

#include "core/centreconfig.h"
#include "core/daysummary.h"
#include "core/queueengine.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace novbe {

struct StoreOptions
{
    bool readOnly = false;
    int busyTimeoutMs = 2000;
};

// Last known health of a device (from device.changed events).
// A journaled event with the service day the journal files it under.
struct DayEvent
{
    QString day;
    DomainEvent event;
};

struct DeviceRecord
{
    QString id;
    bool online = false;
    QString printerState;
    QString printerDetail;
    QDateTime lastSeen;
};

class Store : public Journal
{
public:
    inline static constexpr int SCHEMA_VERSION = 5;
    // How long a stored Idempotency-Key answer is kept (docs/appointments.md).
    inline static constexpr int ANSWER_TTL_SEC = 24 * 3600;
    // Files up to this size get a full quick_check at open (a fraction of a
    // second); larger ones only the cheap checks, and a quick_check later in
    // the background (IntegrityChecker: Store::check on another thread).
    inline static constexpr qint64 FULL_CHECK_BYTES = 64LL * 1024 * 1024;

    // Opens (creating if absent), checks, migrates. The checks at open are
    // cheap: the header, the page count against the file size, the schema,
    // the small tables and the newest journal rows (or a full quick_check for
    // files up to FULL_CHECK_BYTES). Errors: corrupt file, newer schema,
    // failed migration, read-only or locked file ->
    // DomainError{StorageUnavailable, clear message}.
    static Result<std::unique_ptr<Store>> open(const QString &path, StoreOptions options = {});
    // PRAGMA quick_check (`full`: integrity_check) of the file on a connection
    // of its own; may run on any thread while the engine writes. The problems
    // found ("ok" when none), or an error when the file cannot be read.
    // `cancel`, when given and set, stops a running check (it then fails).
    static Result<QString> check(const QString &path, bool full,
                                 const std::atomic_bool *cancel = nullptr);
    // The schema version (PRAGMA user_version) of the file at `path`, any
    // version; read-only, nothing checked or migrated.
    static Result<int> schemaVersion(const QString &path);
    // Backup of the file at `path` as it is (any schema version, VACUUM INTO
    // on a read-only connection) to `destPath`, which must not exist.
    static Status backupFile(const QString &path, const QString &destPath);
    ~Store() override;

    // Rebuilds `serviceDay`'s live state: that day's tickets (issue order), all
    // counters, appointments not yet ended (end >= the day's 00:00 UTC - 14 h,
    // any state), lastSeq, feedback given on that day's tickets.
    Result<RestoredState> loadState(const QString &serviceDay) const;

    // Writes every outcome of one batch in ONE transaction and commits
    // (WAL, synchronous=FULL): its events as one journal row, the tickets
    // that ended, the counters, appointments, feedback and devices that
    // changed. On failure nothing of the batch stays.
    // Requires: the batch's event seqs are exactly lastSeq()+1, +2, ... (else refused).
    Status writeBatch(const std::vector<const Outcome *> &batch,
                      const CentreConfig &config) override;
    // With the batch's audit entries and stored answers in the same
    // transaction; answers older than ANSWER_TTL_SEC are deleted with them.
    Status writeAudited(const std::vector<const Outcome *> &batch, const CentreConfig &config,
                        const std::vector<AuditEntryView> &audit,
                        const std::vector<StoredAnswer> &answers = {}) override;
    // The stored answer of (client, key) given at or after `notBefore`.
    std::optional<StoredAnswer> storedAnswer(const QString &client, const QString &key,
                                             const QDateTime &notBefore) const;
    // The audit trail from `since` on (inclusive), oldest first, at most `limit`
    // entries after the entry `afterId` (paging).
    std::vector<AuditEntryView> auditSince(const QDateTime &since, qint64 afterId = 0,
                                           int limit = 1000) const;

    // Journal reads for events.subscribe replay and KPI recomputation.
    std::vector<DomainEvent> eventsAfter(qint64 seq, int limit = 100000) const override;
    qint64 oldestSeq() const override; // 0 when the journal is empty
    qint64 lastSeq() const override;
    // True once a failed write left the file untrusted (writeguard.h): every
    // later writeBatch is refused without touching the file.
    bool writesStopped() const override;
    std::vector<DomainEvent> dayEvents(const QString &serviceDay) const;
    // For a reader beside the engine (novbe-uplink; a read-only store): the
    // events after `seq`, at most `limit`, each with its day, read in one
    // read transaction that first loads the names the engine added since.
    // Never blocks the engine's writes (WAL). An error for a damaged row.
    Result<std::vector<DayEvent>> followAfter(qint64 seq, int limit);
    // A ticket that has ended (done, no-show, cancelled, reset), any day.
    // Today's live tickets are the core's.
    std::optional<Ticket> findTicket(const QString &id) const;
    std::vector<Feedback>
    dayFeedback(const QString &serviceDay) const; // feedback on that day's tickets
    std::vector<DeviceRecord> devices() const;
    // The kept summary of closed day `day` (schema 5, storesummaries.cpp): only
    // when it was derived under `inputs` (summaryInputs) from the day's journal
    // as it is now and its row reads back intact; else nullopt (derive again).
    std::optional<DaySummary> keptDaySummary(const QString &day, const QByteArray &inputs) const;
    // Keeps the summaries of closed days (derived from their journal under
    // `inputs`) in one transaction of their own, replacing older ones. Refused
    // inside a transaction and once writes have stopped; a cache, so a
    // failure loses nothing.
    Status keepDaySummaries(const std::vector<DaySummary> &days, const QByteArray &inputs);
    // Service day of the newest journal event; empty when the journal is empty.
    QString lastServiceDay() const;

    // Clears the citizen's name and phone of every appointment that ended
    // before `endedBefore` (the statistics keep everything else), then
    // checkpoints and truncates the WAL so that no old copy stays in it.
    // Returns how many appointments were purged.
    Result<int> purgePersonalData(const QDateTime &endedBefore);

    // The centre's secret `name` (meta `secret.<name>`, 32 bytes from the
    // system CSPRNG, made and committed on first use): the key of the
    // tracking tokens (server/trackingtokens.h). StorageUnavailable when it
    // can be neither read nor stored.
    Result<QByteArray> secret(const QString &name);

    // Online backup of the live database to `destPath` (VACUUM INTO).
    Status backup(const QString &destPath);

    // Fault injection for tests: caps the file size (PRAGMA max_page_count;
    // below the current size means the current size); 0 restores the default.
    void setMaxPageCount(qint64 pages);

    QString path() const;

private:
    Store() = default;
    void guardAfterIoError(const std::vector<const Outcome *> &batch, Status &status);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace novbe
