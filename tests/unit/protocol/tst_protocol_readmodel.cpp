// The read model: every shape round-trips (encode -> decode -> equal) and the
// golden wire files decode to the values the engine encodes.
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include "protocoltestutil.h"

#include <QJsonArray>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

LocalizedText names(const QString &az, const QString &en)
{
    return {{u"az"_s, az}, {u"en"_s, en}};
}

CounterView closedCounterView()
{
    CounterStatus closed;
    closed.id = u"c07"_s;
    return counterView(closed, sampleConfig(), {});
}

CounterView servingCounterView(bool reduced)
{
    return counterView(servingCounter(), sampleConfig(), servingTicket(), reduced);
}

CentreView sampleCentre()
{
    CentreView c;
    c.centre = CentreInfoView{u"baku-1"_s,
                              names(u"Mərkəz"_s, u"Centre"_s),
                              u"Asia/Baku"_s,
                              {u"az"_s, u"en"_s},
                              2,
                              names(u"Xoş"_s, u"Welcome"_s),
                              u"https://novbe.example.az"_s};
    c.categories = {CategoryView{u"standard"_s, names(u"Adi"_s, u"Standard"_s), 0, false, {}},
                    CategoryView{u"disability"_s, names(u"Əlil"_s, u"Disability"_s), 20, true,
                                 names(u"ƏLİL"_s, u"DIS"_s)}};
    ServiceView passport;
    passport.id = u"passport"_s;
    passport.prefix = u"A"_s;
    passport.name = names(u"Pasport"_s, u"Passport"_s);
    passport.group = u"documents"_s;
    passport.groupName = names(u"Sənədlər"_s, u"Documents"_s);
    passport.appointments = true;
    passport.hours = OpeningHours{QTime(9, 0), QTime(18, 0)};
    passport.outcomes = {u"documentIssued"_s};
    ServiceView closed = passport;
    closed.id = u"notary"_s;
    closed.open = false;
    closed.hours.reset();
    c.services = {passport, closed};
    c.counters = {servingCounterView(false), closedCounterView()};
    return c;
}

QueueSnapshot sampleSnapshot(bool display)
{
    QueueSnapshot s{u"2026-11-28"_s, 57, {}, {servingCounterView(display)}, {}, {}};
    ServiceQueueView q{u"passport"_s, 1, 600, 420, std::nullopt, std::nullopt};
    if (!display) {
        q.waiting = std::vector<TicketView>{ticketView(waitingTicket(), WaitEstimate{3, 420})};
        q.parked = std::vector<TicketView>{};
    }
    s.services = {q};
    const TicketView called(calledTicket());
    s.recentCalls = {RecentCallView{display ? called.toReduced() : called,
                                    counterRef(u"c07"_s, sampleConfig()), utc(9, 40)}};
    return s;
}

} // namespace

TEST_CASE("tickets round-trip, full, reduced and with an estimate", "[protocol][readmodel]")
{
    checkRoundTrip(ticketView(waitingTicket(), WaitEstimate{3, 420}));
    checkRoundTrip(TicketView(servingTicket()));
    checkRoundTrip(TicketView(servingTicket()).toReduced());
    CHECK(encode(ticketView(waitingTicket(), WaitEstimate{3, 420}))
          == readGolden(u"ticket_waiting.json"_s));
    CHECK(encode(TicketView(servingTicket()).toReduced()) == readGolden(u"ticket_reduced.json"_s));
}

TEST_CASE("counters, their references and operators round-trip", "[protocol][readmodel]")
{
    checkRoundTrip(servingCounterView(false));
    checkRoundTrip(servingCounterView(true));
    checkRoundTrip(closedCounterView());
    CounterRef ref = counterRef(u"c07"_s, sampleConfig());
    checkRoundTrip(ref);
    ref.op = OperatorRef{u"op01"_s, u"Leyla"_s};
    checkRoundTrip(ref);
    checkRoundTrip(OperatorRef{u"op01"_s, u"Leyla"_s});
}

