// A recorded session replayed byte for byte: the wire must not change when
// the engine's insides do. The script below drives every method, error class
// and event type through the in-process engine on a manual clock; the
// transcript must equal tests/data/protocol/session-golden.ndjson.
//
// To re-record after an intended, documented protocol addition:
//   NOVBE_RECORD_GOLDEN=1 build/tests/integration/engine/test_engine_replay
// and review the diff of the golden file like any other change.

#include "sessionrecorder.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::enginetest;

namespace {

const QString GOLDEN = QStringLiteral(NOVBE_SOURCE_DIR
                                      "/tests/data/protocol/session-golden.ndjson");

QJsonObject resultOf(const QJsonObject &answer)
{
    return answer.value(u"result"_s).toObject();
}

QString ticketIdOf(const QJsonObject &answer)
{
    return resultOf(answer).value(u"ticket"_s).toObject().value(u"id"_s).toString();
}

void hello(SessionRecorder &r, const QString &name, const QString &device)
{
    REQUIRE(r.connect(name));
    r.call(name, u"session.hello"_s,
           QJsonObject{{u"protocol"_s, 1},
                       {u"device"_s, device},
                       {u"token"_s, u"demo-%1-token"_s.arg(device)},
                       {u"client"_s, u"replay"_s}});
}

void openDesk(SessionRecorder &r, const QString &name, const QString &op, const QString &counter)
{
    hello(r, name, name);
    r.call(name, u"operator.login"_s,
           {{u"operator"_s, op}, {u"pin"_s, QString(u"10"_s + op.mid(2))}});
    r.call(name, u"counter.open"_s, {{u"counter"_s, counter}});
}

void connectEveryone(SessionRecorder &r)
{
    r.note(u"connections, roles, subscriptions"_s);
    hello(r, u"dashboard-1"_s, u"dashboard-1"_s);
    r.call(u"dashboard-1"_s, u"events.subscribe"_s);
    hello(r, u"display-hall"_s, u"display-hall"_s);
    r.call(u"display-hall"_s, u"events.subscribe"_s);
    hello(r, u"display-zone-a"_s, u"display-zone-a"_s);
    r.call(u"display-zone-a"_s, u"events.subscribe"_s);
    hello(r, u"kiosk-1"_s, u"kiosk-1"_s);
    r.call(u"kiosk-1"_s, u"events.subscribe"_s);
    hello(r, u"booking-web"_s, u"booking-web"_s);
    for (const QString &who : {u"kiosk-1"_s, u"display-zone-a"_s, u"dashboard-1"_s})
        r.call(who, u"centre.get"_s);
    REQUIRE(r.connect(u"stranger"_s));
    r.call(u"stranger"_s, u"session.hello"_s,
           {{u"protocol"_s, 1}, {u"device"_s, u"kiosk-2"_s}, {u"token"_s, u"wrong"_s}});
    r.call(
        u"stranger"_s, u"session.hello"_s,
        {{u"protocol"_s, 2}, {u"device"_s, u"kiosk-2"_s}, {u"token"_s, u"demo-kiosk-2-token"_s}});
    r.call(u"stranger"_s, u"queue.snapshot"_s);
    r.close(u"stranger"_s, false); // before the engine's hello timeout (real time) drops it
    openDesk(r, u"desk-01"_s, u"op01"_s, u"c01"_s);
    r.call(u"desk-01"_s, u"operator.login"_s, {{u"operator"_s, u"op02"_s}, {u"pin"_s, u"0000"_s}});
    openDesk(r, u"desk-03"_s, u"op03"_s, u"c03"_s);
    r.call(u"desk-03"_s, u"events.subscribe"_s);
}

QStringList issueTickets(SessionRecorder &r)
{
    r.note(u"issuing"_s);
    QStringList ids;
    const QString k = u"kiosk-1"_s;
    ids << ticketIdOf(r.call(k, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}}));
    r.advance(41);
    ids << ticketIdOf(r.call(
        k, u"ticket.issue"_s,
        {{u"service"_s, u"passport"_s}, {u"category"_s, u"disability"_s}, {u"lang"_s, u"en"_s}}));
    r.advance(17);
    ids << ticketIdOf(
        r.call(k, u"ticket.issue"_s, {{u"service"_s, u"idCard"_s}, {u"lang"_s, u"ru"_s}}));
    r.advance(3);
    ids << ticketIdOf(
        r.call(k, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}, {u"requestId"_s, u"r-1"_s}}));
    r.call(k, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}, {u"requestId"_s, u"r-1"_s}});
    r.advance(29);
    ids << ticketIdOf(r.call(k, u"ticket.issue"_s,
                             {{u"service"_s, u"residence"_s}, {u"category"_s, u"elderly"_s}}));
    r.call(k, u"ticket.issue"_s, {{u"service"_s, u"nosuch"_s}});
    r.call(k, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}, {u"category"_s, u"vip"_s}});
    r.call(k, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}, {u"lang"_s, u"de"_s}});
    r.call(k, u"ticket.issue"_s, {{u"service"_s, 7}});
    r.advance(60);
    ids << ticketIdOf(r.call(u"dashboard-1"_s, u"ticket.issue"_s, {{u"service"_s, u"notary"_s}}));
    for (const QString &who :
         {u"kiosk-1"_s, u"display-hall"_s, u"display-zone-a"_s, u"dashboard-1"_s})
        r.call(who, u"queue.snapshot"_s);
    return ids;
}

