// The manager's actions against the engine over TCP (docs/dashboard.md,
// "Manager actions"): service.setOpen, service.setCutoff, display.message
// and ticket.cancel — each answered, audited with who and which device, seen
// at once by kiosks and displays, refused with a clear error on bad input or
// the wrong role, and kept over a restart.

#include "bookingapi.h"
#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"

#include "protocol/readmodelcodec.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

const QString PASSPORT = u"passport"_s;

QList<QJsonObject> audited(TestClient &manager, const QString &action)
{
    QList<QJsonObject> found;
    const QJsonArray entries = okCall(manager, u"audit.list"_s,
                                      {{u"since"_s, u"2000-01-01T00:00:00.000Z"_s}})
                                   .value(u"entries"_s)
                                   .toArray();
    for (const QJsonValue &v : entries) {
        if (v.toObject().value(u"action"_s).toString() == action)
            found.append(v.toObject());
    }
    return found;
}

ServiceView serviceOf(TestClient &client, const QString &id)
{
    const std::optional<CentreView> centre = decode<CentreView>(okCall(client, u"centre.get"_s));
    REQUIRE(centre);
    const ServiceView *s = centre->service(id);
    REQUIRE(s);
    return *s;
}

QJsonObject issue(TestClient &kiosk, const QString &service = PASSPORT)
{
    return kiosk.call(u"ticket.issue"_s, {{u"service"_s, service}});
}

} // namespace

TEST_CASE("service.setOpen closes a service for new tickets; the kiosk sees it at once",
          "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"events.subscribe"_s);

    const QJsonObject answer = okCall(*manager, u"service.setOpen"_s,
                                      {{u"service"_s, PASSPORT}, {u"open"_s, false}});
    CHECK(answer.value(u"control"_s).toObject().value(u"closed"_s).toBool());
    const std::optional<QJsonObject> event = kiosk->awaitEvent(u"service.changed"_s);
    REQUIRE(event);
    const std::optional<EventView> view = decode<EventView>(*event);
    REQUIRE(view);
    REQUIRE(view->as<ServiceChangedEvent>());
    CHECK(view->as<ServiceChangedEvent>()->control
          == ServiceControl{PASSPORT, true, std::nullopt, u"dashboard-1"_s});

    checkError(issue(*kiosk), 1004, u"SERVICE_CLOSED"_s);
    CHECK(issue(*kiosk).value(u"error"_s)[u"data"_s][u"closedBy"_s].toString() == u"manager"_s);
    const ServiceView closed = serviceOf(*kiosk, PASSPORT);
    CHECK_FALSE(closed.open);
    CHECK(closed.closed);
    CHECK(serviceOf(*kiosk, u"idCard"_s).open);

    const QList<QJsonObject> entries = audited(*manager, u"service.setOpen"_s);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].value(u"actor"_s).toString() == u"dashboard-1"_s);
    CHECK(entries[0].value(u"device"_s).toString() == u"dashboard-1"_s);
    CHECK(entries[0].value(u"address"_s).toString().contains(u"127.0.0.1"_s));
    CHECK(entries[0].value(u"detail"_s).toString().contains(u"\"open\":false"_s));

    okCall(*manager, u"service.setOpen"_s, {{u"service"_s, PASSPORT}, {u"open"_s, true}});
    CHECK(kiosk->awaitEvent(u"service.changed"_s));
    CHECK(issue(*kiosk).contains(u"result"_s));
}

TEST_CASE("service.setCutoff refuses tickets from the cut-off minute on", "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual()); // 10:00 Baku
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QJsonObject answer = okCall(*manager, u"service.setCutoff"_s,
                                      {{u"service"_s, PASSPORT}, {u"cutoff"_s, u"10:30"_s}});
    CHECK(answer.value(u"control"_s).toObject().value(u"cutoff"_s).toString() == u"10:30"_s);
    CHECK(issue(*kiosk).contains(u"result"_s));
    CHECK(serviceOf(*kiosk, PASSPORT).cutoff == QTime(10, 30));
    advanceClock(*manager, 30 * 60);
    const QJsonObject refused = issue(*kiosk);
    checkError(refused, 1004, u"SERVICE_CLOSED"_s);
    CHECK(refused.value(u"error"_s)[u"data"_s][u"closedBy"_s].toString() == u"cutoff"_s);
    CHECK(refused.value(u"error"_s)[u"data"_s][u"cutoff"_s].toString() == u"10:30"_s);
    CHECK(refused.value(u"error"_s)[u"message"_s].toString().contains(u"after 10:30"_s));
    CHECK_FALSE(serviceOf(*kiosk, PASSPORT).open);
    okCall(*manager, u"service.setCutoff"_s,
           {{u"service"_s, PASSPORT}, {u"cutoff"_s, QJsonValue()}});
    CHECK(issue(*kiosk).contains(u"result"_s));
    CHECK(audited(*manager, u"service.setCutoff"_s).size() == 2);
}

