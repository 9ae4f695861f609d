// Storage faults under the real engine (docs/database.md "Storage faults"):
// the LD_PRELOAD shim libnovbe_faultfs.so makes fsync/fdatasync of the WAL
// fail with EIO, or its writes fail with ENOSPC/EIO or come back short, at
// the Nth call. A failed commit is never acknowledged; after the fault and a
// restart, exactly the acknowledged tickets are there.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// An engine whose WAL I/O goes through the shim, and its plan file.
class FaultyEngine
{
public:
    FaultyEngine() : m_engine(alwaysOpenCentre(), options(planPath())) {}
    EngineProcess &engine() { return m_engine; }
    // Arms the shim: "<op> <nth> <error> <times>" on the WAL file.
    void arm(const QString &fault)
    {
        QFile plan(planPath());
        REQUIRE(plan.open(QIODevice::WriteOnly | QIODevice::Truncate));
        plan.write((fault + u" centre.db-wal\n"_s).toUtf8());
    }
    void clear() { QFile::remove(planPath()); }

private:
    QString planPath() const { return m_planDir.filePath(u"faultfs.plan"_s); }
    static EngineProcessOptions options(const QString &plan)
    {
        EngineProcessOptions o;
        o.environment = {u"LD_PRELOAD="_s + QStringLiteral(NOVBE_FAULTFS_LIB),
                         u"NOVBE_FAULTFS_PLAN="_s + plan};
        return o;
    }
    QTemporaryDir m_planDir; // before m_engine: its path goes into the options
    EngineProcess m_engine;
};

QJsonObject issue(TestClient &kiosk)
{
    return kiosk.call(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
}

QString ticketId(const QJsonObject &response)
{
    return resultOf(response).value(u"ticket"_s).toObject().value(u"id"_s).toString();
}

struct Seen
{
    QStringList waiting; // passport's waiting ticket ids
    qint64 seq = 0;
};

Seen snapshot(quint16 port)
{
    auto manager = connectAs(port, u"dashboard-1"_s);
    const QJsonObject snap = okCall(*manager, u"queue.snapshot"_s);
    Seen seen{{}, snap.value(u"seq"_s).toInteger()};
    for (const QJsonValue &service : snap.value(u"services"_s).toArray()) {
        if (service[u"id"_s].toString() != u"passport"_s)
            continue;
        for (const QJsonValue &ticket : service[u"waiting"_s].toArray())
            seen.waiting.append(ticket[u"id"_s].toString());
    }
    return seen;
}

// Kills the engine (no clean close), lifts the fault, starts it again and
// checks that the tickets and seq are exactly the acknowledged ones.
void checkAfterRestart(FaultyEngine &faulty, const QStringList &acked, qint64 ackedSeq)
{
    faulty.engine().kill();
    faulty.clear();
    REQUIRE(faulty.engine().start());
    const Seen seen = snapshot(faulty.engine().port());
    CHECK(seen.waiting.join(u' ').toStdString() == acked.join(u' ').toStdString());
    CHECK(seen.seq == ackedSeq);
}

qint64 seqOf(TestClient &client)
{
    return okCall(client, u"queue.snapshot"_s).value(u"seq"_s).toInteger();
}

} // namespace

TEST_CASE("a failed fsync is not acknowledged and cannot come back after a kill",
          "[engine][storagefaults]")
{
    FaultyEngine faulty;
    REQUIRE(faulty.engine().start());
    auto kiosk = connectAs(faulty.engine().port(), u"kiosk-1"_s);
    auto manager = connectAs(faulty.engine().port(), u"dashboard-1"_s);
    okCall(*manager, u"alerts.subscribe"_s);
    QStringList acked{ticketId(issue(*kiosk)), ticketId(issue(*kiosk))};
    const qint64 ackedSeq = seqOf(*manager);

    faulty.arm(u"fsync 1 EIO 1"_s);
    checkError(issue(*kiosk), 1008, u"STORAGE_UNAVAILABLE"_s);
    CHECK(faulty.engine().output().contains("faultfs: f"));
    REQUIRE(waitUntil([&] { return !alertsOf(*manager, u"STORAGE_WRITE_FAILED"_s).isEmpty(); }));
    CHECK(seqOf(*manager) == ackedSeq);
    // Killed before any other write: the failed batch's WAL frames must not
    // be recovered at the next start.
    checkAfterRestart(faulty, acked, ackedSeq);
}

