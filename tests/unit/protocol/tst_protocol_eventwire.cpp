// The streaming encoders (eventwire.h, jsonwriter.h) against QJsonDocument:
// every event a busy random day produces, in full and display form, must be
// the same bytes as the QJsonObject path gives.
#include "protocol/codec.h"
#include "protocol/eventwire.h"
#include "protocol/framing.h"
#include "protocol/readmodelcodec.h"
#include "protocol/rpc.h"
#include "protocol/viewbuilders.h"

#include "../core/testcentre.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// The reference: the read model's one encoder of each event shape (what the
// apps decode). eventwire must write the same bytes, faster.
QByteArray viaQt(const DomainEvent &e, const CentreConfig &config, bool display)
{
    const EventView view = eventView(e, config);
    const QJsonObject params = display ? encode(*displayView(view)) : encode(view);
    return encodeLine(eventNotification(params));
}

// Notes, reasons and comments with every kind of character JSON escapes.
const QStringList TEXTS = {
    u"plain"_s,
    u"quote \" backslash \\ slash /"_s,
    u"tab\tnew\nline\rcr\bbs\fff"_s,
    QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
    u"Şəhid ailəsi — Ğ ğ I ı İ Ö ö Ş ş Ü ü Ç ç, Ёжик"_s,
    u"emoji 😀 and a lone "_s + QChar(0xd800) + u" surrogate"_s + QChar(0xdc00),
    QString(),
};

struct Day
{
    QueueEngine e{centre(), 99};
    QRandomGenerator rng{4242};
    QDateTime now = baku(9, 0);
    std::vector<DomainEvent> events;

    QString text() { return TEXTS.at(int(rng.bounded(int(TEXTS.size())))); }
    QString counter() { return u"c%1"_s.arg(rng.bounded(4) + 1); }
    QString service()
    {
        return QStringList{u"passport"_s, u"idcard"_s, u"notary"_s, u"bank"_s}.at(
            int(rng.bounded(4)));
    }
    QString anyTicket()
    {
        const TicketList all = e.query().tickets();
        return all.empty() ? u"t_none"_s : all[rng.bounded(int(all.size()))].id;
    }

    Result<Outcome> op()
    {
        const QString c = counter();
        switch (rng.bounded(14)) {
            case 0:
            case 1: {
                IssueRequest r = walkIn(service(), rng.bounded(3) ? u"standard"_s : u"elderly"_s);
                r.requestId = rng.bounded(2) ? text() : QString();
                return e.flow().issue(r, now);
            }
            case 2: return e.desks().callNext(c, now);
            case 3: return e.desks().recall(c, now);
            case 4: return e.desks().start(c, now);
            case 5: return e.desks().finish(c, rng.bounded(2) ? u"signed"_s : QString(), now);
            case 6: return e.desks().noShow(c, now);
            case 7: return e.desks().park(c, now);
            case 8: return e.desks().transfer(c, service(), Placement::First, text(), now);
            case 9: return e.flow().cancel(anyTicket(), text(), now);
            case 10: return e.desks().openCounter(c, u"op-"_s + c, text(), now);
            case 11:
                return rng.bounded(2) ? e.desks().pause(c, text(), now) : e.desks().resume(c, now);
            case 12:
                return e.reports().submitFeedback(anyTicket(), int(rng.bounded(5)) + 1, text(),
                                                  now);
            default:
                return e.reports().deviceChanged(u"k1"_s, rng.bounded(2),
                                                 rng.bounded(2) ? u"paperLow"_s : QString(), text(),
                                                 now);
        }
    }

    void keep(const Result<Outcome> &r)
    {
        if (!r)
            return;
        e.commit();
        events.insert(events.end(), r->events.begin(), r->events.end());
    }

    void run(int steps)
    {
        startDay(e);
        BookRequest book{u"passport"_s, baku(17, 0), u"Əli"_s, u"+994"_s};
        for (int i = 0; i < steps; ++i) {
            now = now.addMSecs(rng.bounded(20000));
            keep(op());
            if (i == steps / 2) {
                const Result<Outcome> booked = e.bookings().book(book, now);
                REQUIRE(booked);
                keep(booked);
                keep(e.bookings().cancelAppointment(booked->appointment->id, now));
            }
        }
        Result<Outcome> next = e.flow().rollover(baku(9, 0, 0, 1));
        events.insert(events.end(), next->events.begin(), next->events.end());
    }
};

} // namespace