void serveAtCounters(SessionRecorder &r, const QStringList &ids)
{
    r.note(u"counters"_s);
    const QString d1 = u"desk-01"_s;
    const QString d3 = u"desk-03"_s;
    r.advance(90);
    r.call(d1, u"counter.callNext"_s);
    r.advance(20);
    r.call(d1, u"counter.recall"_s);
    r.call(d1, u"counter.start"_s);
    r.advance(240);
    r.call(d1, u"counter.finish"_s, {{u"outcome"_s, u"done"_s}});
    r.call(d1, u"counter.finish"_s);
    r.call(d1, u"feedback.submit"_s,
           {{u"ticket"_s, ids.at(1)}, {u"rating"_s, 5}, {u"comment"_s, u"Çox sağ olun"_s}});
    r.call(d1, u"feedback.submit"_s, {{u"ticket"_s, ids.at(1)}, {u"rating"_s, 4}});
    r.call(d1, u"feedback.submit"_s, {{u"ticket"_s, ids.at(1)}, {u"rating"_s, 9}});
    r.advance(5);
    r.call(d1, u"counter.callNext"_s);
    r.advance(120);
    r.call(d1, u"counter.noShow"_s);
    r.call(d1, u"counter.callNext"_s);
    r.call(d1, u"counter.park"_s);
    r.call(d1, u"counter.callTicket"_s, {{u"id"_s, ids.at(0)}});
    r.call(d1, u"counter.start"_s);
    r.advance(60);
    r.call(d1, u"counter.transfer"_s,
           {{u"service"_s, u"idCard"_s},
            {u"placement"_s, u"first"_s},
            {u"note"_s, u"şəxsiyyət vəsiqəsi lazımdır"_s}});
    r.call(d1, u"counter.transfer"_s,
           {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"sideways"_s}});
    r.call(d3, u"counter.pause"_s, {{u"reason"_s, u"break"_s}});
    r.call(d3, u"counter.callNext"_s);
    r.advance(300);
    r.call(d3, u"counter.resume"_s);
    r.call(d3, u"counter.callNext"_s);
    r.call(d3, u"counter.start"_s);
    r.advance(200);
    r.call(d3, u"counter.finish"_s);
    r.call(d3, u"counter.callNext"_s);
    r.call(d3, u"counter.close"_s);
    r.call(u"dashboard-1"_s, u"ticket.cancel"_s, {{u"id"_s, ids.at(5)}, {u"reason"_s, u"left"_s}});
    r.call(u"kiosk-1"_s, u"ticket.cancel"_s, {{u"id"_s, ids.at(5)}});
    r.call(u"kiosk-1"_s, u"ticket.get"_s, {{u"id"_s, ids.at(4)}});
    r.call(u"kiosk-1"_s, u"ticket.get"_s, {{u"id"_s, u"t_nope"_s}});
    r.call(u"display-hall"_s, u"ticket.get"_s, {{u"id"_s, ids.at(4)}});
}