TEST_CASE("the manager's controls refuse bad params and other roles, changing nothing",
          "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto display = connectAs(engine.port(), u"display-hall"_s);
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    const int seq = okCall(*manager, u"queue.snapshot"_s).value(u"seq"_s).toInt();
    const QJsonObject open{{u"service"_s, PASSPORT}, {u"open"_s, false}};
    for (TestClient *other : {kiosk.get(), display.get(), desk.get()}) {
        checkError(other->call(u"service.setOpen"_s, open), 1002, u"FORBIDDEN"_s);
        checkError(other->call(u"display.message"_s, {{u"text"_s, u"x"_s}}), 1002, u"FORBIDDEN"_s);
    }
    checkError(manager->call(u"service.setOpen"_s, {{u"service"_s, u"nope"_s}, {u"open"_s, false}}),
               1003, u"UNKNOWN_SERVICE"_s);
    checkError(
        manager->call(u"service.setOpen"_s, {{u"service"_s, PASSPORT}, {u"open"_s, u"no"_s}}),
        -32602, u"INVALID_PARAMS"_s);
    checkError(manager->call(u"service.setOpen"_s, {{u"service"_s, PASSPORT}}), -32602,
               u"INVALID_PARAMS"_s);
    for (const QJsonValue &bad : {QJsonValue(u"25:00"_s), QJsonValue(u"9:30"_s), QJsonValue(930),
                                  QJsonValue(QJsonValue::Undefined)}) {
        QJsonObject params{{u"service"_s, PASSPORT}};
        if (!bad.isUndefined())
            params.insert(u"cutoff"_s, bad);
        const QJsonObject refused = manager->call(u"service.setCutoff"_s, params);
        checkError(refused, -32602, u"INVALID_PARAMS"_s);
        CHECK(refused.value(u"error"_s)[u"data"_s][u"param"_s].toString() == u"cutoff"_s);
    }
    checkError(manager->call(u"display.message"_s, {{u"text"_s, QString(501, u'x')}}), -32602,
               u"INVALID_PARAMS"_s);
    checkError(manager->call(u"display.message"_s, {}), -32602, u"INVALID_PARAMS"_s);
    checkError(
        manager->call(u"display.message"_s, {{u"text"_s, u"x"_s}, {u"expiresAt"_s, u"tomorrow"_s}}),
        -32602, u"INVALID_PARAMS"_s);
    checkError(
        manager->call(u"display.message"_s,
                      {{u"text"_s, u"x"_s}, {u"expiresAt"_s, u"2026-03-10T05:00:00.000Z"_s}}),
        -32602, u"INVALID_PARAMS"_s); // already past
    CHECK(okCall(*manager, u"queue.snapshot"_s).value(u"seq"_s).toInt() == seq);
    CHECK(audited(*manager, u"service.setOpen"_s).isEmpty());
    CHECK(issue(*kiosk).contains(u"result"_s));
}

