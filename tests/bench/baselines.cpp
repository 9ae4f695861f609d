#include "baselines.h"

#include "waiter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <sqlite3.h>

#include <atomic>
#include <thread>

#include <time.h>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

// Steady state, like a running engine: a WAL file that already has its size
// and is rewritten from the start after each checkpoint (appending to a
// growing file makes every fsync also commit file-size metadata).
bool warmUp(sqlite3 *db, int payloadBytes, QString *error)
{
    const QByteArray sql =
        "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 8000) INSERT INTO events(at, type, payload) SELECT 'warm-up', "
        "'warm-up', zeroblob("
        + QByteArray::number(payloadBytes)
        + ") FROM n; COMMIT; "
          "PRAGMA wal_checkpoint(PASSIVE); DELETE FROM events;";
    return exec(db, sql.constData(), error);
}

// Steps a prepared statement that returns no rows and resets it.
bool run(sqlite3_stmt *statement)
{
    const bool ok = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_reset(statement);
    return ok;
}

// One INSERT per transaction; BEGIN and COMMIT are prepared too, so the loop
// costs what SQLite costs and no SQL parsing.
bool insertLoop(sqlite3 *db, double seconds, int payloadBytes, SqliteBaseline &out)
{
    sqlite3_stmt *begin = nullptr, *insert = nullptr, *commit = nullptr;
    bool ok = sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              "INSERT INTO events(seq, at, type, payload) "
                              "VALUES(?1, ?2, ?3, ?4)",
                              -1, &insert, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr) == SQLITE_OK;
    const QByteArray payload(payloadBytes, 'x');
    sqlite3_bind_text(insert, 2, "2026-11-28T09:15:02.123Z", -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, "ticket.issued", -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 4, payload.constData(), int(payload.size()), SQLITE_STATIC);
    const qint64 start = nowNs();
    const double cpuStart = threadCpuSeconds();
    const auto budget = qint64(seconds * 1e9);
    for (qint64 now = start; ok && now - start < budget;) {
        sqlite3_bind_int64(insert, 1, out.transactions + 1);
        ok = run(begin) && run(insert) && run(commit);
        const qint64 done = nowNs();
        if (ok) {
            ++out.transactions;
            out.commit.add(done - now);
        }
        now = done;
    }
    out.seconds = double(nowNs() - start) / 1e9;
    out.cpuSeconds = threadCpuSeconds() - cpuStart;
    if (!ok)
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
    for (sqlite3_stmt *statement : {begin, insert, commit})
        sqlite3_finalize(statement);
    return ok;
}

SqliteBaseline measureSqlite(const QString &dbPath, double seconds, const SqliteSpec &spec)
{
    SqliteBaseline out;
    QFile::remove(dbPath);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        out.error = u"cannot open %1"_s.arg(dbPath);
        sqlite3_close_v2(db);
        return out;
    }
    const bool ok = exec(db, "PRAGMA journal_mode = WAL", &out.error)
        && exec(db, spec.fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL",
                &out.error)
        && exec(db,
                "CREATE TABLE events (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                "type TEXT NOT NULL, payload TEXT NOT NULL)",
                &out.error)
        && warmUp(db, spec.payloadBytes, &out.error)
        && insertLoop(db, seconds, spec.payloadBytes, out);
    sqlite3_close_v2(db);
    if (ok && out.seconds > 0)
        out.txPerSec = double(out.transactions) / out.seconds;
    return out;
}

} // namespace

SqliteBaseline measureSqliteBaseline(const QString &dbPath, double seconds, const SqliteSpec &spec)
{
    std::atomic<bool> spin{spec.busyCpu};
    std::thread spinner;
    if (spec.busyCpu) {
        spinner = std::thread([&spin] {
            while (spin.load(std::memory_order_relaxed)) {}
        });
    }
    SqliteBaseline out = measureSqlite(dbPath, seconds, spec);
    spin = false;
    if (spinner.joinable())
        spinner.join();
    return out;
}

int runEchoServer(const QString &portFile)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 4;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket] { socket->write(socket->readAll()); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QSaveFile file(portFile);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QByteArray::number(server.serverPort()) + '\n');
    if (!file.commit())
        return 1;
    return QCoreApplication::exec();
}

} // namespace novbe::bench
