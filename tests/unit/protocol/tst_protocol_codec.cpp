#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include "protocoltestutil.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

TEST_CASE("times are ISO 8601 UTC with milliseconds", "[protocol]")
{
    const QDateTime baku(QDate(2026, 11, 28), QTime(13, 15, 2, 123), QTimeZone(4 * 3600));
    CHECK(isoTime(baku) == u"2026-11-28T09:15:02.123Z"_s);
    CHECK(isoTimeOrNull(QDateTime()).isNull());
    CHECK(isoTime(QDateTime()).isEmpty());
    CHECK(parseIsoTime(u"2026-11-28T09:15:02.123Z"_s) == baku);
    CHECK(parseIsoTime(u"2026-11-28T13:15:02.123+04:00"_s) == baku);
    CHECK(parseIsoTime(u"2026-11-28T09:15:02Z"_s) == utc(9, 15, 2));
    CHECK(parseIsoTime(u"2026-11-28T09:15:02.123Z"_s).timeSpec() == Qt::UTC);
    for (const QString &bad :
         {u""_s, u"2026-11-28"_s, u"2026-11-28T09:15:02"_s, u"2026-11-28 09:15:02Z"_s,
          u"2026-13-28T09:15:02Z"_s, u"2026-11-28T25:15:02Z"_s, u"x2026-11-28T09:15:02Z"_s,
          u"9999-12-31T23:59:59.999-12:00"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(parseIsoTime(bad).isValid());
    }
}

TEST_CASE("a waiting ticket matches its golden JSON", "[protocol]")
{
    const QJsonObject json = encode(ticketView(waitingTicket(), WaitEstimate{3, 420}));
    INFO(dump(json));
    CHECK(json == readGolden(u"ticket_waiting.json"_s));
}

TEST_CASE("ahead and etaSec are 0 without an estimate or when not waiting", "[protocol]")
{
    const QJsonObject noEstimate = encode(ticketView(waitingTicket()));
    CHECK(noEstimate.value(u"ahead"_s) == QJsonValue(0));
    CHECK(noEstimate.value(u"etaSec"_s) == QJsonValue(0));
    const QJsonObject serving = encode(ticketView(servingTicket(), WaitEstimate{3, 420}));
    INFO(dump(serving));
    CHECK(serving == readGolden(u"ticket_serving.json"_s));
}

TEST_CASE("a display gets the reduced ticket only", "[protocol]")
{
    const QJsonObject reduced = encode(TicketView(servingTicket()).toReduced());
    CHECK(reduced == readGolden(u"ticket_reduced.json"_s));
}

TEST_CASE("tickets round-trip through JSON", "[protocol]")
{
    for (const Ticket &original : {waitingTicket(), calledTicket(), servingTicket()}) {
        const std::optional<Ticket> back = ticketFromJson(encode(ticketView(original)));
        REQUIRE(back.has_value());
        CHECK(back->id == original.id);
        CHECK(back->number == original.number);
        CHECK(back->numberValue == original.numberValue);
        CHECK(back->state == original.state);
        CHECK(back->category == original.category);
        CHECK(back->issuedAt == original.issuedAt);
        CHECK(back->queuedAt == original.queuedAt);
        CHECK(back->calledAt == original.calledAt);
        CHECK(back->firstCalledAt == original.firstCalledAt);
        CHECK(back->startedAt == original.startedAt);
        CHECK(back->counter == original.counter);
        CHECK(back->recalls == original.recalls);
        CHECK(back->issueSeq == original.issueSeq);
        CHECK(back->orderKey == original.orderKey);
        CHECK(back->serviceDay == original.serviceDay);
        CHECK(back->device == original.device);
        CHECK(back->requestId == original.requestId);
        CHECK(encode(ticketView(*back)) == encode(ticketView(original)));
    }
    Ticket done = servingTicket();
    done.state = TicketState::Done;
    done.endedAt = utc(9, 50);
    done.outcome = u"issued"_s;
    done.note = u"moved from idcard"_s;
    done.appointment = u"ap_1"_s;
    done.slotStart = utc(9, 30);
    const std::optional<Ticket> back = ticketFromJson(encode(ticketView(done)));
    REQUIRE(back.has_value());
    CHECK(back->endedAt == done.endedAt);
    CHECK(back->outcome == done.outcome);
    CHECK(back->note == done.note);
    CHECK(back->appointment == done.appointment);
    CHECK(back->slotStart == done.slotStart);
}

TEST_CASE("every ticket state survives a round trip", "[protocol]")
{
    for (const TicketState state : ALL_TICKET_STATES) {
        Ticket t = waitingTicket();
        t.state = state;
        const std::optional<Ticket> back = ticketFromJson(encode(ticketView(t)));
        REQUIRE(back.has_value());
        CHECK(back->state == state);
    }
}

TEST_CASE("malformed ticket JSON is refused", "[protocol]")
{
    const QJsonObject good = encode(ticketView(waitingTicket()));
    REQUIRE(ticketFromJson(good).has_value());
    const std::vector<std::pair<QString, QJsonValue>> breaks = {
        {u"id"_s, QJsonValue()},
        {u"id"_s, 5},
        {u"state"_s, u"sleeping"_s},
        {u"issuedAt"_s, u"yesterday"_s},
        {u"issuedAt"_s, QJsonValue::Null},
        {u"calledAt"_s, 12},
        {u"recalls"_s, u"1"_s},
        {u"service"_s, u""_s},
    };
    for (const auto &[key, value] : breaks) {
        QJsonObject broken = good;
        if (value.isUndefined())
            broken.remove(key);
        else
            broken.insert(key, value);
        INFO(key.toStdString());
        CHECK_FALSE(ticketFromJson(broken).has_value());
    }
}

TEST_CASE("counters match their golden JSON", "[protocol]")
{
    const CentreConfig config = sampleConfig();
    const CounterStatus serving = servingCounter();
    CHECK(encode(counterView(serving, config, servingTicket()))
          == readGolden(u"counter_serving.json"_s));
    CHECK(encode(counterView(serving, config, servingTicket(), true))
          == readGolden(u"counter_serving_display.json"_s));

    CounterStatus paused = serving;
    paused.state = CounterState::Paused;
    paused.ticket.clear();
    paused.pauseReason = u"lunch"_s;
    paused.changedAt = utc(10, 0);
    CHECK(encode(counterView(paused, config, std::nullopt))
          == readGolden(u"counter_paused.json"_s));

    CounterStatus closed;
    closed.id = u"c07"_s;
    CHECK(encode(counterView(closed, config, std::nullopt))
          == readGolden(u"counter_closed.json"_s));
}

TEST_CASE("a counter never shows a ticket that is not its current one", "[protocol]")
{
    CounterStatus idle = servingCounter();
    idle.state = CounterState::Idle;
    idle.ticket.clear();
    CHECK(encode(counterView(idle, sampleConfig(), servingTicket())).value(u"ticket"_s).isNull());
}

TEST_CASE("counters round-trip through JSON", "[protocol]")
{
    const CounterStatus original = servingCounter();
    for (const bool withTicket : {true, false}) {
        const std::optional<Ticket> current = withTicket ? std::optional(servingTicket())
                                                         : std::nullopt;
        const std::optional<CounterStatus> back = counterFromJson(
            encode(counterView(original, sampleConfig(), current)));
        REQUIRE(back.has_value());
        CHECK(back->id == original.id);
        CHECK(back->state == original.state);
        CHECK(back->operatorId == original.operatorId);
        CHECK(back->operatorName == original.operatorName);
        CHECK(back->ticket == original.ticket);
        CHECK(back->changedAt == original.changedAt);
    }
    CHECK_FALSE(counterFromJson({{u"id"_s, u"c07"_s}, {u"state"_s, u"asleep"_s}}).has_value());
}

TEST_CASE("appointments and feedback round-trip; citizen data stays home", "[protocol]")
{
    Appointment a;
    a.id = u"ap_1"_s;
    a.code = u"493021"_s;
    a.service = u"passport"_s;
    a.start = utc(10, 0);
    a.end = utc(10, 15);
    a.state = AppointmentState::CheckedIn;
    a.citizenName = u"Aysel"_s;
    a.citizenPhone = u"+994501234567"_s;
    a.ticket = u"t_abc"_s;
    a.bookedAt = utc(8, 0);
    const QJsonObject json = encode(a);
    CHECK_FALSE(QJsonDocument(json).toJson().contains("Aysel"));
    CHECK_FALSE(QJsonDocument(json).toJson().contains("994501234567"));
    const std::optional<Appointment> back = appointmentFromJson(json);
    REQUIRE(back.has_value());
    CHECK(back->state == a.state);
    CHECK(back->start == a.start);
    CHECK(back->end == a.end);
    CHECK(back->ticket == a.ticket);
    CHECK(encode(*back) == json);

    Feedback f{u"t_abc"_s, 4, u"ok"_s, u"c07"_s, u"op01"_s, u"passport"_s, utc(9, 55)};
    const std::optional<Feedback> fb = feedbackFromJson(encode(f));
    REQUIRE(fb.has_value());
    CHECK(fb->rating == 4);
    CHECK(fb->operatorId == f.operatorId);
    CHECK(encode(*fb) == encode(f));
}

TEST_CASE("KPIs encode as stats.today and decode back", "[protocol]")
{
    Kpis kpis;
    kpis.services.push_back({u"passport"_s, 40, 30, 3, 1, 6, 420, 1300, 610, 87});
    kpis.counters.push_back({u"c07"_s, 12, 1, 590});
    kpis.feedbackCount = 9;
    kpis.avgRating = 4.5;
    const QJsonObject json = encode(kpis);
    const QJsonObject service = json.value(u"services"_s).toArray().first().toObject();
    for (const char *key : {"id", "issued", "served", "noShow", "waiting", "avgWaitSec",
                            "maxWaitSec", "avgServiceSec", "slaPct"})
        CHECK(service.contains(QLatin1String(key)));
    CHECK(service.value(u"slaPct"_s) == QJsonValue(87));
    const std::optional<Kpis> back = decode<Kpis>(json);
    REQUIRE(back.has_value());
    CHECK(*back == kpis);
}

TEST_CASE("isoTime agrees with Qt's formatter across the calendar", "[protocol][codec]")
{
    QRandomGenerator rng(77);
    const qint64 span = qint64(200) * 365 * 86400000; // 1870 .. 2070
    for (int i = 0; i < 5000; ++i) {
        const qint64 ms = qint64(rng.bounded(quint64(2 * span))) - span;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        REQUIRE(isoTime(t) == t.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s));
        REQUIRE(parseIsoTime(isoTime(t)) == t);
    }
    CHECK(isoTime(QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC)) == u"1969-12-31T23:59:59.999Z"_s);
}