TEST_CASE("display.message reaches the displays, is in their snapshot and expires",
          "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto display = connectAs(engine.port(), u"display-hall"_s);
    okCall(*display, u"events.subscribe"_s);
    const QJsonObject answer = okCall(*manager, u"display.message"_s,
                                      {{u"text"_s, u"Notariat bu gün 16:00-dək işləyir"_s},
                                       {u"expiresAt"_s, u"2026-03-10T07:00:00.000Z"_s}});
    CHECK(answer.value(u"message"_s)[u"by"_s].toString() == u"dashboard-1"_s);
    const std::optional<QJsonObject> event = display->awaitEvent(u"display.message"_s);
    REQUIRE(event);
    CHECK(event->value(u"message"_s)[u"text"_s].toString()
          == u"Notariat bu gün 16:00-dək işləyir"_s);

    // A display that (re)connects finds it in its snapshot.
    auto late = connectAs(engine.port(), u"display-zone-a"_s);
    std::optional<QueueSnapshot> snapshot = decode<QueueSnapshot>(
        okCall(*late, u"queue.snapshot"_s));
    REQUIRE(snapshot);
    REQUIRE(snapshot->message);
    CHECK(snapshot->message->expiresAt == QDateTime(QDate(2026, 3, 10), QTime(7, 0), Qt::UTC));
    advanceClock(*manager, 3600);
    snapshot = decode<QueueSnapshot>(okCall(*late, u"queue.snapshot"_s));
    REQUIRE(snapshot);
    CHECK_FALSE(snapshot->message); // expired

    okCall(*manager, u"display.message"_s, {{u"text"_s, u"Salam"_s}});
    okCall(*manager, u"display.message"_s, {{u"text"_s, u""_s}});
    CHECK(display->awaitEvent(u"display.message"_s));
    const std::optional<QJsonObject> cleared = display->awaitEvent(u"display.message"_s);
    REQUIRE(cleared);
    CHECK(cleared->value(u"message"_s).isNull());
    CHECK(audited(*manager, u"display.message"_s).size() == 3);
}

TEST_CASE("ticket.cancel by the manager is journaled and audited", "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QString id = issue(*kiosk).value(u"result"_s)[u"ticket"_s][u"id"_s].toString();
    okCall(*manager, u"events.subscribe"_s);
    const QJsonObject cancelled = okCall(*manager, u"ticket.cancel"_s,
                                         {{u"id"_s, id}, {u"reason"_s, u"left"_s}});
    CHECK(cancelled.value(u"ticket"_s)[u"state"_s].toString() == u"cancelled"_s);
    CHECK(manager->awaitEvent(u"ticket.cancelled"_s));
    checkError(manager->call(u"ticket.cancel"_s, {{u"id"_s, id}}), 1006, u"INVALID_STATE"_s);
    checkError(manager->call(u"ticket.cancel"_s, {{u"id"_s, u"t_nope"_s}}), 1009, u"NOT_FOUND"_s);
    const QList<QJsonObject> entries = audited(*manager, u"ticket.cancel"_s);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].value(u"device"_s).toString() == u"dashboard-1"_s);
    CHECK(entries[0].value(u"detail"_s).toString().contains(id));
}

TEST_CASE("the controls of the day survive an engine restart", "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    {
        auto manager = connectAs(engine.port(), u"dashboard-1"_s);
        okCall(*manager, u"service.setOpen"_s, {{u"service"_s, PASSPORT}, {u"open"_s, false}});
        okCall(*manager, u"service.setCutoff"_s,
               {{u"service"_s, u"idCard"_s}, {u"cutoff"_s, u"16:00"_s}});
        okCall(*manager, u"display.message"_s, {{u"text"_s, u"Salam"_s}});
    }
    engine.kill();
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    checkError(issue(*kiosk), 1004, u"SERVICE_CLOSED"_s);
    CHECK(serviceOf(*kiosk, u"idCard"_s).cutoff == QTime(16, 0));
    auto display = connectAs(engine.port(), u"display-hall"_s);
    const std::optional<QueueSnapshot> snapshot = decode<QueueSnapshot>(
        okCall(*display, u"queue.snapshot"_s));
    REQUIRE(snapshot);
    REQUIRE(snapshot->message);
    CHECK(snapshot->message->text == u"Salam"_s);
}

TEST_CASE("the next service day starts with every service open and no message",
          "[engine][controls]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*manager, u"service.setOpen"_s, {{u"service"_s, PASSPORT}, {u"open"_s, false}});
    okCall(*manager, u"display.message"_s, {{u"text"_s, u"Salam"_s}});
    okCall(*kiosk, u"events.subscribe"_s);
    advanceClock(*manager, 24 * 3600);
    CHECK(kiosk->awaitEvent(u"day.rollover"_s));
    const std::optional<QJsonObject> reset = kiosk->awaitEvent(u"service.changed"_s);
    REQUIRE(reset);
    CHECK_FALSE(reset->value(u"control"_s)[u"closed"_s].toBool());
    CHECK(issue(*kiosk).contains(u"result"_s));
    CHECK_FALSE(decode<QueueSnapshot>(okCall(*kiosk, u"queue.snapshot"_s))->message);
}

