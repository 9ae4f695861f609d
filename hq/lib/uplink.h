#pragma once

// novbe-uplink's work (docs/hq.md): reads the centre's journal as a
// concurrent reader of its SQLite file (WAL: the engine is never blocked)
// from the position HQ has, and ships the events to HQ's PostgreSQL in
// batches, each one transaction sent in one round trip. Idempotent: HQ keeps
// the shipped position in the same transaction as the rows, and skips rows
// at or below it, so a batch shipped twice changes nothing and a restart of
// either side resumes exactly. Down links are retried with backoff.

#include "pgconn.h"

#include "core/centreconfig.h"

#include <QString>

#include <memory>
#include <vector>

namespace novbe {
class Store;
}

namespace novbe::hq {

struct UplinkOptions
{
    QString dbPath;   // the engine's database file
    QString conninfo; // libpq connection string (docs/hq.md: sslmode=verify-full)
    int batchEvents = 2000;
    int pollMs = 200; // how often an idle uplink looks for new events
    int minBackoffMs = 500;
    int maxBackoffMs = 30000;
};

enum class UplinkStep {
    Shipped, // a batch reached HQ
    Idle,    // HQ has everything
    Down,    // HQ or the journal cannot be reached now (lastError())
};

class Uplink
{
public:
    Uplink(CentreConfig config, UplinkOptions options);
    ~Uplink();

    // Opens and connects when needed, then ships at most one batch.
    UplinkStep step();
    // How long to wait before the next step: none after a batch, the poll
    // after an idle step, after a failure a backoff doubling from
    // minBackoffMs up to maxBackoffMs (with jitter), reset by a success.
    int delayMs() const { return m_delayMs; }
    // HQ's shipped position (-1 until the first greeting).
    qint64 position() const { return m_position; }
    bool connected() const { return m_db != nullptr; }
    QString lastError() const { return m_error; }
    // Events shipped by this process.
    qint64 shippedEvents() const { return m_shipped; }
    int batchEvents() const { return m_options.batchEvents; }

private:
    bool open();
    bool greet();
    UplinkStep ship();
    UplinkStep down(const QString &why, bool dropLink);

    CentreConfig m_config;
    UplinkOptions m_options;
    std::unique_ptr<Store> m_store;
    // The -wal and -shm files m_store was opened with (device and inode of
    // each): when the engine closes as the last writer, SQLite removes them
    // and the next engine makes new ones, which a connection holding the old
    // ones never sees; the store is then opened again.
    std::vector<quint64> m_walFiles;
    std::unique_ptr<PgConnection> m_db;
    qint64 m_position = -1;
    qint64 m_shipped = 0;
    int m_backoffMs = 0;
    int m_delayMs = 0;
    QString m_error;
};

} // namespace novbe::hq