TEST_CASE("JsonWriter writes what QJsonDocument writes", "[protocol][wire]")
{
    for (const QString &text : TEXTS) {
        JsonWriter w;
        w.beginArray().beginObject().keyText(text).value(text).endObject();
        w.beginObject().field("n", qint64(-42)).field("x", 2.5).field("y", 4.0).field("z", true);
        w.key("zz").beginArray().null().value(false).endArray().endObject().endArray();
        const QJsonArray o{QJsonObject{{text, text}},
                           QJsonObject{{u"n"_s, -42},
                                       {u"x"_s, 2.5},
                                       {u"y"_s, 4.0},
                                       {u"z"_s, true},
                                       {u"zz"_s, QJsonArray{QJsonValue(), false}}}};
        CHECK(w.take().toStdString()
              == QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
    }
    for (qint64 ms : {qint64(0), qint64(-1), qint64(951782400123), qint64(1764489600999),
                      qint64(253402300799999), qint64(-62135596800000)}) {
        JsonWriter w;
        appendIsoTime(w, ms);
        CHECK(w.take().toStdString()
              == isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toStdString());
    }
}

TEST_CASE("every event of a random day encodes as the read model does", "[protocol][wire]")
{
    Day day;
    day.run(3000);
    CentreIndex index;
    index.rebuild(day.e.query().config());
    QSet<EventType> types;
    for (const DomainEvent &e : day.events) {
        types.insert(e.type);
        INFO("event " << e.seq << " " << eventTypeName(e.type).toStdString());
        REQUIRE(eventLine(e, index).toStdString()
                == viaQt(e, day.e.query().config(), false).toStdString());
        if (isDisplayEvent(e.type))
            REQUIRE(eventLine(e, index, true).toStdString()
                    == viaQt(e, day.e.query().config(), true).toStdString());
    }
    for (EventType t :
         {EventType::TicketIssued, EventType::TicketCalled, EventType::TicketServing,
          EventType::TicketFinished, EventType::TicketNoShow, EventType::TicketParked,
          EventType::TicketCancelled, EventType::TicketTransferred, EventType::QueueChanged,
          EventType::CounterChanged, EventType::DeviceChanged, EventType::DayRollover,
          EventType::TicketReset, EventType::AppointmentBooked, EventType::AppointmentCancelled,
          EventType::FeedbackSubmitted}) {
        INFO("event type " << eventTypeName(t).toStdString());
        CHECK(types.contains(t)); // every type shows up in the day
    }
}

TEST_CASE("tickets with estimates and counters encode as the read model does", "[protocol][wire]")
{
    Day day;
    day.run(800);
    CentreIndex index;
    index.rebuild(day.e.query().config());
    for (const Ticket &t : day.e.query().tickets()) {
        const WaitEstimate estimate{3, 420};
        JsonWriter w;
        writeTicket(w, t, &estimate);
        CHECK(w.take().toStdString()
              == QJsonDocument(encode(ticketView(t, estimate)))
                     .toJson(QJsonDocument::Compact)
                     .toStdString());
    }
    for (const CounterStatus &c : day.e.query().counters()) {
        const Ticket *current = day.e.query().ticket(c.ticket);
        for (bool reduced : {false, true}) {
            JsonWriter w;
            writeCounter(w, c, index, current, reduced);
            const auto qt = encode(
                counterView(c, day.e.query().config(),
                            current ? std::optional<Ticket>(*current) : std::nullopt, reduced));
            CHECK(w.take().toStdString()
                  == QJsonDocument(qt).toJson(QJsonDocument::Compact).toStdString());
        }
    }
}

TEST_CASE("alert events encode as the read model does", "[protocol][wire][alerts]")
{
    Day day;
    day.run(10);
    CentreIndex index;
    index.rebuild(day.e.query().config());
    AlertRecord a{3,
                  u"WAIT_OVER_TARGET"_s,
                  u"critical"_s,
                  u"passport"_s,
                  1200,
                  900,
                  TEXTS[1],
                  TEXTS[4],
                  QDateTime(QDate(2026, 11, 30), QTime(7, 5), Qt::UTC),
                  QDateTime(),
                  QString(),
                  QDateTime()};
    for (const EventType type :
         {EventType::AlertRaised, EventType::AlertAcknowledged, EventType::AlertCleared}) {
        if (type == EventType::AlertAcknowledged) {
            a.ackedBy = u"dashboard-1"_s;
            a.ackedAt = a.raisedAt.addSecs(60);
        }
        if (type == EventType::AlertCleared)
            a.clearedAt = a.raisedAt.addSecs(600);
        DomainEvent e;
        e.seq = 77;
        e.type = type;
        e.at = a.raisedAt.addSecs(5);
        e.alert = a;
        INFO(eventTypeName(type).toStdString());
        CHECK(eventLine(e, index).toStdString()
              == viaQt(e, day.e.query().config(), false).toStdString());
        CHECK_FALSE(isDisplayEvent(type));
    }
}

TEST_CASE("the manager's control events encode as the read model does", "[protocol][wire]")
{
    Day day;
    CentreIndex index;
    index.rebuild(day.e.query().config());
    const QDateTime at = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    std::vector<DomainEvent> events(4);
    events[0].type = EventType::ServiceChanged;
    events[0].control = ServiceControl{u"passport"_s, true, QTime(16, 30), u"dashboard-1"_s};
    events[1].type = EventType::ServiceChanged; // reset at the rollover
    events[1].control = ServiceControl{u"passport"_s, false, std::nullopt, {}};
    events[2].type = EventType::DisplayMessage;
    events[2].message = DisplayMessage{u"Kassa \"14:00\"-da bağlanır"_s, at.addSecs(3600),
                                       u"dashboard-1"_s, at};
    events[3].type = EventType::DisplayMessage; // cleared
    qint64 seq = 90;
    for (DomainEvent &e : events) {
        e.seq = ++seq;
        e.at = at;
        INFO(eventTypeName(e.type).toStdString());
        CHECK(eventLine(e, index).toStdString()
              == viaQt(e, day.e.query().config(), false).toStdString());
        CHECK(isDisplayEvent(e.type) == (e.type == EventType::DisplayMessage));
        if (isDisplayEvent(e.type))
            CHECK(eventLine(e, index, true).toStdString()
                  == viaQt(e, day.e.query().config(), true).toStdString());
    }
}
