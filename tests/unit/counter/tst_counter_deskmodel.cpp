// The desk's model fed with engine JSON (built by the real codec).
#include "counter/deskmodel.h"

#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

// The wire JSON decoded with the read model, as the desk receives it.
template <typename T> T wire(const QJsonObject &json)
{
    const std::optional<T> value = decode<T>(json);
    REQUIRE(value.has_value());
    return *value;
}

CentreView centreGet()
{
    const QJsonObject passport{{u"id"_s, u"passport"_s},
                               {u"prefix"_s, u"B"_s},
                               {u"name"_s, QJsonObject{{u"az"_s, u"Pasport"_s}}},
                               {u"targetWaitMin"_s, 15},
                               {u"outcomes"_s, QJsonArray{u"documentIssued"_s}}};
    const QJsonObject tax{{u"id"_s, u"tax"_s},
                          {u"prefix"_s, u"V"_s},
                          {u"name"_s, QJsonObject{{u"az"_s, u"Vergi"_s}}},
                          {u"targetWaitMin"_s, 15}};
    const QJsonObject c07{{u"id"_s, u"c07"_s},
                          {u"name"_s, QJsonObject{{u"az"_s, u"7"_s}}},
                          {u"services"_s, QJsonArray{u"passport"_s}},
                          {u"state"_s, u"idle"_s},
                          {u"ticket"_s, QJsonValue::Null}};
    return wire<CentreView>(
        {{u"centre"_s,
          QJsonObject{
              {u"id"_s, u"baku-1"_s}, {u"maxRecalls"_s, 2}, {u"timezone"_s, u"Asia/Baku"_s}}},
         {u"categories"_s,
          QJsonArray{QJsonObject{{u"id"_s, u"disability"_s}, {u"needsProof"_s, true}}}},
         {u"services"_s, QJsonArray{passport, tax}},
         {u"counters"_s, QJsonArray{c07}}});
}

Ticket ticket(const QString &id, TicketState state, const QString &counter,
              const QString &service = u"passport"_s)
{
    Ticket t;
    t.id = id;
    t.number = u"B001"_s;
    t.service = service;
    t.state = state;
    t.counter = counter;
    t.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    return t;
}

struct Fixture
{
    DeskModel model;
    Fixture()
    {
        model.setCounterId(u"c07"_s);
        model.applyCentre(centreGet());
    }
};

} // namespace

TEST_CASE("longest waits turn amber past half the target and red past it", "[counter][model]")
{
    const auto [waitSec, targetMin, level] = GENERATE(table<qint64, int, WaitLevel>({
        {0, 15, WaitLevel::Ok},
        {450, 15, WaitLevel::Ok},
        {451, 15, WaitLevel::PastHalfTarget},
        {900, 15, WaitLevel::PastHalfTarget},
        {901, 15, WaitLevel::OverTarget},
        {60, 0, WaitLevel::OverTarget},
    }));
    CHECK(waitLevel(waitSec, targetMin) == level);
}

TEST_CASE("a called ticket of this counter becomes current; its end frees the counter",
          "[counter][model]")
{
    Fixture f;
    CHECK(f.model.counterState() == CounterState::Idle);
    CHECK(f.model.service(u"passport"_s)->outcomes == QStringList{u"documentIssued"_s});
    CHECK(f.model.category(u"disability"_s)->needsProof);

    Ticket t = ticket(u"t_1"_s, TicketState::Called, u"c07"_s);
    t.recalls = 1;
    f.model.applyTicket(t);
    REQUIRE(f.model.currentTicket().has_value());
    CHECK(f.model.counterState() == CounterState::Calling);
    CHECK(f.model.recallsLeft() == 1);
    CHECK(enabledActions(f.model.situation(LinkState::Connected)).contains(DeskAction::Start));

    f.model.applyTicket(ticket(u"t_2"_s, TicketState::Called, u"c08"_s));
    CHECK(f.model.currentTicket()->id == u"t_1"_s); // another counter's call changes nothing

    t.state = TicketState::Done;
    f.model.applyTicket(t);
    CHECK_FALSE(f.model.currentTicket().has_value());
    CHECK(f.model.counterState() == CounterState::Idle);
}

TEST_CASE("a current ticket the desk cannot see yet enables nothing", "[counter][model]")
{
    Fixture f;
    f.model.applyCounter(wire<CounterView>({{u"id"_s, u"c07"_s},
                                            {u"state"_s, u"calling"_s},
                                            {u"ticket"_s, QJsonValue::Null},
                                            {u"ticketId"_s, u"t_9"_s}}));
    CHECK(f.model.counterState() == CounterState::Calling);
    CHECK_FALSE(f.model.currentTicket().has_value());
    CHECK(enabledActions(f.model.situation(LinkState::Connected)).isEmpty());
}

TEST_CASE("the side panel follows snapshots and drops a called ticket at once", "[counter][model]")
{
    Fixture f;
    const Ticket a = ticket(u"t_a"_s, TicketState::Waiting, {});
    const Ticket b = ticket(u"t_b"_s, TicketState::Waiting, {});
    const QJsonObject snapshot{
        {u"services"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"passport"_s},
                         {u"waitingCount"_s, 2},
                         {u"longestWaitSec"_s, 600},
                         {u"waiting"_s, QJsonArray{encode(ticketView(a)), encode(ticketView(b))}},
                         {u"parked"_s, QJsonArray{}}},
             QJsonObject{{u"id"_s, u"tax"_s}, {u"waitingCount"_s, 5}, {u"longestWaitSec"_s, 60}}}}};
    f.model.applySnapshot(wire<QueueSnapshot>(snapshot));
    std::vector<DeskQueue> queues = f.model.servedQueues();
    REQUIRE(queues.size() == 1); // only the counter's services
    CHECK(queues[0].waitingCount == 2);
    CHECK(f.model.longestWaitNow(queues[0]) >= 600);

    f.model.applyTicket(ticket(u"t_a"_s, TicketState::Called, u"c08"_s));
    queues = f.model.servedQueues();
    CHECK(queues[0].waitingCount == 1);
    REQUIRE(queues[0].waiting.size() == 1);
    CHECK(queues[0].waiting[0].id == u"t_b"_s);

    const QJsonObject mine{{u"type"_s, u"queue.changed"_s}, {u"service"_s, u"passport"_s}};
    const QJsonObject other{{u"type"_s, u"queue.changed"_s}, {u"service"_s, u"tax"_s}};
    CHECK(f.model.applyEvent(wire<EventView>(mine)));
    CHECK_FALSE(f.model.applyEvent(wire<EventView>(other)));
}
