// The audit trail (issue 15, docs/security.md): a manager's and an operator's
// exceptional actions, failed logins, lockouts and config reloads are written
// to the engine's SQLite file with who, from which device and address, and
// when; audit.list and `novbe-ctl audit --since` read them back, also after
// a restart.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QString OTHER = u"127.0.0.2"_s;

QJsonArray auditOf(TestClient &manager, const QString &since = u"2000-01-01T00:00:00.000Z"_s)
{
    return okCall(manager, u"audit.list"_s, {{u"since"_s, since}}).value(u"entries"_s).toArray();
}

// The entries of `action` (in order).
QList<QJsonObject> entriesOf(const QJsonArray &entries, const QString &action)
{
    QList<QJsonObject> found;
    for (const QJsonValue &v : entries) {
        if (v.toObject().value(u"action"_s).toString() == action)
            found.append(v.toObject());
    }
    return found;
}

// Waits until audit.list holds `count` entries of `action`.
QList<QJsonObject> awaitEntries(TestClient &manager, const QString &action, int count)
{
    QList<QJsonObject> found;
    waitUntil([&] { return (found = entriesOf(auditOf(manager), action)).size() >= count; });
    REQUIRE(found.size() == count);
    return found;
}

void checkEntry(const QJsonObject &e, const QString &actor, const QString &device,
                const QString &address)
{
    INFO(QJsonDocument(e).toJson().toStdString());
    CHECK(e.value(u"id"_s).toInteger() > 0);
    CHECK(isIsoTime(e.value(u"at"_s)));
    CHECK(e.value(u"actor"_s).toString() == actor);
    CHECK(e.value(u"device"_s).toString() == device);
    CHECK(e.value(u"address"_s).toString() == address);
}

// Rows of the audit table in the engine's database file, read with Qt SQL.
int auditRows(const QString &dbPath, const QString &action)
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit-check"_s);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT count(*) FROM audit WHERE action = '%1'"_s.arg(action)));
        REQUIRE(q.next());
        rows = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"audit-check"_s);
    return rows;
}

QString issueTicket(quint16 port)
{
    auto kiosk = connectAs(port, u"kiosk-1"_s);
    return okCall(*kiosk, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
        .value(u"ticket"_s)
        .toObject()
        .value(u"id"_s)
        .toString();
}

} // namespace

TEST_CASE("a desk's and a manager's exceptional actions are audited with who, where and when",
          "[engine][audit]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    const QString first = issueTicket(engine.port());
    const QString second = issueTicket(engine.port());
    const QString third = issueTicket(engine.port());

    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*desk, u"counter.callTicket"_s, {{u"id"_s, second}});
    okCall(*desk, u"counter.recall"_s); // routine: journaled, not audited
    okCall(*desk, u"counter.transfer"_s,
           {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"last"_s}});
    okCall(*desk, u"ticket.cancel"_s, {{u"id"_s, third}, {u"reason"_s, u"left"_s}});

    auto manager = std::make_unique<TestClient>();
    REQUIRE(manager->connectFrom(OTHER, engine.port()));
    REQUIRE(resultOf(manager->hello(u"dashboard-1"_s, demoToken(u"dashboard-1"_s))).size() > 0);
    okCall(*manager, u"ticket.cancel"_s, {{u"id"_s, first}});

    const QJsonArray entries = auditOf(*manager);
    const QList<QJsonObject> login = entriesOf(entries, u"operator.login"_s);
    REQUIRE(login.size() == 1);
    checkEntry(login[0], u"op01"_s, u"desk-01"_s, u"127.0.0.1"_s);
    CHECK_FALSE(login[0].value(u"detail"_s).toString().contains(u"1001"_s)); // no PIN
    const QList<QJsonObject> called = entriesOf(entries, u"counter.callTicket"_s);
    REQUIRE(called.size() == 1);
    checkEntry(called[0], u"op01"_s, u"desk-01"_s, u"127.0.0.1"_s);
    CHECK(called[0].value(u"detail"_s).toString().contains(second));
    REQUIRE(entriesOf(entries, u"counter.transfer"_s).size() == 1);
    CHECK(entriesOf(entries, u"counter.transfer"_s)[0]
              .value(u"detail"_s)
              .toString()
              .contains(u"idCard"_s));
    CHECK(entriesOf(entries, u"counter.recall"_s).isEmpty());
    const QList<QJsonObject> cancels = entriesOf(entries, u"ticket.cancel"_s);
    REQUIRE(cancels.size() == 2);
    checkEntry(cancels[0], u"op01"_s, u"desk-01"_s, u"127.0.0.1"_s);
    checkEntry(cancels[1], u"dashboard-1"_s, u"dashboard-1"_s, OTHER);
    CHECK(cancels[1].value(u"detail"_s).toString().contains(first));
    CHECK(cancels[0].value(u"id"_s).toInteger() < cancels[1].value(u"id"_s).toInteger());

    // Durable, in the file, and still there after a crash and restart.
    CHECK(auditRows(engine.dbPath(), u"ticket.cancel"_s) == 2);
    engine.kill();
    REQUIRE(engine.restartOnSamePort());
    auto again = connectAs(engine.port(), u"dashboard-1"_s);
    CHECK(entriesOf(auditOf(*again), u"ticket.cancel"_s).size() == 2);
    // `since` bounds the list.
    CHECK(auditOf(*again, u"2999-01-01T00:00:00.000Z"_s).isEmpty());
}