TEST_CASE("centre.get, hello and stats round-trip", "[protocol][readmodel]")
{
    const CentreView centre = sampleCentre();
    checkRoundTrip(centre.centre);
    checkRoundTrip(centre.categories.at(0)); // no "short": absent on the wire
    CHECK_FALSE(encode(centre.categories.at(0)).contains(u"short"_s));
    checkRoundTrip(centre.categories.at(1));
    checkRoundTrip(centre.services.at(0));
    checkRoundTrip(centre.services.at(1));
    checkRoundTrip(centre);
    checkRoundTrip(HelloView{1, u"novbe-engine/0.1.0"_s, u"kiosk"_s, u"kiosk-1"_s, centre.centre,
                             u"2026-11-28"_s, 41});
    Kpis kpis;
    kpis.services = {ServiceKpi{u"passport"_s, 10, 6, 2, 1, 1, 300, 900, 420, 75}};
    kpis.counters = {CounterKpi{u"c07"_s, 6, 2, 420}};
    kpis.feedbackCount = 3;
    kpis.avgRating = 4.5;
    checkRoundTrip(kpis.services.at(0));
    checkRoundTrip(kpis.counters.at(0));
    checkRoundTrip(kpis);
    checkRoundTrip(StatsView{kpis, u"2026-11-28"_s, 99});
}

TEST_CASE("alerts round-trip; an alert needs its id and code", "[protocol][readmodel]")
{
    AlertView alert;
    alert.id = 7;
    alert.code = u"STORAGE_CHECK_FAILED"_s;
    alert.severity = u"critical"_s;
    alert.message = u"PRAGMA quick_check found 1 problem(s)"_s;
    alert.at = utc(9, 40);
    checkRoundTrip(alert);
    AlertView centre = alert; // a centre alert, acknowledged and cleared
    centre.code = u"QUEUE_TOO_LONG"_s;
    centre.subject = u"passport"_s;
    centre.value = 31;
    centre.limit = 30;
    centre.detail = u"Ş"_s;
    centre.ackedBy = u"dashboard-1"_s;
    centre.ackedAt = utc(9, 41);
    centre.clearedAt = utc(9, 50);
    checkRoundTrip(centre);
    CHECK(encode(alert).value(u"ackedBy"_s).isNull());
    CHECK(encode(alert).value(u"clearedAt"_s).isNull());
    const QJsonObject json = encode(alert);
    CHECK(json.value(u"at"_s).toString().startsWith(u"2026-11-28T09:40:00"_s));
    QJsonObject noCode = json;
    noCode.remove(u"code"_s);
    CHECK_FALSE(decode<AlertView>(noCode).has_value());
    QJsonObject noId = json;
    noId.remove(u"id"_s);
    CHECK_FALSE(decode<AlertView>(noId).has_value());
}

TEST_CASE("queue.snapshot round-trips, for displays without lists", "[protocol][readmodel]")
{
    const QueueSnapshot full = sampleSnapshot(false);
    checkRoundTrip(full.services.at(0));
    checkRoundTrip(full.recentCalls.at(0));
    checkRoundTrip(full);
    const QueueSnapshot display = sampleSnapshot(true);
    checkRoundTrip(display);
    const QJsonObject queue = encode(display).value(u"services"_s)[0].toObject();
    CHECK_FALSE(queue.contains(u"waiting"_s));
    CHECK_FALSE(queue.contains(u"parked"_s));
    CHECK(encode(full).value(u"services"_s)[0][u"parked"_s].toArray().isEmpty());
}

TEST_CASE("the golden counters and tickets decode to what the engine encodes",
          "[protocol][readmodel]")
{
    CHECK(decode<CounterView>(readGolden(u"counter_serving.json"_s)) == servingCounterView(false));
    CHECK(decode<CounterView>(readGolden(u"counter_serving_display.json"_s))
          == servingCounterView(true));
    for (const char *name : {"counter_closed.json", "counter_paused.json"}) {
        const QJsonObject golden = readGolden(QString::fromLatin1(name));
        const std::optional<CounterView> counter = decode<CounterView>(golden);
        REQUIRE(counter.has_value());
        CHECK(encode(*counter) == golden);
    }
    CHECK(decode<TicketView>(readGolden(u"ticket_waiting.json"_s))
          == ticketView(waitingTicket(), WaitEstimate{3, 420}));
    const std::optional<TicketView> reduced = decode<TicketView>(
        readGolden(u"ticket_reduced.json"_s));
    REQUIRE(reduced.has_value());
    CHECK(reduced->reduced);
    CHECK(*reduced == TicketView(servingTicket()).toReduced());
    const std::optional<TicketView> serving = decode<TicketView>(
        readGolden(u"ticket_serving.json"_s));
    REQUIRE(serving.has_value());
    CHECK(Ticket(*serving) == servingTicket());
}

