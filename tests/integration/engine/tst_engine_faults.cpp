// Issue "durable SQLite store", crash and fault tests through the running
// engine: a full disk answers STORAGE_UNAVAILABLE with nothing changed while
// reads keep working; a read-only or locked database stops the engine at start.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// The snapshot's queues without longestWaitSec (the engine clock runs in real time).
QJsonArray queuesOf(const QJsonObject &snapshot)
{
    QJsonArray out;
    for (const QJsonValue &service : snapshot.value(u"services"_s).toArray()) {
        QJsonObject queue = service.toObject();
        queue.remove(u"longestWaitSec"_s);
        out.append(queue);
    }
    return out;
}

int seqOf(TestClient &client)
{
    return okCall(client, u"queue.snapshot"_s).value(u"seq"_s).toInt();
}

// Creates the database with one engine run (started, then stopped with SIGTERM).
void createDatabase(EngineProcess &engine)
{
    REQUIRE(engine.start());
    REQUIRE(engine.terminate() == 0);
    REQUIRE(QFile::exists(engine.dbPath()));
}

// The engine must refuse to start: non-zero exit, a message naming the file, never listening.
void checkRefusedStart(EngineProcess &engine)
{
    const qsizetype offset = engine.output().size();
    const int code = engine.runToExit(30000);
    const QString message = QString::fromUtf8(engine.output().mid(offset));
    INFO("exit code " << code << ", stderr: " << message.toStdString());
    CHECK(code > 0);
    CHECK(message.contains(QFileInfo(engine.dbPath()).fileName()));
    CHECK_FALSE(QFile::exists(engine.portFilePath()));
}

} // namespace

TEST_CASE("a full disk answers STORAGE_UNAVAILABLE, changes nothing, and writes resume",
          "[engine][faults]")
{
    // debug.setMaxPageCount (test engine) caps the database (PRAGMA max_page_count).
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"events.subscribe"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    const QJsonObject first = okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
                                  .value(u"ticket"_s)
                                  .toObject();
    okCall(*manager, u"debug.setMaxPageCount"_s, {{u"pages"_s, 1}});

    // Fill the capped file to the brim: long request ids first (the daily
    // limit is not reached), then shorter ones until even a plain ticket
    // does not fit.
    QJsonObject failed;
    QString lastNumber = first.value(u"number"_s).toString();
    int serial = 0;
    for (int length : {120, 40, 8, 0}) {
        failed = {};
        for (int i = 0; i < 2000 && failed.isEmpty(); ++i) {
            QJsonObject params{{u"service"_s, u"passport"_s}};
            if (length > 0)
                params.insert(u"requestId"_s,
                              QString(QString(length, u'r') + QString::number(++serial)));
            const QJsonObject answer = kiosk->call(u"ticket.issue"_s, params);
            if (isOk(answer))
                lastNumber =
                    resultOf(answer).value(u"ticket"_s).toObject().value(u"number"_s).toString();
            else
                failed = answer;
        }
    }
    checkError(failed, 1008, u"STORAGE_UNAVAILABLE"_s);

    const int seq = seqOf(*kiosk);
    const QJsonObject snapshot = okCall(*kiosk, u"queue.snapshot"_s);
    checkError(kiosk->call(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}}), 1008,
               u"STORAGE_UNAVAILABLE"_s);
    checkError(desk->call(u"counter.callNext"_s), 1008, u"STORAGE_UNAVAILABLE"_s);
    // Reads keep working and show that nothing changed.
    CHECK(isOk(kiosk->call(u"centre.get"_s)));
    CHECK(isOk(kiosk->call(u"ticket.get"_s, {{u"id"_s, first.value(u"id"_s)}})));
    CHECK(queuesOf(okCall(*kiosk, u"queue.snapshot"_s)) == queuesOf(snapshot));
    CHECK(seqOf(*kiosk) == seq);
    CHECK(okCall(*desk, u"session.ping"_s).contains(u"now"_s));
    // Events of a batch leave before any later answer: after this answer the
    // manager holds every event up to `seq`.
    okCall(*manager, u"session.ping"_s);
    const qsizetype eventsBefore = manager->events().size();

    okCall(*manager, u"debug.setMaxPageCount"_s, {{u"pages"_s, 1000000000}});
    const QJsonObject next = okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
                                 .value(u"ticket"_s)
                                 .toObject();
    CHECK(next.value(u"number"_s).toString().mid(1).toInt() == lastNumber.mid(1).toInt() + 1);
    CHECK(okCall(*desk, u"counter.callNext"_s).value(u"ticket"_s).toObject().value(u"id"_s)
          == first.value(u"id"_s));
    REQUIRE(manager->waitForEvents(int(eventsBefore) + 1));
    QString seen;
    for (const QJsonObject &e : manager->events())
        seen += QString::number(e.value(u"seq"_s).toInt()) + u' ' + e.value(u"type"_s).toString()
            + u"; "_s;
    INFO("manager events: " << seen.toStdString() << " (" << eventsBefore
                            << " before the cap was lifted)");
    CHECK(manager->events().at(eventsBefore).value(u"seq"_s).toInt() == seq + 1); // no seq burnt
}

TEST_CASE("a read-only database file stops the engine with a clear message", "[engine][faults]")
{
    EngineProcessOptions options;
    options.dropPrivileges = true; // root ignores file permissions: run the engine as nobody
    EngineProcess engine(alwaysOpenCentre(), options);
    const QString dataDir = engine.dir() + u"/data"_s;
    REQUIRE(QDir().mkpath(dataDir));
    QFile::setPermissions(dataDir, QFileDevice::Permissions(0x7777));
    engine.setDbPath(dataDir + u"/centre.db"_s);
    createDatabase(engine);
    REQUIRE(QFile::setPermissions(
        engine.dbPath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    checkRefusedStart(engine);
}

TEST_CASE("a read-only database directory stops the engine with a clear message",
          "[engine][faults]")
{
    EngineProcessOptions options;
    options.dropPrivileges = true;
    EngineProcess engine(alwaysOpenCentre(), options);
    const QString dataDir = engine.dir() + u"/readonly"_s;
    REQUIRE(QDir().mkpath(dataDir));
    REQUIRE(QFile::setPermissions(dataDir,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    engine.setDbPath(dataDir + u"/centre.db"_s);
    checkRefusedStart(engine);
    CHECK_FALSE(QFile::exists(engine.dbPath()));
}

TEST_CASE("a database locked by another process stops the engine with a clear message",
          "[engine][faults]")
{
    EngineProcess engine(alwaysOpenCentre());
    createDatabase(engine);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(engine.dbPath());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
        REQUIRE(query.exec(u"BEGIN EXCLUSIVE"_s));
        REQUIRE(query.exec(u"SELECT count(*) FROM sqlite_master"_s));
        checkRefusedStart(engine);
        query.finish();
        db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    REQUIRE(engine.start()); // the lock was the only reason
    CHECK(engine.terminate() == 0);
}