TEST_CASE("failed logins, the lockout and config reloads are audited", "[engine][audit]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    {
        TestClient guesser;
        REQUIRE(guesser.connectFrom(OTHER, engine.port()));
        for (int i = 0; i < 6; ++i) // 5 refused, then RATE_LIMITED (not audited one by one)
            guesser.hello(u"kiosk-2"_s, u"guess-%1"_s.arg(i));
    }
    const QList<QJsonObject> failed = awaitEntries(*manager, u"login.failed"_s, 5);
    checkEntry(failed[0], u"kiosk-2"_s, u"kiosk-2"_s, OTHER);
    CHECK(failed[0].value(u"detail"_s).toString() == u"wrong token"_s);
    CHECK_FALSE(failed[0].value(u"detail"_s).toString().contains(u"guess"_s));
    const QList<QJsonObject> locked = awaitEntries(*manager, u"login.locked"_s, 1);
    checkEntry(locked[0], u"kiosk-2"_s, u"kiosk-2"_s, OTHER);

    auto desk = connectAs(engine.port(), u"desk-01"_s);
    checkError(desk->call(u"operator.login"_s, {{u"operator"_s, u"op01"_s}, {u"pin"_s, u"9999"_s}}),
               1001, u"UNAUTHENTICATED"_s);
    const QList<QJsonObject> pin = awaitEntries(*manager, u"login.failed"_s, 6);
    checkEntry(pin[5], u"op01"_s, u"desk-01"_s, u"127.0.0.1"_s);
    CHECK(pin[5].value(u"detail"_s).toString() == u"wrong PIN"_s);

    engine.sendSignal(SIGHUP);
    QList<QJsonObject> reloads = awaitEntries(*manager, u"config.reload"_s, 1);
    checkEntry(reloads[0], u"SIGHUP"_s, QString(), QString());
    CHECK(reloads[0].value(u"detail"_s).toString().startsWith(u"reloaded"_s));
    engine.writeConfigBytes("{ not json");
    engine.sendSignal(SIGHUP);
    reloads = awaitEntries(*manager, u"config.reload"_s, 2);
    CHECK(reloads[1].value(u"detail"_s).toString().startsWith(u"refused"_s));
    CHECK(auditRows(engine.dbPath(), u"login.failed"_s) == 6);
}

TEST_CASE("audit.list is the manager's, checks its params and pages", "[engine][audit]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto desk = connectAs(engine.port(), u"desk-01"_s);
    checkError(desk->call(u"audit.list"_s, {{u"since"_s, u"2000-01-01T00:00:00.000Z"_s}}), 1002,
               u"FORBIDDEN"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    checkError(manager->call(u"audit.list"_s, {{u"since"_s, u"yesterday"_s}}), -32602,
               u"INVALID_PARAMS"_s);
    const QJsonObject empty = okCall(*manager, u"audit.list"_s,
                                     {{u"since"_s, u"2000-01-01T00:00:00.000Z"_s}});
    CHECK(empty.value(u"entries"_s).toArray().isEmpty());
    CHECK(empty.value(u"more"_s).toBool() == false);
}

TEST_CASE("novbe-ctl audit --since prints the trail", "[engine][audit][ctl]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    const QString ticket = issueTicket(engine.port());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"ticket.cancel"_s, {{u"id"_s, ticket}, {u"reason"_s, u"duplicate"_s}});

    QProcess ctl;
    ctl.start(QStringLiteral(NOVBE_CTL),
              {u"--port"_s, QString::number(engine.port()), u"--device"_s, u"dashboard-1"_s,
               u"--token"_s, demoToken(u"dashboard-1"_s), u"audit"_s, u"--since"_s,
               u"2000-01-01"_s});
    REQUIRE(ctl.waitForFinished(30000));
    const QString out = QString::fromUtf8(ctl.readAllStandardOutput());
    INFO(out.toStdString() << ctl.readAllStandardError().toStdString());
    CHECK(ctl.exitCode() == 0);
    CHECK(out.contains(u"ticket.cancel"_s));
    CHECK(out.contains(u"by dashboard-1 device dashboard-1 from 127.0.0.1"_s));
    CHECK(out.contains(ticket));

    ctl.start(QStringLiteral(NOVBE_CTL),
              {u"--port"_s, QString::number(engine.port()), u"--device"_s, u"dashboard-1"_s,
               u"--token"_s, demoToken(u"dashboard-1"_s), u"audit"_s, u"--since"_s, u"soon"_s});
    REQUIRE(ctl.waitForFinished(30000));
    CHECK(ctl.exitCode() == 1); // usage
}
