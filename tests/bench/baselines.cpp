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

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

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
bool warmUp(sqlite3 *db, QString *error)
{
    return exec(db, "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 8000) INSERT INTO events(at, type, payload) SELECT 'warm-up', "
                    "'warm-up', zeroblob(600) FROM n; COMMIT; PRAGMA wal_checkpoint(PASSIVE); "
                    "DELETE FROM events;", error);
}

bool insertLoop(sqlite3 *db, double seconds, SqliteBaseline &out)
{
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO events(seq, at, type, payload) VALUES(?1, ?2, ?3, ?4)",
                           -1, &insert, nullptr) != SQLITE_OK) {
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const QByteArray payload(600, 'x');   // about one ticket event of the journal
    const qint64 start = nowNs();
    const auto budget = qint64(seconds * 1e9);
    bool ok = true;
    while (ok && nowNs() - start < budget) {
        const qint64 begin = nowNs();
        ok = exec(db, "BEGIN IMMEDIATE", &out.error);
        sqlite3_bind_int64(insert, 1, out.transactions + 1);
        sqlite3_bind_text(insert, 2, "2026-11-28T09:15:02.123Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, "ticket.issued", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, payload.constData(), int(payload.size()), SQLITE_STATIC);
        ok = ok && sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        ok = ok && exec(db, "COMMIT", &out.error);
        if (ok) {
            ++out.transactions;
            out.commit.add(nowNs() - begin);
        }
    }
    out.seconds = double(nowNs() - start) / 1e9;
    sqlite3_finalize(insert);
    if (!ok && out.error.isEmpty())
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
    return ok;
}

SqliteBaseline measureSqlite(const QString &dbPath, double seconds)
{
    SqliteBaseline out;
    QFile::remove(dbPath);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        out.error = u"cannot open %1"_s.arg(dbPath);
        sqlite3_close_v2(db);
        return out;
    }
    const bool ok = exec(db, "PRAGMA journal_mode = WAL", &out.error)
        && exec(db, "PRAGMA synchronous = FULL", &out.error)
        && exec(db, "CREATE TABLE events (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                    "type TEXT NOT NULL, payload TEXT NOT NULL)", &out.error)
        && warmUp(db, &out.error) && insertLoop(db, seconds, out);
    sqlite3_close_v2(db);
    if (ok && out.seconds > 0)
        out.txPerSec = double(out.transactions) / out.seconds;
    return out;
}

} // namespace

SqliteBaseline measureSqliteBaseline(const QString &dbPath, double seconds, bool busyCpu)
{
    std::atomic<bool> spin{busyCpu};
    std::thread spinner;
    if (busyCpu) {
        spinner = std::thread([&spin] {
            while (spin.load(std::memory_order_relaxed)) {
            }
        });
    }
    SqliteBaseline out = measureSqlite(dbPath, seconds);
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