TEST_CASE("after a failed fsync the engine checks the file and carries on",
          "[engine][storagefaults]")
{
    FaultyEngine faulty;
    REQUIRE(faulty.engine().start());
    auto kiosk = connectAs(faulty.engine().port(), u"kiosk-1"_s);
    QStringList acked{ticketId(issue(*kiosk))};
    faulty.arm(u"fsync 1 EIO 1"_s);
    checkError(issue(*kiosk), 1008, u"STORAGE_UNAVAILABLE"_s);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject again = issue(*kiosk);
        REQUIRE(isOk(again));
        acked.append(ticketId(again));
    }
    auto manager = connectAs(faulty.engine().port(), u"dashboard-1"_s);
    checkAfterRestart(faulty, acked, seqOf(*manager));
}

TEST_CASE("fsync failing for good stops writes with a critical alert; reads go on",
          "[engine][storagefaults]")
{
    FaultyEngine faulty;
    REQUIRE(faulty.engine().start());
    auto kiosk = connectAs(faulty.engine().port(), u"kiosk-1"_s);
    auto manager = connectAs(faulty.engine().port(), u"dashboard-1"_s);
    okCall(*manager, u"alerts.subscribe"_s);
    const QStringList acked{ticketId(issue(*kiosk))};
    const qint64 ackedSeq = seqOf(*manager);

    faulty.arm(u"fsync 1 EIO 0"_s);
    checkError(issue(*kiosk), 1008, u"STORAGE_UNAVAILABLE"_s);
    const QString stopped = u"STORAGE_WRITES_STOPPED"_s;
    REQUIRE(waitUntil([&] { return !alertsOf(*manager, stopped).isEmpty(); }));
    CHECK(alertsOf(*manager, stopped).first().value(u"severity"_s).toString() == u"critical"_s);
    faulty.clear(); // the disk is fine again, but the open file is not trusted
    checkError(issue(*kiosk), 1008, u"STORAGE_UNAVAILABLE"_s);
    CHECK(faulty.engine().output().contains("writes are stopped"));
    CHECK(seqOf(*manager) == ackedSeq); // reads are still served
    checkAfterRestart(faulty, acked, ackedSeq);
    auto again = connectAs(faulty.engine().port(), u"kiosk-1"_s);
    CHECK(isOk(issue(*again)));
}

TEST_CASE("a WAL write failing with ENOSPC or EIO is not acknowledged; the engine carries on",
          "[engine][storagefaults]")
{
    const QString fault = GENERATE(u"write 1 ENOSPC 1"_s, u"write 2 EIO 1"_s);
    INFO(fault.toStdString());
    FaultyEngine faulty;
    REQUIRE(faulty.engine().start());
    auto kiosk = connectAs(faulty.engine().port(), u"kiosk-1"_s);
    QStringList acked{ticketId(issue(*kiosk))};
    faulty.arm(fault);
    checkError(issue(*kiosk), 1008, u"STORAGE_UNAVAILABLE"_s);
    CHECK(faulty.engine().output().contains("faultfs: "));
    const QJsonObject next = issue(*kiosk);
    REQUIRE(isOk(next));
    acked.append(ticketId(next));
    auto manager = connectAs(faulty.engine().port(), u"dashboard-1"_s);
    checkAfterRestart(faulty, acked, seqOf(*manager));
}

TEST_CASE("short WAL writes are completed, acknowledged and durable", "[engine][storagefaults]")
{
    FaultyEngine faulty;
    REQUIRE(faulty.engine().start());
    auto kiosk = connectAs(faulty.engine().port(), u"kiosk-1"_s);
    faulty.arm(u"write 1 short 0"_s);
    QStringList acked;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject issued = issue(*kiosk);
        REQUIRE(isOk(issued));
        acked.append(ticketId(issued));
    }
    CHECK(faulty.engine().output().contains("short"));
    auto manager = connectAs(faulty.engine().port(), u"dashboard-1"_s);
    checkAfterRestart(faulty, acked, seqOf(*manager));
}