void appointments(SessionRecorder &r)
{
    r.note(u"appointments"_s);
    const QString b = u"booking-web"_s;
    const QJsonObject booked = r.call(
        b, u"appointment.book"_s,
        {{u"service"_s, u"passport"_s},
         {u"start"_s, u"2026-12-03T07:00:00.000Z"_s},
         {u"citizen"_s,
          QJsonObject{{u"name"_s, u"Əli Məmmədov"_s}, {u"phone"_s, u"+994501234567"_s}}}});
    const QJsonObject second = r.call(
        b, u"appointment.book"_s,
        {{u"service"_s, u"passport"_s}, {u"start"_s, u"2026-12-03T07:00:00.000Z"_s}});
    r.call(b, u"appointment.book"_s,
           {{u"service"_s, u"passport"_s}, {u"start"_s, u"2026-12-03T07:00:00.000Z"_s}});
    r.call(b, u"appointment.book"_s,
           {{u"service"_s, u"passport"_s}, {u"start"_s, u"2026-12-03T07:07:00.000Z"_s}});
    r.call(b, u"appointment.book"_s,
           {{u"service"_s, u"criminalRecord"_s}, {u"start"_s, u"2026-12-03T07:00:00.000Z"_s}});
    const QJsonObject appt = resultOf(booked).value(u"appointment"_s).toObject();
    const QString code = appt.value(u"code"_s).toString();
    r.call(u"kiosk-1"_s, u"appointment.checkin"_s, {{u"code"_s, code}});
    r.call(b, u"appointment.cancel"_s,
           {{u"id"_s, resultOf(second).value(u"appointment"_s).toObject().value(u"id"_s)}});
    r.call(b, u"appointment.cancel"_s, {{u"id"_s, u"ap_none"_s}});
    r.advance(35 * 60);
    r.call(u"kiosk-1"_s, u"appointment.checkin"_s, {{u"code"_s, code}, {u"lang"_s, u"en"_s}});
    r.call(u"kiosk-1"_s, u"appointment.checkin"_s, {{u"code"_s, code}});
    r.call(u"kiosk-1"_s, u"appointment.checkin"_s, {{u"code"_s, u"000000"_s}});
    r.advance(20 * 60);
    r.call(u"desk-01"_s, u"counter.callNext"_s);
    r.call(u"desk-01"_s, u"counter.start"_s);
    r.advance(400);
    r.call(u"desk-01"_s, u"counter.finish"_s);
}

void devicesAndStats(SessionRecorder &r)
{
    r.note(u"devices, statistics, replay"_s);
    r.call(u"kiosk-1"_s, u"device.report"_s,
           {{u"printer"_s,
             QJsonObject{{u"state"_s, u"paperLow"_s}, {u"detail"_s, u"roll ending"_s}}}});
    r.call(u"kiosk-1"_s, u"device.report"_s,
           {{u"printer"_s, QJsonObject{{u"state"_s, u"melted"_s}}}});
    r.call(u"display-hall"_s, u"device.report"_s);
    r.call(u"dashboard-1"_s, u"stats.today"_s);
    r.call(u"kiosk-1"_s, u"stats.today"_s);
    r.call(u"dashboard-1"_s, u"session.ping"_s);
    r.call(u"dashboard-1"_s, u"events.subscribe"_s, {{u"sinceSeq"_s, 5}});
    r.call(u"display-zone-a"_s, u"events.subscribe"_s, {{u"sinceSeq"_s, 0}});
    r.call(u"kiosk-1"_s, u"events.subscribe"_s, {{u"sinceSeq"_s, 100000}});
    r.call(u"dashboard-1"_s, u"queue.snapshot"_s);
}