TEST_CASE("the golden events decode and encode back unchanged", "[protocol][readmodel]")
{
    for (const char *name :
         {"event_ticket_called.json", "event_ticket_called_display.json",
          "event_queue_changed.json", "event_device_changed.json", "event_day_rollover.json",
          "event_appointment_booked.json", "event_feedback_submitted.json"}) {
        INFO(name);
        const QJsonObject golden = readGolden(QString::fromLatin1(name));
        const std::optional<EventView> event = decode<EventView>(golden);
        REQUIRE(event.has_value());
        CHECK(encode(*event) == golden);
    }
    const std::optional<EventView> called = decode<EventView>(
        readGolden(u"event_ticket_called.json"_s));
    REQUIRE(called.has_value());
    const auto *payload = called->as<TicketCalledEvent>();
    REQUIRE(payload != nullptr);
    CHECK(payload->counter.op == OperatorRef{u"op01"_s, u"Leyla"_s});
    CHECK(called->ticket()->number == u"A007"_s);
    CHECK(encode(*displayView(*called)) == readGolden(u"event_ticket_called_display.json"_s));
}

TEST_CASE("decoders refuse wrong types and missing identities", "[protocol][readmodel]")
{
    const QJsonObject centre = encode(sampleCentre());
    const std::vector<std::pair<QString, QJsonValue>> breaks = {
        {u"services"_s, u"none"_s},
        {u"services"_s, QJsonArray{QJsonObject{{u"prefix"_s, u"A"_s}}}},
        {u"services"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"hours"_s, u"9-18"_s}}}},
        {u"categories"_s, QJsonArray{5}},
        {u"counters"_s, QJsonArray{QJsonObject{{u"id"_s, u"c1"_s}, {u"state"_s, u"asleep"_s}}}},
        {u"centre"_s, QJsonObject{{u"languages"_s, u"az"_s}}},
    };
    for (const auto &[key, value] : breaks) {
        QJsonObject broken = centre;
        broken.insert(key, value);
        INFO(dump(broken));
        CHECK_FALSE(decode<CentreView>(broken).has_value());
    }
    CHECK_FALSE(decode<EventView>({{u"type"_s, u"ticket.eaten"_s}}).has_value());
    CHECK_FALSE(decode<EventView>({{u"type"_s, u"ticket.issued"_s}}).has_value());
    CHECK_FALSE(
        decode<EventView>(
            {{u"type"_s, u"queue.changed"_s}, {u"etaSec"_s, u"5"_s}, {u"service"_s, u"passport"_s}})
            .has_value());
    CHECK_FALSE(decode<QueueSnapshot>({{u"recentCalls"_s, QJsonArray{QJsonObject{}}}}).has_value());
    CHECK_FALSE(decode<StatsView>({{u"avgRating"_s, u"good"_s}}).has_value());
    CHECK_FALSE(decode<HelloView>({{u"protocol"_s, 1}}).has_value());
}

TEST_CASE("absent optional fields take their defaults", "[protocol][readmodel]")
{
    const std::optional<CentreView> centre = decode<CentreView>({});
    REQUIRE(centre.has_value());
    CHECK(centre->centre.timezone == CentreInfo().timezone);
    CHECK(centre->centre.languages == CentreInfo().languages);
    const std::optional<ServiceView> service = decode<ServiceView>({{u"id"_s, u"tax"_s}});
    REQUIRE(service.has_value());
    CHECK(service->open);
    CHECK(service->targetWaitMin == 15);
    CHECK_FALSE(service->hours.has_value());
    const std::optional<ServiceKpi> kpi = decode<ServiceKpi>({{u"id"_s, u"tax"_s}});
    REQUIRE(kpi.has_value());
    CHECK(kpi->slaPct == 100);
}
