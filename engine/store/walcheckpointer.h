#pragma once

// WAL checkpoints off the request path. The writer's connection runs with
// wal_autocheckpoint=0; after each commit SQLite's WAL hook tells how many
// frames the WAL holds, and past CHECKPOINT_PAGES this thread, on its own
// connection, copies them into the database file (PASSIVE: it never blocks
// the writer). The WAL file then restarts from its beginning at the next
// write and journal_size_limit keeps it small. If the WAL still grows past
// HARD_CAP_PAGES (the thread cannot keep up) the writer checkpoints itself.

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace novbe {

class WalCheckpointer
{
public:
    static constexpr int CHECKPOINT_PAGES = 1000; // ~4 MB of 4 KiB pages
    static constexpr int HARD_CAP_PAGES = 65536;  // ~256 MB
    // While commits come, whatever the WAL holds is checkpointed at least this
    // often; after a checkpoint that could not finish (readers), the thread
    // waits this long before it tries again.
    static constexpr int IDLE_MS = 2000;

    explicit WalCheckpointer(QString path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Installs the WAL hook on the writer's connection and starts the thread.
    void attach(sqlite3 *writer);
    // Checkpoints done by the thread so far (tests, logs).
    int checkpoints() const;

private:
    static int walHook(void *self, sqlite3 *db, const char *name, int pages);
    void noteCommit(sqlite3 *db, int pages);
    void run();
    bool checkpoint(sqlite3 *db); // false: busy or failed

    QString m_path;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_walPages = 0;
    int m_done = 0;
    bool m_stop = false;
};

} // namespace novbe