void malformed(SessionRecorder &r)
{
    r.note(u"malformed input and wrong calls"_s);
    const QString k = u"kiosk-1"_s;
    r.raw(k, "{not json\n", 1);
    r.raw(k, "[1,2]\n", 1);
    r.raw(k,
          R"({"jsonrpc":"1.0","id":5,"method":"session.ping"})"
          "\n",
          1);
    r.raw(k,
          R"({"jsonrpc":"2.0","id":6,"method":7})"
          "\n",
          1);
    r.raw(k,
          R"({"jsonrpc":"2.0","id":{},"method":"session.ping"})"
          "\n",
          1);
    r.raw(k,
          R"({"jsonrpc":"2.0","id":8,"method":"session.ping","params":[]})"
          "\n",
          1);
    r.raw(k,
          R"({"jsonrpc":"2.0","method":"session.ping"})"
          "\n\n\r\n",
          0);
    r.raw(k,
          R"({"jsonrpc":"2.0","id":"x","method":"session.ping"})"
          "\r\n",
          1);
    r.call(k, u"no.such"_s);
    r.call(k, u"counter.callNext"_s);
    r.call(u"desk-01"_s, u"counter.open"_s, {{u"counter"_s, u"c02"_s}});
    r.call(u"desk-01"_s, u"counter.pause"_s);
    r.call(u"display-hall"_s, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    r.call(
        k, u"session.hello"_s,
        {{u"protocol"_s, 1}, {u"device"_s, u"kiosk-1"_s}, {u"token"_s, u"demo-kiosk-1-token"_s}});
}

void endOfDay(SessionRecorder &r, const QStringList &ids)
{
    r.note(u"disconnects and the next day"_s);
    r.call(u"desk-01"_s, u"counter.callNext"_s);
    r.close(u"desk-01"_s, true);
    r.close(u"display-zone-a"_s, true);
    r.call(u"desk-03"_s, u"operator.logout"_s);
    r.advance(23 * 3600);
    r.call(u"kiosk-1"_s, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}});
    r.call(u"kiosk-1"_s, u"ticket.get"_s, {{u"id"_s, ids.at(2)}});
    r.call(u"dashboard-1"_s, u"stats.today"_s);
    r.call(u"dashboard-1"_s, u"queue.snapshot"_s);
}

} // namespace

TEST_CASE("a recorded session replays byte for byte", "[engine][replay]")
{
    SessionRecorder r;
    const QDateTime start(QDate(2026, 12, 3), QTime(10, 0),
                          QTimeZone(QByteArrayLiteral("Asia/Baku")));
    REQUIRE(r.start(QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json"), start,
                    20261203));
    connectEveryone(r);
    const QStringList ids = issueTickets(r);
    REQUIRE(ids.size() == 6);
    serveAtCounters(r, ids);
    appointments(r);
    devicesAndStats(r);
    malformed(r);
    endOfDay(r, ids);

    const QByteArray transcript = r.transcript();
    CHECK_FALSE(transcript.contains(" !! "));
    if (qEnvironmentVariableIsSet("NOVBE_RECORD_GOLDEN")) {
        QFile out(GOLDEN);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(transcript);
        WARN("recorded " << GOLDEN.toStdString());
        return;
    }
    QFile in(GOLDEN);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> expected = in.readAll().split('\n');
    const QList<QByteArray> actual = transcript.split('\n');
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        INFO("transcript line " << (i + 1));
        REQUIRE(actual.at(i).toStdString() == expected.at(i).toStdString());
    }
    CHECK(actual.size() == expected.size());
}