TEST_CASE("GET /api/v1/status and the booking slots follow the closure and the cut-off",
          "[engine][controls][http]")
{
    EngineProcess engine(httpCentre(), EngineProcessOptions::manual()); // 2026-03-10 10:00 Baku
    const BookingApi api(engine);
    REQUIRE(engine.start());
    const quint16 port = engine.httpPort();
    auto openOf = [port](const QString &id) {
        for (const QJsonValue &v :
             httpCall(port, "GET", "/api/v1/status").json()[u"services"_s].toArray()) {
            if (v[u"id"_s] == id)
                return v[u"open"_s].toBool();
        }
        FAIL("no such service in /status");
        return false;
    };
    auto slotCount = [&api] {
        return api.get("/api/v1/services/passport/slots?date=2026-03-10")
            .json()[u"slots"_s]
            .toArray()
            .size();
    };
    CHECK(openOf(PASSPORT));
    const qsizetype allDay = slotCount();
    REQUIRE(allDay > 0);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"service.setCutoff"_s, {{u"service"_s, PASSPORT}, {u"cutoff"_s, u"12:00"_s}});
    CHECK(openOf(PASSPORT));
    const qsizetype morning = slotCount();
    CHECK(morning > 0);
    CHECK(morning < allDay);
    okCall(*manager, u"service.setOpen"_s, {{u"service"_s, PASSPORT}, {u"open"_s, false}});
    CHECK_FALSE(openOf(PASSPORT));
    CHECK(slotCount() == 0);
    const HttpAnswer refused = api.post("/api/v1/appointments",
                                        bookingBody(PASSPORT, u"2026-03-10T08:00:00.000Z"_s));
    CHECK(refused.errorReason() == u"SERVICE_CLOSED"_s);
    CHECK(api.get("/api/v1/services/passport/slots?date=2026-03-11")
              .json()[u"slots"_s]
              .toArray()
              .size()
          > 0); // tomorrow is not touched
}

TEST_CASE("novbe-ctl close, reopen, cutoff and message", "[engine][controls][ctl]")
{
    EngineProcess engine(alwaysOpenCentre(), EngineProcessOptions::manual());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    auto ctl = [&engine](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(NOVBE_CTL),
                QStringList{u"--port"_s, QString::number(engine.port()), u"--device"_s,
                            u"dashboard-1"_s, u"--token"_s, demoToken(u"dashboard-1"_s)}
                    + args);
        REQUIRE(p.waitForFinished(30000));
        INFO(p.readAllStandardError().toStdString());
        return p.exitCode();
    };
    CHECK(ctl({u"close"_s, PASSPORT}) == 0);
    checkError(issue(*kiosk), 1004, u"SERVICE_CLOSED"_s);
    CHECK(ctl({u"reopen"_s, PASSPORT}) == 0);
    CHECK(issue(*kiosk).contains(u"result"_s));
    CHECK(ctl({u"cutoff"_s, PASSPORT, u"10:00"_s}) == 0); // it is 10:00: closed from now
    checkError(issue(*kiosk), 1004, u"SERVICE_CLOSED"_s);
    CHECK(ctl({u"cutoff"_s, PASSPORT, u"none"_s}) == 0);
    CHECK(issue(*kiosk).contains(u"result"_s));
    CHECK(ctl({u"cutoff"_s, PASSPORT, u"late"_s}) == 3); // refused by the engine
    CHECK(ctl({u"close"_s, u"nope"_s}) == 3);
    CHECK(ctl({u"close"_s}) == 1); // usage
    CHECK(ctl({u"message"_s, u"Salam"_s}) == 0);
    auto display = connectAs(engine.port(), u"display-hall"_s);
    const std::optional<QueueSnapshot> snapshot = decode<QueueSnapshot>(
        okCall(*display, u"queue.snapshot"_s));
    REQUIRE(snapshot);
    REQUIRE(snapshot->message);
    CHECK(snapshot->message->text == u"Salam"_s);
}
