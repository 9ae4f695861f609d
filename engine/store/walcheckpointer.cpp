#include "walcheckpointer.h"

#include <QtDebug>

#include <sqlite3.h>

#include <chrono>

namespace novbe {

WalCheckpointer::WalCheckpointer(QString path) : m_path(std::move(path)) {}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *writer)
{
    sqlite3_wal_hook(writer, &WalCheckpointer::walHook, this);
    m_thread = std::thread([this] { run(); });
}

int WalCheckpointer::checkpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

int WalCheckpointer::walHook(void *self, sqlite3 *db, const char *, int pages)
{
    static_cast<WalCheckpointer *>(self)->noteCommit(db, pages);
    return SQLITE_OK;
}

void WalCheckpointer::noteCommit(sqlite3 *db, int pages)
{
    if (pages >= HARD_CAP_PAGES) {
        qWarning("store: the WAL holds %d pages; checkpointing on the writer", pages);
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_walPages = pages;
    }
    if (pages >= CHECKPOINT_PAGES)
        m_wake.notify_one();
}

bool WalCheckpointer::checkpoint(sqlite3 *db)
{
    int logPages = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages,
                                             &copied);
    const std::lock_guard lock(m_mutex);
    if (rc == SQLITE_OK) {
        ++m_done;
        m_walPages = 0;
        return true;
    }
    if (rc != SQLITE_BUSY)
        qWarning("store: background checkpoint failed: %s", sqlite3_errstr(rc));
    return false;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        qWarning("store: the checkpoint thread cannot open %s", qPrintable(m_path));
        sqlite3_close_v2(db);
        return;
    }
    sqlite3_busy_timeout(db, 100);
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        const bool due = m_wake.wait_for(lock, std::chrono::milliseconds(IDLE_MS), [this] {
            return m_stop || m_walPages >= CHECKPOINT_PAGES;
        });
        if (m_stop)
            break;
        if (!due && m_walPages == 0)
            continue; // quiet and nothing new in the WAL
        lock.unlock();
        const bool done = checkpoint(db);
        lock.lock();
        if (!done) // back off instead of spinning while the WAL stays over the mark
            m_wake.wait_for(lock, std::chrono::milliseconds(IDLE_MS), [this] { return m_stop; });
    }
    lock.unlock();
    sqlite3_close_v2(db);
}

} // namespace novbe
